import { alignmentCeiling, alignmentParts, continuityMiss, isAvailable, queueAccess, type QueueAccess } from '../eligibility';
import type { Analyst, ObjectiveWeights, Queue, RosterProblem, ShiftInstance } from '../problem';
import { problemWeights } from '../options';
import { datesInPeriod, instantMillis } from '../time';
import { LinearModel } from './linear-model';

/** An eligible (analyst, shift, queue) triple and its assignment column x. */
export interface Candidate {
  readonly col: number;
  readonly analyst: Analyst;
  readonly analystIdx: number;
  readonly shift: ShiftInstance;
  readonly dateIdx: number;
  readonly queue: Queue;
  readonly access: QueueAccess;
}

/**
 * Lookups every rule function shares. Only eligible, available triples get a column x; each
 * (analyst, shift) with two or more x also gets a work column y = sum over queues of x (with one,
 * x is its own work column). Rules on an
 * analyst's days, minutes and patterns are written on y: one nonzero per shift instead of one
 * per queue, and HiGHS can branch on whether someone works before where.
 */
export interface ModelIndex {
  readonly problem: RosterProblem;
  readonly weights: ObjectiveWeights;
  readonly dates: readonly string[];
  readonly candidates: readonly Candidate[];
  /** [analystIdx][dateIdx] -> work columns (y). */
  readonly byAnalystDate: readonly (readonly number[])[][];
  /** [analystIdx] -> work columns (y). */
  readonly byAnalyst: readonly (readonly number[])[];
  /** The candidate of an assignment column. */
  readonly candidateAt: (col: number) => Candidate;
  /** The shift of a work column. */
  readonly shiftOf: (workCol: number) => ShiftInstance;
  /** `${shiftId}|${queueId}` -> assignment columns. */
  readonly byShiftQueue: ReadonlyMap<string, number[]>;
  readonly shiftStartMs: ReadonlyMap<string, number>;
  readonly shiftEndMs: ReadonlyMap<string, number>;
  readonly model: LinearModel;
  /** Worked-weekend indicator columns per analyst, filled by the weekend rule. */
  readonly weekendCols: number[][];
}

/** Creates the assignment columns, with alignment and continuity as their (negative) costs. */
export function buildModelIndex(problem: RosterProblem): ModelIndex {
  const weights = problemWeights(problem);
  const dates = datesInPeriod(problem.period.startDate, problem.period.endDate);
  const dateIdx = new Map(dates.map((d, i) => [d, i]));
  const model = new LinearModel();
  const candidates: Candidate[] = [];
  const byAnalystDate = problem.analysts.map(() => dates.map((): number[] => []));
  const byShiftQueue = new Map<string, number[]>();
  const shifts = [...problem.shifts].filter((s) => dateIdx.has(s.date)).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const workShift = new Map<number, ShiftInstance>();
  problem.analysts.forEach((analyst, analystIdx) => {
    for (const shift of shifts) {
      if (!isAvailable(analyst, shift)) continue;
      const xs: number[] = [];
      for (const queue of problem.queues) {
        const access = queueAccess(analyst, queue, shift.date);
        if (!access) continue;
        const parts = alignmentParts(analyst, queue, shift, weights);
        const cost = weights.alignment * (alignmentCeiling(weights) - parts.score) + weights.continuity * continuityMiss(analyst, queue);
        const col = model.addColumn({ kind: 'assign', analystId: analyst.id, shiftId: shift.id, queueId: queue.id }, cost, 0, 1, true);
        const d = dateIdx.get(shift.date) as number;
        candidates.push({ col, analyst, analystIdx, shift, dateIdx: d, queue, access });
        xs.push(col);
        const key = `${shift.id}|${queue.id}`;
        const list = byShiftQueue.get(key) ?? [];
        if (list.length === 0) byShiftQueue.set(key, list);
        list.push(col);
      }
      if (xs.length === 0) continue;
      // With one queue to work, the assignment column is the work column: no copy and no row,
      // which halves single-queue models (the public shift scheduling benchmarks are all such).
      const y = xs.length === 1 ? xs[0] : model.addColumn({ kind: 'aux', rule: 'works', ref: `${analyst.id} ${shift.id}` }, 0, 0, 1, true);
      if (xs.length > 1) model.addRow(`works ${analyst.id} ${shift.id}`, [...xs, y], [...xs.map(() => 1), -1], 0, 0);
      workShift.set(y, shift);
      byAnalystDate[analystIdx][dateIdx.get(shift.date) as number].push(y);
    }
  });
  const byCol = new Map(candidates.map((c) => [c.col, c]));
  return {
    problem, weights, dates, candidates, byAnalystDate, model, byShiftQueue,
    byAnalyst: byAnalystDate.map((days) => days.flat()),
    shiftOf: (col) => workShift.get(col) as ShiftInstance,
    candidateAt: (col) => byCol.get(col) as Candidate,
    weekendCols: problem.analysts.map(() => []),
    shiftStartMs: new Map(problem.shifts.map((s) => [s.id, instantMillis(s.start)])),
    shiftEndMs: new Map(problem.shifts.map((s) => [s.id, instantMillis(s.end)])),
  };
}
