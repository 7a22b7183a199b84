import { isoWeekKey, isWeekendDate, instantMillis } from '../time';
import type { ModelIndex } from './candidates';
import { Expr, LinearModel } from './linear-model';

const HOUR_MS = 3600000;

/** One (shift instance, queue) pair with eligible candidates, and its head-count column. */
export interface CoverageSlot {
  readonly shiftId: string;
  readonly queueId: string;
  readonly col: number;
}

export interface CoverageRelaxation {
  readonly model: LinearModel;
  readonly slots: readonly CoverageSlot[];
}

/**
 * The coverage-only relaxation: one integer column n[s,q] per (shift instance, queue) with
 * candidates = how many analysts work queue q on shift s, plus the same shortfall/surplus slacks
 * and prices as `coverDemand`. Nothing else of the roster is kept.
 *
 * Why its optimum (and any dual bound HiGHS proves for it) is a valid lower bound on the
 * objective of every roster that keeps the hard rules:
 * - Map a roster to n[s,q] = number of its assignments on (s,q). That n is feasible here:
 *   it is an integer; at least the pins on (s,q) and at most the eligible candidates of (s,q);
 *   at most one queue per analyst and shift (y = sum_q x <= 1), so sum_q n[s,q] <= analysts
 *   eligible for s; at most one shift per analyst and date, so sum over the date's shifts and
 *   queues <= analysts eligible that date.
 * - Aggregated working rules (see `aggregateCapacities`): each sums one analyst's rule over all
 *   analysts, so the roster's n keeps them too.
 * - The coverage of every interval and shift target is a linear function of n (each assignment
 *   counts by its shift's overlap fraction, which depends only on s), so with the slacks at
 *   their smallest values this model's objective equals the roster's under- plus over-coverage
 *   cost exactly as the evaluator computes it.
 * - Every other objective term (requests, alignment, continuity, fairness, soft minimums and
 *   stretches) is >= 0, so the roster's objective >= its coverage cost >= this model's optimum.
 */
export function buildCoverageRelaxation(ix: ModelIndex): CoverageRelaxation {
  const model = new LinearModel();
  const slots: CoverageSlot[] = [];
  const slotCol = new Map<string, number>();
  const pinned = new Map<string, number>();
  const analystsOnShift = new Map<string, Set<number>>();
  const analystsOnDate = new Map<number, Set<number>>();
  for (const c of ix.candidates) {
    const key = `${c.shift.id}|${c.queue.id}`;
    if (ix.model.lower[c.col] > 0) pinned.set(key, (pinned.get(key) ?? 0) + 1);
    const onShift = analystsOnShift.get(c.shift.id) ?? new Set<number>();
    onShift.add(c.analystIdx);
    analystsOnShift.set(c.shift.id, onShift);
    const onDate = analystsOnDate.get(c.dateIdx) ?? new Set<number>();
    onDate.add(c.analystIdx);
    analystsOnDate.set(c.dateIdx, onDate);
  }
  for (const [key, cols] of ix.byShiftQueue) {
    const [shiftId, queueId] = key.split('|');
    const col = model.addColumn({ kind: 'aux', rule: 'head-count', ref: key }, 0, pinned.get(key) ?? 0, cols.length, true);
    slotCol.set(key, col);
    slots.push({ shiftId, queueId, col });
  }
  const shiftById = new Map(ix.problem.shifts.map((s) => [s.id, s]));
  const dateOf = new Map(ix.dates.map((d, i) => [d, i]));
  const perShift = new Map<string, number[]>();
  const perDate = new Map<number, number[]>();
  for (const slot of slots) {
    perShift.set(slot.shiftId, [...(perShift.get(slot.shiftId) ?? []), slot.col]);
    const d = dateOf.get((shiftById.get(slot.shiftId) as { date: string }).date) as number;
    perDate.set(d, [...(perDate.get(d) ?? []), slot.col]);
  }
  for (const [shiftId, cols] of perShift) {
    const cap = (analystsOnShift.get(shiftId) as Set<number>).size;
    model.addRow(`head-count per shift ${shiftId}`, cols, cols.map(() => 1), -Infinity, cap);
  }
  for (const [d, cols] of perDate) {
    const cap = (analystsOnDate.get(d) as Set<number>).size;
    model.addRow(`head-count per date ${ix.dates[d]}`, cols, cols.map(() => 1), -Infinity, cap);
  }
  aggregateCapacities(ix, model, slots);
  const row = (label: string, e: Expr, required: number, under: number, over: number): void => {
    const short = model.addColumn({ kind: 'aux', rule: 'shortfall', ref: label }, under, 0, Math.max(0, required), false);
    const surplus = model.addColumn({ kind: 'aux', rule: 'surplus', ref: label }, over, 0, Infinity, false);
    e.add([short]).add([surplus], -1);
    model.addRow(label, e.indices, e.values, required, required);
  };
  const byQueue = new Map<string, CoverageSlot[]>();
  for (const slot of slots) byQueue.set(slot.queueId, [...(byQueue.get(slot.queueId) ?? []), slot]);
  for (const t of ix.problem.intervalTargets ?? []) {
    const start = instantMillis(t.start);
    const end = instantMillis(t.end);
    const e = new Expr();
    for (const slot of byQueue.get(t.queueId) ?? []) {
      const overlap = Math.min(end, ix.shiftEndMs.get(slot.shiftId) as number) - Math.max(start, ix.shiftStartMs.get(slot.shiftId) as number);
      if (overlap > 0) e.add([slot.col], overlap / (end - start));
    }
    const hours = (end - start) / HOUR_MS;
    row(`cover ${t.id}`, e, t.required, (t.underWeight ?? ix.weights.underCoverage) * hours, (t.overWeight ?? ix.weights.overCoverage) * hours);
  }
  for (const t of ix.problem.shiftTargets ?? []) {
    const cols = slots.filter((s) => {
      const shift = shiftById.get(s.shiftId) as { date: string; templateId: string };
      return shift.date === t.date && shift.templateId === t.templateId && (t.queueId === null || s.queueId === t.queueId);
    }).map((s) => s.col);
    row(`cover ${t.id}`, new Expr().add(cols), t.required, t.underWeight ?? ix.weights.underCoverage, t.overWeight ?? ix.weights.overCoverage);
  }
  return { model, slots };
}

