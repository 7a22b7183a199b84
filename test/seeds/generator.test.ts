import { DateTime, Info, Settings } from 'luxon';
import type { DeskData } from '../../seeds/desk-data';
import { analystCapacityMinutes, deskDemandRatio, eligibleAnalysts, queueDemandMinutes } from '../../seeds/desk-metrics';
import { generateDesk, type DeskPreset } from '../../seeds/generator';
import { coverableDemandMinutes, peakConcurrentHeadcount } from './desk-checks';

const PRESETS: DeskPreset[] = ['demo', 'S', 'M', 'L'];
const desks = new Map<DeskPreset, DeskData>(PRESETS.map((preset) => [preset, generateDesk(preset)]));
const desk = (preset: DeskPreset): DeskData => desks.get(preset) as DeskData;

describe('generateDesk determinism', () => {
  it('gives a deep-equal desk for the same preset and seed', () => {
    expect(generateDesk('demo')).toEqual(desk('demo'));
    expect(generateDesk('S', { seed: 99 })).toEqual(generateDesk('S', { seed: 99 }));
  });

  it('gives a different desk for another seed', () => {
    expect(generateDesk('S', { seed: 99 })).not.toEqual(desk('S'));
  });

  it('does not depend on the clock or Math.random', () => {
    // luxon reads Date.now while parsing, so the clock is moved rather than forbidden.
    const random = jest.spyOn(Math, 'random').mockImplementation(() => { throw new Error('Math.random used'); });
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2031, 6, 15, 12));
    try {
      expect(generateDesk('S')).toEqual(desk('S'));
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('does not depend on the default zone', () => {
    Settings.defaultZone = 'America/New_York';
    try {
      expect(generateDesk('M')).toEqual(desk('M'));
    } finally {
      Settings.defaultZone = 'system';
    }
  });

  it('honours periodStart and rejects a date that is not ISO', () => {
    const shifted = generateDesk('S', { periodStart: '2026-10-26' });
    expect([shifted.periodStart, shifted.periodEnd]).toEqual(['2026-10-26', '2026-11-08']);
    expect(() => generateDesk('S', { periodStart: '2026-02-30' })).toThrow(/2026-02-30/);
  });
});

describe('generateDesk preset sizes', () => {
  it.each([
    ['demo', 60, 16, 14, '2026-03-15'],
    ['S', 40, 6, 14, '2026-03-15'],
    ['M', 150, 20, 28, '2026-03-29'],
    ['L', 500, 60, 28, '2026-03-29'],
  ] as const)('%s has %i analysts, %i queues, %i days', (preset, analysts, queues, days, periodEnd) => {
    const generated = desk(preset);
    expect(generated.analysts).toHaveLength(analysts);
    expect(generated.queues).toHaveLength(queues);
    expect(generated.periodStart).toBe('2026-03-02');
    expect(generated.periodEnd).toBe(periodEnd);
    expect(DateTime.fromISO(periodEnd).diff(DateTime.fromISO('2026-03-02'), 'days').days + 1).toBe(days);
    expect(generated.shiftTemplates).toHaveLength(3 * generated.sites.length);
  });

  it('gives the demo desk what a demo needs', () => {
    const demo = desk('demo');
    expect(new Set(demo.sites.map((site) => site.timeZone)).size).toBeGreaterThanOrEqual(2);
    expect(demo.skills.length).toBeGreaterThanOrEqual(20);
    expect(demo.clients).toHaveLength(8);
    expect(new Set(demo.analysts.map((analyst) => analyst.background))).toEqual(new Set(['clinical', 'hospitality', 'it', 'other']));
    expect(demo.contracts.filter((contract) => contract.staffing === 'dedicated').length).toBeGreaterThanOrEqual(1);
    expect(demo.contracts.filter((contract) => contract.staffing === 'shared').length).toBeGreaterThan(4);
    expect(demo.queues.some((queue) => queue.hours.localStart === '00:00' && queue.hours.localEnd === '24:00')).toBe(true);
    expect(demo.queues.some((queue) => queue.hours.weekdays.length === 5)).toBe(true);
    const leave = demo.analysts.flatMap((analyst) => analyst.timeOff);
    expect(new Set(leave.map((entry) => entry.status))).toEqual(new Set(['approved', 'requested']));
    expect(demo.analysts.some((analyst) => analyst.requests.length > 0)).toBe(true);
    expect(demo.analysts.filter((analyst) => analyst.usualClientKey !== null).length).toBeGreaterThan(demo.analysts.length / 2);
    expect(demo.analysts.some((analyst) => analyst.rules.maxMinutesPerWeek !== undefined)).toBe(true);
    expect(demo.analysts.some((analyst) => analyst.rules.fixedDaysOff !== undefined)).toBe(true);
  });

  it('shapes skills by background: clinical to clinical work, hospitality to access and phones, IT to devices', () => {
    const large = desk('L');
    const share = (background: string, codes: string[]): number => {
      const group = large.analysts.filter((analyst) => analyst.background === background);
      const keys = codes.map((code) => `skill:${code.toLowerCase()}`);
      return group.filter((analyst) => analyst.skills.some((held) => keys.includes(held.skillKey) && held.proficiency >= 3)).length / group.length;
    };
    const clinicalWork = ['EPIC-CLINDOC', 'CERNER-POWERCHART', 'MEDITECH-PCS', 'CLINICAL-APPS'];
    const frontDesk = ['PASSWORD-RESET', 'TELEPHONY'];
    const devices = ['PRINTERS', 'WORKSTATIONS', 'MOBILE'];
    expect(share('clinical', clinicalWork)).toBeGreaterThan(2 * share('hospitality', clinicalWork));
    expect(share('hospitality', frontDesk)).toBeGreaterThan(share('clinical', frontDesk));
    expect(share('it', devices)).toBeGreaterThan(2 * share('clinical', devices));
  });

  it('lets a few certifications lapse mid-period in the demo', () => {
    const demo = desk('demo');
    const lapsing = demo.analysts.flatMap((analyst) => analyst.skills)
      .filter((held) => held.certificationExpires !== null && held.certificationExpires < demo.periodEnd);
    expect(lapsing.length).toBeGreaterThan(0);
    expect(lapsing.every((held) => (held.certificationExpires as string) >= demo.periodStart)).toBe(true);
  });
});

describe.each(PRESETS)('generateDesk %s: referential integrity and ranges', (preset) => {
  const generated = desk(preset);
  const keysOf = (items: { key: string }[]): Set<string> => new Set(items.map((item) => item.key));
  const sites = keysOf(generated.sites);
  const skills = keysOf(generated.skills);
  const clients = keysOf(generated.clients);
  const queues = keysOf(generated.queues);
  const templates = keysOf(generated.shiftTemplates);
  const analysts = keysOf(generated.analysts);

  it('has unique keys', () => {
    for (const items of [generated.sites, generated.skills, generated.clients, generated.contracts, generated.queues,
      generated.shiftTemplates, generated.analysts] as { key: string }[][]) {
      expect(keysOf(items).size).toBe(items.length);
    }
    expect(new Set(generated.analysts.map((analyst) => analyst.email)).size).toBe(generated.analysts.length);
  });

  it('references only keys that exist', () => {
    const templateKeysInRules = (rules: DeskData['sites'][number]['rules']): string[] => [
      ...Object.keys(rules.maxShiftsPerTemplate ?? {}),
      ...(rules.forbiddenSuccessions ?? []).flatMap((pair) => [pair.fromTemplateKey, pair.toTemplateKey]),
    ];
    for (const site of generated.sites) expect(templateKeysInRules(site.rules).every((key) => templates.has(key))).toBe(true);
    for (const template of generated.shiftTemplates) expect(sites.has(template.siteKey)).toBe(true);
    for (const contract of generated.contracts) {
      expect(clients.has(contract.clientKey)).toBe(true);
      expect(contract.dedicatedAnalystKeys.every((key) => analysts.has(key))).toBe(true);
    }
    for (const queue of generated.queues) {
      expect(clients.has(queue.clientKey)).toBe(true);
      expect(queue.requiredSkills.every((required) => skills.has(required.skillKey))).toBe(true);
    }
    for (const target of generated.coverageTargets) expect(queues.has(target.queueKey)).toBe(true);
    for (const analyst of generated.analysts) {
      expect(sites.has(analyst.siteKey)).toBe(true);
      expect(analyst.skills.every((held) => skills.has(held.skillKey))).toBe(true);
      expect(analyst.shiftPreferences.every((entry) => templates.has(entry.templateKey))).toBe(true);
      expect(analyst.requests.every((request) => request.templateKey === null || templates.has(request.templateKey))).toBe(true);
      expect(analyst.usualClientKey === null || clients.has(analyst.usualClientKey)).toBe(true);
      expect(templateKeysInRules(analyst.rules).every((key) => templates.has(key))).toBe(true);
    }
    expect(new Set(generated.contracts.map((contract) => contract.clientKey)).size).toBe(generated.clients.length);
  });

  it('keeps every value in its range', () => {
    for (const zone of [...generated.sites, ...generated.clients].map((entry) => entry.timeZone)) {
      expect(Info.isValidIANAZone(zone)).toBe(true);
    }
    for (const analyst of generated.analysts) {
      for (const held of analyst.skills) {
        expect(held.proficiency).toBeGreaterThanOrEqual(0);
        expect(held.proficiency).toBeLessThanOrEqual(5);
        expect(held.interest).toBeGreaterThanOrEqual(-2);
        expect(held.interest).toBeLessThanOrEqual(2);
      }
      for (const entry of analyst.shiftPreferences) expect(Math.abs(entry.preference)).toBeLessThanOrEqual(2);
      for (const leave of analyst.timeOff) expect(leave.endDate >= leave.startDate).toBe(true);
      for (const request of analyst.requests) expect(request.weight).toBeGreaterThanOrEqual(1);
    }
    for (const contract of generated.contracts) {
      expect(contract.endDate >= contract.startDate).toBe(true);
      expect(contract.startDate <= generated.periodStart && contract.endDate >= generated.periodEnd).toBe(true);
      expect(contract.serviceLevel).toBeGreaterThan(0);
      expect(contract.serviceLevel).toBeLessThan(1);
    }
    for (const site of generated.sites) expect(site.shrinkage >= 0 && site.shrinkage < 1).toBe(true);
    for (const target of generated.coverageTargets) {
      expect(target.localEnd > target.localStart).toBe(true);
      expect(target.localEnd <= '24:00').toBe(true);
      expect(target.headcount).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(target.headcount)).toBe(true);
    }
  });
});

