import { highsBackend } from '../backends/highs-backend';
import { jslpBackend } from '../backends/jslp-backend';
import type { BackendResult, LpBackend } from '../backends/lp-backend';
import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import { completeByPropagation } from '../model/complete';
import { greedyStart } from './greedy-start';
import type { Assignment } from '../solution';
import type { SolveMethod } from './method';

export function pickBackend(ix: ModelIndex, options: SolveOptions): LpBackend {
  if (options.backend === 'highs') return highsBackend;
  if (options.backend === 'jslp') return jslpBackend;
  return ix.model.columnCount <= options.jslpMaxColumns ? jslpBackend : highsBackend;
}

/** Assignment columns at 1, read through the column meanings. */
export function assignmentsOf(ix: ModelIndex, values: ArrayLike<number>): Assignment[] {
  const out: Assignment[] = [];
  for (const c of ix.candidates) {
    if (values[c.col] > 0.5) out.push({ analystId: c.analyst.id, shiftId: c.shift.id, queueId: c.queue.id });
  }
  return out;
}

/** Assignment columns at 0 except pinned ones at 1. */
export function pinStart(ix: ModelIndex): Float64Array {
  const x = new Float64Array(ix.model.columnCount);
  for (const c of ix.candidates) x[c.col] = ix.model.lower[c.col] > 0 ? 1 : 0;
  return x;
}

/**
 * Completes assignment values into a full solution (work, indicators, slacks) by propagation
 * through the rows; null values when the assignments break a hard rule.
 */
export function completeStart(ix: ModelIndex, x: Float64Array): BackendResult {
  const assignment = new Set(ix.candidates.map((c) => c.col));
  const values = completeByPropagation(ix.model, x, (j) => assignment.has(j));
  return values
    ? { status: 'feasible', objective: ix.model.objectiveOf(values), bound: null, values }
    : { status: 'infeasible', objective: null, bound: null, values: null };
}

/**
 * The whole roster as one MIP, handed to one backend with the remaining time. HiGHS starts from
 * the greedy roster, and that roster is returned if the clock strikes before HiGHS finds one.
 */
export const monolithic: SolveMethod = async (ix, options, deadlineMs) => {
  const backend = pickBackend(ix, options);
  const start = backend.name === 'highs' ? completeStart(ix, greedyStart(ix)).values : null;
  const timeLimitSeconds = Math.max(0.5, (deadlineMs - Date.now()) / 1000);
  const result = await backend.solve(ix.model, { timeLimitSeconds, seed: options.seed, gapTolerance: options.gapTolerance, start: start ?? undefined });
  const fallBack = result.values === null && start !== null && result.status !== 'infeasible';
  const values = fallBack ? start : result.values;
  return {
    method: 'monolithic', backend: backend.name, status: fallBack ? 'feasible' : result.status,
    assignments: values ? assignmentsOf(ix, values) : null,
    bound: result.bound, variables: ix.model.columnCount, constraints: ix.model.rows.length, message: result.message,
  };
};
