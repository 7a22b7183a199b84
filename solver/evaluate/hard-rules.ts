import { canMentor, isFixedDayOff, isOnTimeOff, queueAccess, worksTemplate } from '../eligibility';
import type { Violation } from '../solution';
import { isoWeekKey, isWeekendDate } from '../time';
import { type EvalContext, type Worked, workDays } from './context';

/** A hard rule of the evaluator: a human label and a check over the whole roster. */
export interface HardRule {
  readonly label: string;
  readonly check: (ctx: EvalContext) => Violation[];
}

function perAnalyst(ctx: EvalContext, fn: (list: readonly Worked[], analystId: string) => Violation[]): Violation[] {
  return [...ctx.byAnalyst].flatMap(([id, list]) => fn(list, id));
}

const knownReferences: HardRule = {
  label: 'assignments name a known analyst, shift and queue',
  check: (ctx) => ctx.unknown.map((a) => ({ rule: 'unknown-reference', analystId: a.analystId, shiftId: a.shiftId, queueId: a.queueId, message: `Assignment ${a.analystId}/${a.shiftId}/${a.queueId} names an unknown analyst, shift or queue` })),
};

const eligibility: HardRule = {
  label: 'skill at the queue minimum, valid certification, dedicated analysts only',
  check: (ctx) => ctx.worked.filter((w) => !queueAccess(w.analyst, w.queue, w.shift.date)).map((w) => ({
    rule: 'eligibility', analystId: w.analyst.id, queueId: w.queue.id, shiftId: w.shift.id, date: w.shift.date,
    message: `Analyst ${w.analyst.id} may not work queue ${w.queue.id} on ${w.shift.date} (skill, certification or dedicated staffing)`,
  })),
};

const availability: HardRule = {
  label: 'no work on time off, fixed days off or templates the analyst does not work',
  check: (ctx) => ctx.worked.flatMap((w): Violation[] => {
    const off = !worksTemplate(w.analyst, w.shift.templateId) ? 'template-not-allowed' : isOnTimeOff(w.analyst, w.shift.date) ? 'time-off' : isFixedDayOff(w.analyst, w.shift.date) ? 'fixed-day-off' : null;
    return off ? [{ rule: off, analystId: w.analyst.id, shiftId: w.shift.id, date: w.shift.date, message: `Analyst ${w.analyst.id} is unavailable (${off}) on ${w.shift.date}` }] : [];
  }),
};

const oneShiftPerDay: HardRule = {
  label: 'at most one shift per analyst per day',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const count = new Map<string, number>();
    for (const w of list) count.set(w.shift.date, (count.get(w.shift.date) ?? 0) + 1);
    return [...count].filter(([, n]) => n > 1).map(([date, n]) => ({ rule: 'one-shift-per-day', analystId: id, date, amount: n - 1, message: `Analyst ${id} has ${n} assignments on ${date}` }));
  }),
};

const pinsKept: HardRule = {
  label: 'pinned assignments are kept',
  check: (ctx) => (ctx.problem.pins ?? []).filter((p) => !ctx.worked.some((w) => w.analyst.id === p.analystId && w.shift.id === p.shiftId && w.queue.id === p.queueId))
    .map((p) => ({ rule: 'pin', analystId: p.analystId, shiftId: p.shiftId, queueId: p.queueId, message: `Pinned assignment ${p.analystId} on ${p.shiftId} / ${p.queueId} is missing` })),
};

const minRest: HardRule = {
  label: 'minimum rest between consecutive shifts, in real time',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const rest = list[0]?.analyst.rules?.minRestMinutes;
    if (rest === undefined) return [];
    const out: Violation[] = [];
    for (let i = 1; i < list.length; i++) {
      if (list[i].shift.date === list[i - 1].shift.date) continue;
      const gap = Math.round((list[i].startMs - list[i - 1].endMs) / 60000);
      if (gap < rest) out.push({ rule: 'min-rest', analystId: id, shiftId: list[i].shift.id, date: list[i].shift.date, amount: rest - gap, message: `Analyst ${id} rests ${gap} min before ${list[i].shift.id}, needs ${rest}` });
    }
    return out;
  }),
};

const forbiddenSuccessions: HardRule = {
  label: 'forbidden shift successions',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const pairs = list[0]?.analyst.rules?.forbiddenSuccessions ?? [];
    const byDate = new Map(list.map((w) => [w.shift.date, w.shift.templateId]));
    return list.flatMap((w) => {
      const prev = byDate.get(addDay(w.shift.date, -1));
      return pairs.some((p) => p.fromTemplateId === prev && p.toTemplateId === w.shift.templateId)
        ? [{ rule: 'forbidden-succession', analystId: id, date: w.shift.date, message: `Analyst ${id} works ${prev} then ${w.shift.templateId} on ${w.shift.date}` }] : [];
    });
  }),
};