const OTHER_DESKS: [string, DeskData][] = [
  ['M, seed 7, across the November DST change', generateDesk('M', { seed: 7, periodStart: '2026-10-26' })],
  ['demo, seed 12345, starting on a Thursday', generateDesk('demo', { seed: 12345, periodStart: '2026-06-04' })],
];

describe.each([...PRESETS.map((preset): [string, DeskData] => [preset, desk(preset)]), ...OTHER_DESKS])('generateDesk %s: demand and eligibility', (_name, generated) => {

  it('asks for 75-85% of the analysts\' capacity', () => {
    const ratio = deskDemandRatio(generated);
    expect(ratio).toBeGreaterThanOrEqual(0.75);
    expect(ratio).toBeLessThanOrEqual(0.85);
  });

  it('gives every queue at least twice as many eligible analysts as it ever needs at once', () => {
    const short = generated.queues
      .map((queue) => ({ queue: queue.key, eligible: eligibleAnalysts(generated, queue).length, peak: peakConcurrentHeadcount(generated, [queue.key]) }))
      .filter((entry) => entry.eligible < 2 * entry.peak);
    expect(short).toEqual([]);
  });

  it('can spread all demand over eligible analysts within their capacity', () => {
    const { coverable, demand } = coverableDemandMinutes(generated);
    expect(coverable).toBeCloseTo(demand, 3);
  });

  it('gives dedicated contracts enough dedicated analysts', () => {
    const demand = queueDemandMinutes(generated);
    for (const contract of generated.contracts.filter((entry) => entry.staffing === 'dedicated')) {
      const queueKeys = generated.queues.filter((queue) => queue.clientKey === contract.clientKey).map((queue) => queue.key);
      const team = generated.analysts.filter((analyst) => contract.dedicatedAnalystKeys.includes(analyst.key));
      const teamCapacity = team.reduce((sum, analyst) => sum + analystCapacityMinutes(generated, analyst), 0);
      const clientDemand = queueKeys.reduce((sum, key) => sum + (demand.get(key) ?? 0), 0);
      expect(teamCapacity * 0.85).toBeGreaterThanOrEqual(clientDemand);
      expect(team.length).toBeGreaterThanOrEqual(Math.ceil(peakConcurrentHeadcount(generated, queueKeys) * 1.4));
    }
  });
});
