import { canMentor } from '../eligibility';
import type { Analyst } from '../problem';
import { isoWeekKey, isWeekendDate } from '../time';
import type { ModelIndex } from './candidates';
import { Expr } from './linear-model';

/** A model rule: adds its rows (and auxiliary columns) for every analyst it concerns. */
export type ModelRule = (ix: ModelIndex) => void;

function eachAnalyst(ix: ModelIndex, fn: (analyst: Analyst, a: number) => void): void {
  ix.problem.analysts.forEach((analyst, a) => fn(analyst, a));
}

export const oneShiftPerDay: ModelRule = (ix) => eachAnalyst(ix, (analyst, a) => {
  ix.byAnalystDate[a].forEach((cols, d) => {
    if (cols.length > 1) ix.model.addRow(`one-shift-per-day ${analyst.id} ${ix.dates[d]}`, cols, cols.map(() => 1), -Infinity, 1);
  });
});

/** Pins fix their column at 1; a pin without a column is caught by the explainer first. */
export const keepPins: ModelRule = (ix) => {
  const byKey = new Map(ix.candidates.map((c) => [`${c.analyst.id}|${c.shift.id}|${c.queue.id}`, c.col]));
  for (const pin of ix.problem.pins ?? []) {
    const col = byKey.get(`${pin.analystId}|${pin.shiftId}|${pin.queueId}`);
    if (col !== undefined) ix.model.lower[col] = 1;
  }
};

/** Two shifts on different dates closer than the rest (end to start, real time) exclude each other. */
export const minRestBetweenShifts: ModelRule = (ix) => eachAnalyst(ix, (analyst, a) => {
  const rest = analyst.rules?.minRestMinutes;
  if (rest === undefined) return;
  const work = [...ix.byAnalyst[a]].sort((p, q) => (ix.shiftStartMs.get(ix.shiftOf(p).id) as number) - (ix.shiftStartMs.get(ix.shiftOf(q).id) as number));
  const shifts = work.map((col) => ix.shiftOf(col));
  for (let i = 0; i < shifts.length; i++) {
    const endI = ix.shiftEndMs.get(shifts[i].id) as number;
    for (let j = i + 1; j < shifts.length; j++) {
      const startJ = ix.shiftStartMs.get(shifts[j].id) as number;
      if (startJ >= endI + rest * 60000) break;
      if (shifts[j].date === shifts[i].date) continue;
      ix.model.addRow(`min-rest ${analyst.id} ${shifts[i].id} ${shifts[j].id}`, [work[i], work[j]], [1, 1], -Infinity, 1);
    }
  }
});

/**
 * One row per shift worked and date: it and every template forbidden after it on the next date
 * sum to at most 1. With one shift a day this says the same as a row per forbidden pair, in far
 * fewer rows: the public benchmark's Instance24 (150 analysts, 32 shift types, a year) forbids
 * hundreds of pairs per analyst, and a row per pair and date ran out of memory.
 */
export const forbiddenSuccessions: ModelRule = (ix) => eachAnalyst(ix, (analyst, a) => {
  const pairs = analyst.rules?.forbiddenSuccessions ?? [];
  if (pairs.length === 0) return;
  const after = new Map<string, Set<string>>();
  for (const pair of pairs) after.set(pair.fromTemplateId, (after.get(pair.fromTemplateId) ?? new Set()).add(pair.toTemplateId));
  for (let d = 0; d + 1 < ix.dates.length; d++) {
    const next = ix.byAnalystDate[a][d + 1];
    if (next.length === 0) continue;
    for (const from of ix.byAnalystDate[a][d]) {
      const forbidden = after.get(ix.shiftOf(from).templateId);
      if (!forbidden) continue;
      const to = next.filter((c) => forbidden.has(ix.shiftOf(c).templateId));
      if (to.length) ix.model.addRow(`forbidden-succession ${analyst.id} ${ix.shiftOf(from).id}`, [from, ...to], [from, ...to].map(() => 1), -Infinity, 1);
    }
  }
});

/** Every window of max+1 consecutive dates holds at most max working days. */
export const maxConsecutiveDays: ModelRule = (ix) => eachAnalyst(ix, (analyst, a) => {
  const max = analyst.rules?.maxConsecutiveDays;
  if (max === undefined) return;
  for (let d = 0; d + max < ix.dates.length; d++) {
    const cols = ix.byAnalystDate[a].slice(d, d + max + 1).flat();
    if (cols.length > max) ix.model.addRow(`max-consecutive-days ${analyst.id} ${ix.dates[d]}`, cols, cols.map(() => 1), -Infinity, max);
  }
});

const paid = (ix: ModelIndex) => (col: number): number => ix.shiftOf(col).paidMinutes;