/**
 * Capacity rows: for a set of (shift, queue) slots with a coefficient per shift, the roster's
 * sum of coefficient * n is the sum over analysts of the same sum over their own assignments,
 * and each analyst's share is at most a cap that follows from their rules and from working at
 * most one shift a date (the most the analyst could earn on each date they have a candidate).
 * So sum coef * n <= sum over analysts of their cap is valid for every feasible roster.
 * Rows: paid minutes per ISO week and per period, days in every window of maxConsecutiveDays + 1
 * dates, weekend days (2 per allowed weekend), shifts per template; weekly minutes also per
 * set of queues and per date and set of queues (Hall's condition), counting only the analysts
 * with a candidate on one of those queues.
 */
function aggregateCapacities(ix: ModelIndex, model: LinearModel, slots: readonly CoverageSlot[]): void {
  const shiftById = new Map(ix.problem.shifts.map((s) => [s.id, s]));
  const days = ix.dates.length;
  // best[a][d]: the most of a quantity analyst a can get on date d (one shift a date), -1 when unavailable.
  const perDate = (value: (shiftId: string) => number): number[][] => {
    const best = ix.problem.analysts.map(() => new Array<number>(days).fill(-1));
    for (const c of ix.candidates) best[c.analystIdx][c.dateIdx] = Math.max(best[c.analystIdx][c.dateIdx], value(c.shift.id));
    return best;
  };
  const minutes = perDate((id) => (shiftById.get(id) as { paidMinutes: number }).paidMinutes);
  const one = perDate(() => 1);
  const sumOver = (best: number[], dates: readonly number[]): number => dates.reduce((t, d) => t + Math.max(0, best[d]), 0);
  const slotDate = slots.map((s) => ix.dates.indexOf((shiftById.get(s.shiftId) as { date: string }).date));
  const serves = ix.problem.analysts.map(() => new Set<string>());
  for (const c of ix.candidates) serves[c.analystIdx].add(c.queue.id);
  const capacityRow = (label: string, dates: readonly number[], coef: (slot: CoverageSlot) => number, cap: (a: number) => number, queueSet?: ReadonlySet<string>): void => {
    const inDates = new Set(dates);
    const cols: number[] = [];
    const values: number[] = [];
    slots.forEach((s, k) => {
      const v = inDates.has(slotDate[k]) && (queueSet === undefined || queueSet.has(s.queueId)) ? coef(s) : 0;
      if (v !== 0) {
        cols.push(s.col);
        values.push(v);
      }
    });
    if (cols.length === 0) return;
    // With a set of queues, only analysts who may serve one of them contribute to its slots.
    const total = ix.problem.analysts.reduce((t, _, a) => t + (queueSet === undefined || [...serves[a]].some((q) => queueSet.has(q)) ? cap(a) : 0), 0);
    model.addRow(label, cols, values, -Infinity, total);
  };
  const paid = (s: CoverageSlot): number => (shiftById.get(s.shiftId) as { paidMinutes: number }).paidMinutes;
  const all = ix.dates.map((_, d) => d);
  const weeks = new Map<string, number[]>();
  all.forEach((d) => weeks.set(isoWeekKey(ix.dates[d]), [...(weeks.get(isoWeekKey(ix.dates[d])) ?? []), d]));
  const weekCap = (a: number, dates: readonly number[]): number => Math.min(ix.problem.analysts[a].rules?.maxMinutesPerWeek ?? Infinity, sumOver(minutes[a], dates));
  const queueSets = hallSets([...new Set(slots.map((s) => s.queueId))].sort(), serves);
  for (const [week, dates] of weeks) {
    capacityRow(`capacity minutes ${week}`, dates, paid, (a) => weekCap(a, dates));
    for (const qs of queueSets) capacityRow(`capacity minutes ${week} ${[...qs].join(',')}`, dates, paid, (a) => weekCap(a, dates), qs);
  }
  for (const qs of queueSets) {
    for (const d of all) capacityRow(`capacity date ${ix.dates[d]} ${[...qs].join(',')}`, [d], () => 1, (a) => Math.max(0, one[a][d]), qs);
  }
  capacityRow('capacity minutes period', all, paid, (a) => Math.min(ix.problem.analysts[a].rules?.maxMinutesPerPeriod ?? Infinity, [...weeks.values()].reduce((t, dates) => t + weekCap(a, dates), 0)));
  const runs = [...new Set(ix.problem.analysts.map((an) => an.rules?.maxConsecutiveDays).filter((k): k is number => k !== undefined && k + 1 <= days))].sort((x, y) => x - y);
  for (const k of runs) {
    for (let first = 0; first + k + 1 <= days; first++) {
      const dates = all.slice(first, first + k + 1);
      capacityRow(`capacity days ${ix.dates[first]} +${k + 1}`, dates, () => 1, (a) => {
        // No run longer than limit: at most one day off in every limit + 1 days is needed.
        const limit = ix.problem.analysts[a].rules?.maxConsecutiveDays;
        return Math.min(limit === undefined ? Infinity : dates.length - Math.floor(dates.length / (limit + 1)), sumOver(one[a], dates));
      });
    }
  }
  const weekendDates = all.filter((d) => isWeekendDate(ix.dates[d]));
  capacityRow('capacity weekend days', weekendDates, () => 1, (a) => Math.min(2 * (ix.problem.analysts[a].rules?.maxWorkingWeekends ?? Infinity), sumOver(one[a], weekendDates)));
  const templates = [...new Set(ix.problem.shifts.map((s) => s.templateId))].sort();
  for (const t of templates) {
    const ofT = perDate((id) => ((shiftById.get(id) as { templateId: string }).templateId === t ? 1 : 0));
    capacityRow(`capacity template ${t}`, all, (s) => ((shiftById.get(s.shiftId) as { templateId: string }).templateId === t ? 1 : 0), (a) => Math.min(ix.problem.analysts[a].rules?.maxShiftsPerTemplate?.[t] ?? Infinity, sumOver(ofT[a], all)));
  }
}

/** Every set of queues when there are few, else single queues and each analyst's set (plus all). */
function hallSets(queues: readonly string[], serves: readonly ReadonlySet<string>[]): Set<string>[] {
  if (queues.length <= HALL_ALL_SUBSETS_MAX) {
    const out: Set<string>[] = [];
    for (let mask = 1; mask < 1 << queues.length; mask++) out.push(new Set(queues.filter((_, i) => mask & (1 << i))));
    return out;
  }
  const keyed = new Map<string, Set<string>>();
  for (const q of queues) keyed.set(q, new Set([q]));
  for (const set of serves) if (set.size > 0) keyed.set([...set].sort().join(','), new Set(set));
  return [...keyed.values()];
}

/** Up to this many queues, the capacity rows cover every subset (2^n - 1 rows per week and date). */
const HALL_ALL_SUBSETS_MAX = 7;
