/** The fixed frame of a desk: sites with their rules and shift templates, skills, clients, contracts, queues. */
import { DateTime } from 'luxon';
import { CLIENTS, SITES, SKILLS, queueKindsFor, type CatalogueClient, type QueueKind } from './catalogue';
import type {
  DeskClient, DeskContract, DeskQueue, DeskShiftTemplate, DeskSite, DeskSkill, DeskWorkingRules, IsoWeekday,
} from './desk-data';
import type { PresetConfig } from './presets';
import type { Random } from './random';

export const skillKey = (code: string): string => `skill:${code.toLowerCase()}`;
export const templateKey = (siteSlug: string, code: string): string => `template:${siteSlug}:${code}`;

const EVERY_DAY: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];

/** Service hours by queue kind; 24/7 kinds are open 00:00-24:00 every day. */
const HOURS_BY_KIND: Record<string, DeskQueue['hours']> = {
  // The service desk of a smaller client: extended hours; its own on-call team covers nights.
  desk: { weekdays: [1, 2, 3, 4, 5, 6], localStart: '07:00', localEnd: '19:00' },
  clinical: { weekdays: EVERY_DAY, localStart: '06:00', localEnd: '22:00' },
  access: { weekdays: [1, 2, 3, 4, 5, 6], localStart: '06:00', localEnd: '22:00' },
  ambulatory: { weekdays: WEEKDAYS, localStart: '07:00', localEnd: '19:00' },
  devices: { weekdays: WEEKDAYS, localStart: '08:00', localEnd: '17:00' },
  spanish: { weekdays: WEEKDAYS, localStart: '08:00', localEnd: '20:00' },
  telephony: { weekdays: WEEKDAYS, localStart: '08:00', localEnd: '17:00' },
};

export function buildSkills(): DeskSkill[] {
  return SKILLS.map((entry) => ({ key: skillKey(entry.code), code: entry.code, name: entry.name, category: entry.category }));
}

function siteRules(siteSlug: string, days: number): DeskWorkingRules {
  return {
    minMinutesPerWeek: 1920,
    maxMinutesPerWeek: 2400,
    // Nights are capped at about a third of the days so they are shared out.
    maxShiftsPerTemplate: { [templateKey(siteSlug, 'night')]: Math.round((days * 5) / 14) },
    minRestMinutes: 660,
    maxConsecutiveDays: 6,
    minConsecutiveDaysOff: 2,
    maxWorkingWeekends: Math.ceil((days / 7) * 0.75),
    forbiddenSuccessions: [
      { fromTemplateKey: templateKey(siteSlug, 'night'), toTemplateKey: templateKey(siteSlug, 'day') },
      { fromTemplateKey: templateKey(siteSlug, 'night'), toTemplateKey: templateKey(siteSlug, 'evening') },
    ],
  };
}

export function buildSites(config: PresetConfig, random: Random): DeskSite[] {
  return SITES.slice(0, config.sites).map((site) => ({
    key: `site:${site.slug}`,
    name: site.name,
    timeZone: site.timeZone,
    rules: siteRules(site.slug, config.days),
    shrinkage: 0.25 + random.int(0, 8) / 100,
  }));
}

export function buildShiftTemplates(sites: DeskSite[]): DeskShiftTemplate[] {
  const shapes = [
    { code: 'day', name: 'Day', localStart: '07:00', night: false },
    { code: 'evening', name: 'Evening', localStart: '15:00', night: false },
    { code: 'night', name: 'Night', localStart: '23:00', night: true },
  ];
  return sites.flatMap((site) => {
    const slug = site.key.replace('site:', '');
    return shapes.map((shape) => ({
      key: templateKey(slug, shape.code),
      siteKey: site.key,
      code: shape.code.toUpperCase(),
      name: `${shape.name} (${slug})`,
      localStart: shape.localStart,
      lengthMinutes: 510,
      paidMinutes: 480,
      night: shape.night,
    }));
  });
}

export interface ClientFrame {
  client: DeskClient;
  contract: DeskContract;
  queues: DeskQueue[];
  /** Relative size of the client's contact volume. */
  size: number;
  /** Demand weight per queue key. */
  queueWeights: Map<string, number>;
}

function clientQueueKinds(entry: CatalogueClient, index: number, count: number): QueueKind[] {
  const [first, ...rest] = queueKindsFor(entry.vendor);
  const rotated = [...rest.slice(index % rest.length), ...rest.slice(0, index % rest.length)];
  return [first, ...rotated].slice(0, count);
}

function buildQueue(entry: CatalogueClient, kind: QueueKind, largeClient: boolean): DeskQueue {
  const twentyFourSeven = kind.twentyFourSeven || (kind.code === 'desk' && largeClient);
  return {
    key: `queue:${entry.slug}:${kind.code}`,
    clientKey: `client:${entry.slug}`,
    name: `${entry.name}: ${kind.name}`,
    channel: kind.channel,
    requiredSkills: kind.requiredSkills.map((required) => ({
      skillKey: skillKey(required.code), minimumProficiency: required.minimumProficiency,
    })),
    hours: twentyFourSeven
      ? { weekdays: EVERY_DAY, localStart: '00:00', localEnd: '24:00' }
      : HOURS_BY_KIND[kind.code] ?? { weekdays: WEEKDAYS, localStart: '08:00', localEnd: '18:00' },
  };
}

function buildContract(entry: CatalogueClient, periodStart: string, dedicated: boolean, random: Random): DeskContract {
  const start = DateTime.fromISO(periodStart, { zone: 'utc' }).minus({ months: 3 }).startOf('month');
  return {
    key: `contract:${entry.slug}`,
    clientKey: `client:${entry.slug}`,
    startDate: start.toISODate() ?? '',
    endDate: start.plus({ years: 1 }).minus({ days: 1 }).toISODate() ?? '',
    serviceLevel: random.pick([0.8, 0.8, 0.8, 0.9]),
    targetAnswerSeconds: random.pick([20, 30, 30, 60]),
    staffing: dedicated ? 'dedicated' : 'shared',
    dedicatedAnalystKeys: [],
    minimumProficiency: dedicated ? 3 : 2,
  };
}

/** Clients with their contract and queues; queues are spread as evenly as the preset allows. */
export function buildClients(config: PresetConfig, periodStart: string, random: Random): ClientFrame[] {
  const entries = CLIENTS.slice(0, config.clients);
  const dedicated = new Set(random.shuffle(entries.map((_, index) => index)).slice(0, config.dedicatedContracts));
  return entries.map((entry, index) => {
    const count = Math.floor(config.queues / entries.length) + (index < config.queues % entries.length ? 1 : 0);
    const kinds = clientQueueKinds(entry, index, count);
    // About two clients in five are large enough to buy a 24/7 service desk.
    const largeClient = index < Math.max(2, Math.round(entries.length * 0.4));
    const queues = kinds.map((kind) => buildQueue(entry, kind, largeClient));
    return {
      client: { key: `client:${entry.slug}`, name: entry.name, timeZone: entry.timeZone },
      contract: buildContract(entry, periodStart, dedicated.has(index), random),
      queues,
      size: (largeClient ? 1.1 : 0.6) + random.next() * 0.5,
      queueWeights: new Map(queues.map((queue, position) => [queue.key, kinds[position].weight])),
    };
  });
}
