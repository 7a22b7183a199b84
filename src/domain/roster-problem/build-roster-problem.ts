import { DateTime } from 'luxon';
import type { DeskAnalyst, DeskCoverageTarget, DeskData, DeskWorkingRules } from '../../../seeds/desk-data';
import type { Analyst, IntervalTarget, ObjectiveWeights, Pin, Queue, RosterProblem, ShiftInstance, WorkingRules } from '../../../solver';
import { shiftInstances } from './shift-instances';

export interface BuildOptions {
  /** Only analysts, templates and targets of these sites / their clients' queues; default all. */
  readonly siteKeys?: readonly string[];
  readonly pins?: readonly Pin[];
  readonly weights?: Partial<ObjectiveWeights>;
}

/** Inclusive ISO dates. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

function datesOf(period: Period): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(period.start, { zone: 'utc' }); d.toISODate()! <= period.end; d = d.plus({ days: 1 })) out.push(d.toISODate()!);
  return out;
}

/** Site defaults overridden field by field; template caps merge key by key. */
export function mergeRules(site: DeskWorkingRules, own: DeskWorkingRules, days: number): WorkingRules {
  const r = { ...site, ...own, maxShiftsPerTemplate: { ...site.maxShiftsPerTemplate, ...own.maxShiftsPerTemplate } };
  return {
    minRestMinutes: r.minRestMinutes,
    maxConsecutiveDays: r.maxConsecutiveDays,
    maxMinutesPerWeek: r.maxMinutesPerWeek,
    maxShiftsPerTemplate: r.maxShiftsPerTemplate,
    maxWorkingWeekends: r.maxWorkingWeekends,
    fixedDaysOff: r.fixedDaysOff,
    forbiddenSuccessions: r.forbiddenSuccessions?.map((f) => ({ fromTemplateId: f.fromTemplateKey, toTemplateId: f.toTemplateKey })),
    // A weekly minimum becomes a soft period minimum pro rata, so partial weeks at the edges are not over-asked.
    minMinutesPerPeriod: r.minMinutesPerWeek === undefined ? undefined : { value: Math.floor((r.minMinutesPerWeek * days) / 7) },
    minConsecutiveDaysOff: r.minConsecutiveDaysOff === undefined ? undefined : { value: r.minConsecutiveDaysOff },
  };
}

function toAnalyst(desk: DeskData, a: DeskAnalyst, period: Period, days: number): Analyst {
  const site = desk.sites.find((s) => s.key === a.siteKey);
  return {
    id: a.key,
    skills: a.skills.map((s) => ({ skillId: s.skillKey, proficiency: s.proficiency, interest: s.interest, certificationExpires: s.certificationExpires })),
    shiftPreferences: Object.fromEntries(a.shiftPreferences.map((p) => [p.templateKey, p.preference])),
    usualClientId: a.usualClientKey,
    rules: mergeRules(site?.rules ?? {}, a.rules, days),
    timeOff: a.timeOff.filter((t) => t.status === 'approved').map((t) => ({ startDate: t.startDate, endDate: t.endDate })),
    requests: a.requests.filter((r) => r.date >= period.start && r.date <= period.end)
      .map((r) => ({ date: r.date, templateId: r.templateKey, wantsToWork: r.wantsToWork, weight: r.weight })),
    maxDevelopmentShifts: a.maxDevelopmentShifts,
    templateIds: desk.shiftTemplates.filter((t) => t.siteKey === a.siteKey).map((t) => t.key),
    fairnessGroup: a.siteKey,
  };
}

/** Contracts overlapping the period set the proficiency floor and, when dedicated, who may work. */
function toQueues(desk: DeskData, period: Period): Queue[] {
  return desk.queues.map((q) => {
    const contracts = desk.contracts.filter((c) => c.clientKey === q.clientKey && c.startDate <= period.end && c.endDate >= period.start);
    const floor = Math.max(0, ...contracts.map((c) => c.minimumProficiency));
    const dedicated = contracts.filter((c) => c.staffing === 'dedicated');
    return {
      id: q.key,
      clientId: q.clientKey,
      requiredSkills: q.requiredSkills.map((s) => ({ skillId: s.skillKey, minProficiency: Math.max(s.minimumProficiency, floor) })),
      dedicatedAnalystIds: dedicated.length ? [...new Set(dedicated.flatMap((c) => c.dedicatedAnalystKeys))].sort() : null,
    };
  });
}

function localInstant(date: string, hhmm: string, zone: string): DateTime {
  const base = DateTime.fromISO(date, { zone });
  if (hhmm === '24:00') return base.plus({ days: 1 }).startOf('day');
  const [h, m] = hhmm.split(':').map(Number);
  return base.set({ hour: h, minute: m });
}

/**
 * Coverage targets become real-time intervals in the client's zone. A date-specific target
 * replaces the weekday pattern of its queue on that date.
 */
function toIntervalTargets(desk: DeskData, dates: readonly string[], queueKeys: ReadonlySet<string>): IntervalTarget[] {
  const zoneOf = new Map(desk.queues.map((q) => [q.key, desk.clients.find((c) => c.key === q.clientKey)?.timeZone ?? 'UTC']));
  const dated = new Set(desk.coverageTargets.filter((t) => t.date !== null).map((t) => `${t.queueKey}|${t.date}`));
  const applies = (t: DeskCoverageTarget, date: string): boolean =>
    t.date !== null ? t.date === date : t.weekday === DateTime.fromISO(date).weekday && !dated.has(`${t.queueKey}|${date}`);
  const out: IntervalTarget[] = [];
  desk.coverageTargets.forEach((t, i) => {
    if (!queueKeys.has(t.queueKey)) return;
    for (const date of dates) {
      if (!applies(t, date)) continue;
      const zone = zoneOf.get(t.queueKey) as string;
      const start = localInstant(date, t.localStart, zone);
      const end = localInstant(date, t.localEnd, zone);
      if (end <= start) continue;
      out.push({ id: `cover:${i}@${date}`, queueId: t.queueKey, start: start.toUTC().toISO()!, end: end.toUTC().toISO()!, required: t.headcount });
    }
  });
  return out;
}

/**
 * Turns the plain desk shape into solver input for a period (inclusive ISO dates).
 * @example buildRosterProblem(desk, { start: '2026-03-02', end: '2026-03-29' }).shifts.length
 */
export function buildRosterProblem(desk: DeskData, period: Period, options: BuildOptions = {}): RosterProblem {
  const dates = datesOf(period);
  const sites = new Set(options.siteKeys ?? desk.sites.map((s) => s.key));
  const analysts = desk.analysts.filter((a) => a.active && sites.has(a.siteKey)).map((a) => toAnalyst(desk, a, period, dates.length));
  const shifts: ShiftInstance[] = desk.shiftTemplates.filter((t) => sites.has(t.siteKey)).flatMap((t) => {
    const site = desk.sites.find((s) => s.key === t.siteKey);
    return shiftInstances(t, site?.timeZone ?? 'UTC', dates);
  });
  const queues = toQueues(desk, period);
  return {
    period: { startDate: period.start, endDate: period.end },
    analysts,
    shifts,
    queues,
    intervalTargets: toIntervalTargets(desk, dates, new Set(queues.map((q) => q.id))),
    pins: options.pins ?? [],
    weights: options.weights,
  };
}
