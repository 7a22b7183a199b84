/** Analysts without skills: who they are, where they work, their rules, leave, requests and shift tastes. */
import { FIRST_NAMES, LAST_NAMES } from './catalogue';
import type {
  Background, DeskAnalyst, DeskRequest, DeskShiftTemplate, DeskSite, DeskTimeOff, DeskWorkingRules, IsoWeekday,
} from './desk-data';
import type { Random } from './random';

const BACKGROUNDS: { value: Background; weight: number }[] = [
  { value: 'clinical', weight: 35 }, { value: 'hospitality', weight: 25 }, { value: 'it', weight: 30 }, { value: 'other', weight: 10 },
];
const LEAVE_REASONS = ['Annual leave', 'Medical appointment', 'Family event', 'Training course', null];

/** Preference for day, evening and night shifts by chronotype, before noise. */
const CHRONOTYPES: { value: [number, number, number]; weight: number }[] = [
  { value: [2, 0, -2], weight: 45 }, { value: [-1, 2, -1], weight: 25 }, { value: [-1, 0, 2], weight: 10 }, { value: [0, 1, 0], weight: 20 },
];

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function uniqueName(random: Random, taken: Set<string>): { first: string; last: string } {
  for (;;) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    if (taken.size >= FIRST_NAMES.length * LAST_NAMES.length || !taken.has(`${first} ${last}`)) {
      taken.add(`${first} ${last}`);
      return { first, last };
    }
  }
}

/** A few analysts differ from their site: part-timers, fixed days off, no nights. */
function ruleOverrides(random: Random, siteSlug: string): DeskWorkingRules {
  const roll = random.next();
  if (roll < 0.1) return { minMinutesPerWeek: 960, maxMinutesPerWeek: 1440 };
  if (roll < 0.18) return { fixedDaysOff: random.pick<IsoWeekday[]>([[6, 7], [7], [3], [1], [5, 6]]) };
  if (roll < 0.23) return { maxShiftsPerTemplate: { [`template:${siteSlug}:night`]: 0 } };
  return {};
}

function timeOffFor(random: Random, dates: readonly string[]): DeskTimeOff[] {
  const leave: DeskTimeOff[] = [];
  const block = (status: DeskTimeOff['status'], maxLength: number): DeskTimeOff => {
    const length = random.int(1, maxLength);
    const first = random.int(0, dates.length - length);
    return { startDate: dates[first], endDate: dates[first + length - 1], status, reason: random.pick(LEAVE_REASONS) };
  };
  if (random.chance(0.15)) leave.push(block('approved', 5));
  if (random.chance(0.08)) leave.push(block('requested', 3));
  return leave;
}

function requestsFor(random: Random, dates: readonly string[], templates: DeskShiftTemplate[]): DeskRequest[] {
  if (!random.chance(0.25)) return [];
  return Array.from({ length: random.int(1, 3) }, () => ({
    wantsToWork: random.chance(0.3),
    date: random.pick(dates),
    templateKey: random.chance(0.5) ? random.pick(templates).key : null,
    weight: random.int(1, 10),
  }));
}

function shiftPreferencesFor(random: Random, templates: DeskShiftTemplate[]): DeskAnalyst['shiftPreferences'] {
  const base = random.weighted(CHRONOTYPES);
  return templates.map((template, index) => ({
    templateKey: template.key,
    preference: clamp(base[index % 3] + random.int(-1, 1) * (random.chance(0.3) ? 1 : 0), -2, 2),
  }));
}

/**
 * `count` analysts spread over the sites, each with rules, leave, requests and shift preferences.
 * Skills and usual client come later, once demand is known.
 */
export function buildAnalysts(
  count: number, sites: DeskSite[], templates: DeskShiftTemplate[], dates: readonly string[], random: Random,
): DeskAnalyst[] {
  const takenNames = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const site = sites[index % sites.length];
    const siteSlug = site.key.replace('site:', '');
    const siteTemplates = templates.filter((template) => template.siteKey === site.key);
    const { first, last } = uniqueName(random, takenNames);
    const number = String(index + 1).padStart(3, '0');
    return {
      key: `analyst:${number}`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${number}@deskalign.example`.toLowerCase(),
      siteKey: site.key,
      background: random.weighted(BACKGROUNDS),
      // One in fifty has left; the solver must skip them.
      active: (index + 1) % 50 !== 0,
      rules: ruleOverrides(random, siteSlug),
      skills: [],
      shiftPreferences: shiftPreferencesFor(random, siteTemplates),
      usualClientKey: null,
      requests: requestsFor(random, dates, siteTemplates),
      timeOff: timeOffFor(random, dates),
      maxDevelopmentShifts: random.int(0, 4),
    };
  });
}