export const maxMinutesPerWeek: ModelRule = (ix) => eachAnalyst(ix, (analyst, a) => {
  const max = analyst.rules?.maxMinutesPerWeek;
  if (max === undefined) return;
  const weeks = new Map<string, number[]>();
  ix.dates.forEach((date, d) => weeks.set(isoWeekKey(date), [...(weeks.get(isoWeekKey(date)) ?? []), ...ix.byAnalystDate[a][d]]));
  for (const [week, cols] of weeks) {
    if (cols.length) ix.model.addRow(`max-minutes-per-week ${analyst.id} ${week}`, cols, cols.map(paid(ix)), -Infinity, max);
  }
});

export const maxMinutesPerPeriod: ModelRule = (ix) => eachAnalyst(ix, (analyst, a) => {
  const max = analyst.rules?.maxMinutesPerPeriod;
  const cols = ix.byAnalyst[a];
  if (max !== undefined && cols.length) ix.model.addRow(`max-minutes-per-period ${analyst.id}`, cols, cols.map(paid(ix)), -Infinity, max);
});

export const maxShiftsPerTemplate: ModelRule = (ix) => eachAnalyst(ix, (analyst, a) => {
  for (const [templateId, max] of Object.entries(analyst.rules?.maxShiftsPerTemplate ?? {})) {
    const cols = ix.byAnalyst[a].filter((c) => ix.shiftOf(c).templateId === templateId);
    if (cols.length > max) ix.model.addRow(`max-shifts-per-template ${analyst.id} ${templateId}`, cols, cols.map(() => 1), -Infinity, max);
  }
});

/** Development columns need a mentor column on the same shift and queue; their count is capped. */
export const developmentWithMentor: ModelRule = (ix) => {
  const devByAnalyst = new Map<number, number[]>();
  for (const c of ix.candidates) {
    if (c.access.kind !== 'development') continue;
    const learning = c.access.learningSkills;
    const mentors = (ix.byShiftQueue.get(`${c.shift.id}|${c.queue.id}`) ?? []).filter((m) => {
      const other = ix.candidateAt(m);
      return other.analystIdx !== c.analystIdx && canMentor(other.analyst, other.queue, learning, other.shift.date);
    });
    const e = new Expr().add([c.col]).add(mentors, -1);
    ix.model.addRow(`mentor ${c.analyst.id} ${c.shift.id} ${c.queue.id}`, e.indices, e.values, -Infinity, 0);
    devByAnalyst.set(c.analystIdx, [...(devByAnalyst.get(c.analystIdx) ?? []), c.col]);
  }
  for (const [a, cols] of devByAnalyst) {
    const analyst = ix.problem.analysts[a];
    ix.model.addRow(`max-development-shifts ${analyst.id}`, cols, cols.map(() => 1), -Infinity, analyst.maxDevelopmentShifts ?? 0);
  }
};

/**
 * Weekend indicators w[a,k] = 1 exactly when a works the Saturday or Sunday of ISO week k:
 * w >= work(day) for each weekend day and w <= work(sat) + work(sun), so fairness cannot
 * inflate them. Returned per analyst for the fairness term.
 */
export function weekendIndicators(ix: ModelIndex): number[][] {
  return ix.problem.analysts.map((analyst, a) => {
    const weekends = new Map<string, number[]>();
    ix.dates.forEach((date, d) => {
      if (!isWeekendDate(date) || ix.byAnalystDate[a][d].length === 0) return;
      weekends.set(isoWeekKey(date), [...(weekends.get(isoWeekKey(date)) ?? []), d]);
    });
    const out: number[] = [];
    for (const [week, days] of weekends) {
      const w = ix.model.addColumn({ kind: 'aux', rule: 'worked-weekend', ref: `${analyst.id} ${week}` }, 0, 0, 1, true);
      for (const d of days) ix.model.addRow(`worked-weekend ${analyst.id} ${week}`, [...ix.byAnalystDate[a][d], w], [...ix.byAnalystDate[a][d].map(() => 1), -1], -Infinity, 0);
      const all = days.flatMap((d) => ix.byAnalystDate[a][d]);
      ix.model.addRow(`worked-weekend-only-if-worked ${analyst.id} ${week}`, [w, ...all], [1, ...all.map(() => -1)], -Infinity, 0);
      out.push(w);
    }
    const max = analyst.rules?.maxWorkingWeekends;
    if (max !== undefined && out.length > max) ix.model.addRow(`max-working-weekends ${analyst.id}`, out, out.map(() => 1), -Infinity, max);
    ix.weekendCols[a] = out;
    return out;
  });
}

export const alwaysHardModelRules: readonly ModelRule[] = [
  oneShiftPerDay, keepPins, minRestBetweenShifts, forbiddenSuccessions, maxConsecutiveDays,
  maxMinutesPerWeek, maxMinutesPerPeriod, maxShiftsPerTemplate, developmentWithMentor,
];
