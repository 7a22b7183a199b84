import { alignmentCeiling, alignmentParts, continuityMiss, isAvailable, queueAccess, type QueueAccess } from '../eligibility';
import type { Analyst, ObjectiveWeights, Queue, RosterProblem, ShiftInstance } from '../problem';
import { problemWeights } from '../options';
import { datesInPeriod, instantMillis } from '../time';
import { LinearModel } from './linear-model';

/** An eligible (analyst, shift, queue) triple; its column index equals its position. */
export interface Candidate {
  readonly col: number;
  readonly analyst: Analyst;
  readonly analystIdx: number;
  readonly shift: ShiftInstance;
  readonly dateIdx: number;
  readonly queue: Queue;
  readonly access: QueueAccess;
}

/** Lookups every rule function shares. Only eligible, available triples get a column. */
export interface ModelIndex {
  readonly problem: RosterProblem;
  readonly weights: ObjectiveWeights;
  readonly dates: readonly string[];
  readonly candidates: readonly Candidate[];
  /** [analystIdx][dateIdx] -> columns. */
  readonly byAnalystDate: readonly (readonly number[])[][];
  readonly byAnalyst: readonly (readonly number[])[];
  /** `${shiftId}|${queueId}` -> columns. */
  readonly byShiftQueue: ReadonlyMap<string, number[]>;
  readonly shiftStartMs: ReadonlyMap<string, number>;
  readonly shiftEndMs: ReadonlyMap<string, number>;
  readonly model: LinearModel;
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
  problem.analysts.forEach((analyst, analystIdx) => {
    for (const shift of shifts) {
      if (!isAvailable(analyst, shift)) continue;
      for (const queue of problem.queues) {
        const access = queueAccess(analyst, queue, shift.date);
        if (!access) continue;
        const parts = alignmentParts(analyst, queue, shift, weights);
        const cost = weights.alignment * (alignmentCeiling(weights) - parts.score) + weights.continuity * continuityMiss(analyst, queue);
        const col = model.addColumn({ kind: 'assign', analystId: analyst.id, shiftId: shift.id, queueId: queue.id }, cost, 0, 1, true);
        const d = dateIdx.get(shift.date) as number;
        candidates.push({ col, analyst, analystIdx, shift, dateIdx: d, queue, access });
        byAnalystDate[analystIdx][d].push(col);
        const key = `${shift.id}|${queue.id}`;
        const list = byShiftQueue.get(key) ?? [];
        if (list.length === 0) byShiftQueue.set(key, list);
        list.push(col);
      }
    }
  });
  return {
    problem, weights, dates, candidates, byAnalystDate, model, byShiftQueue,
    byAnalyst: byAnalystDate.map((days) => days.flat()),
    shiftStartMs: new Map(problem.shifts.map((s) => [s.id, instantMillis(s.start)])),
    shiftEndMs: new Map(problem.shifts.map((s) => [s.id, instantMillis(s.end)])),
  };
}