function addDay(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const maxConsecutiveDays: HardRule = {
  label: 'maximum consecutive working days',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const max = list[0]?.analyst.rules?.maxConsecutiveDays;
    if (max === undefined) return [];
    const days = workDays(list);
    const out: Violation[] = [];
    let run = 0;
    for (const date of ctx.dates) {
      run = days.has(date) ? run + 1 : 0;
      if (run === max + 1) out.push({ rule: 'max-consecutive-days', analystId: id, date, amount: 1, message: `Analyst ${id} works more than ${max} days in a row up to ${date}` });
    }
    return out;
  }),
};

function minutesBy(list: readonly Worked[], key: (w: Worked) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of list) out.set(key(w), (out.get(key(w)) ?? 0) + w.shift.paidMinutes);
  return out;
}

const maxMinutes: HardRule = {
  label: 'maximum paid minutes per week and per period',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const rules = list[0]?.analyst.rules ?? {};
    const out: Violation[] = [];
    if (rules.maxMinutesPerWeek !== undefined) {
      for (const [week, minutes] of minutesBy(list, (w) => isoWeekKey(w.shift.date))) {
        if (minutes > rules.maxMinutesPerWeek) out.push({ rule: 'max-minutes-per-week', analystId: id, amount: minutes - rules.maxMinutesPerWeek, message: `Analyst ${id} is paid ${minutes} min in ${week}, max ${rules.maxMinutesPerWeek}` });
      }
    }
    const total = list.reduce((s, w) => s + w.shift.paidMinutes, 0);
    if (rules.maxMinutesPerPeriod !== undefined && total > rules.maxMinutesPerPeriod) {
      out.push({ rule: 'max-minutes-per-period', analystId: id, amount: total - rules.maxMinutesPerPeriod, message: `Analyst ${id} is paid ${total} min in the period, max ${rules.maxMinutesPerPeriod}` });
    }
    return out;
  }),
};

const maxShiftsPerTemplate: HardRule = {
  label: 'maximum shifts of each template per period',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const caps = list[0]?.analyst.rules?.maxShiftsPerTemplate ?? {};
    const count = new Map<string, number>();
    for (const w of list) count.set(w.shift.templateId, (count.get(w.shift.templateId) ?? 0) + 1);
    return [...count].filter(([t, n]) => caps[t] !== undefined && n > caps[t])
      .map(([t, n]) => ({ rule: 'max-shifts-per-template', analystId: id, amount: n - caps[t], message: `Analyst ${id} works ${n} ${t} shifts, max ${caps[t]}` }));
  }),
};

/** ISO weeks in which the analyst works a Saturday or Sunday. */
export function workedWeekends(list: readonly Worked[]): Set<string> {
  return new Set(list.filter((w) => isWeekendDate(w.shift.date)).map((w) => isoWeekKey(w.shift.date)));
}

const maxWorkingWeekends: HardRule = {
  label: 'maximum working weekends per period',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const max = list[0]?.analyst.rules?.maxWorkingWeekends;
    const n = workedWeekends(list).size;
    return max !== undefined && n > max ? [{ rule: 'max-working-weekends', analystId: id, amount: n - max, message: `Analyst ${id} works ${n} weekends, max ${max}` }] : [];
  }),
};

const development: HardRule = {
  label: 'development shifts need a mentor on the same shift and queue, and are capped',
  check: (ctx) => perAnalyst(ctx, (list, id) => {
    const dev = list.filter((w) => queueAccess(w.analyst, w.queue, w.shift.date)?.kind === 'development');
    const out: Violation[] = dev.filter((w) => !hasMentor(ctx, w)).map((w) => ({ rule: 'mentor', analystId: id, shiftId: w.shift.id, queueId: w.queue.id, message: `Analyst ${id} is learning on ${w.queue.id} during ${w.shift.id} without a mentor` }));
    const cap = list[0]?.analyst.maxDevelopmentShifts ?? 0;
    if (dev.length > cap) out.push({ rule: 'max-development-shifts', analystId: id, amount: dev.length - cap, message: `Analyst ${id} has ${dev.length} development shifts, max ${cap}` });
    return out;
  }),
};

function hasMentor(ctx: EvalContext, w: Worked): boolean {
  const access = queueAccess(w.analyst, w.queue, w.shift.date);
  const learning = access?.kind === 'development' ? access.learningSkills : [];
  return ctx.worked.some((m) => m.shift.id === w.shift.id && m.queue.id === w.queue.id && m.analyst.id !== w.analyst.id && canMentor(m.analyst, m.queue, learning, m.shift.date));
}

export const alwaysHardRules: readonly HardRule[] = [
  knownReferences, eligibility, availability, oneShiftPerDay, pinsKept, minRest, forbiddenSuccessions,
  maxConsecutiveDays, maxMinutes, maxShiftsPerTemplate, maxWorkingWeekends, development,
];
