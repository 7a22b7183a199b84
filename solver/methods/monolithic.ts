import { highsBackend } from '../backends/highs-backend';
import { jslpBackend } from '../backends/jslp-backend';
import type { BackendResult, LpBackend } from '../backends/lp-backend';
import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import { completeByPropagation } from '../model/complete';
import { greedyStart } from './greedy-start';
import type { Assignment } from '../solution';
import type { SolveMethod } from './method';
import { elasticExcess, elasticModel } from '../model/elastic';
import { repairHardRules } from './sub-mip';

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
 * The caller's roster (`SolveOptions.warmStart`) with the pins added, completed into a full
 * solution; null when none is given or it breaks a hard rule. Assignments that are not
 * candidates of the model (ineligible, unknown ids) are dropped.
 * @example warmStart(ix, previousDraft)?.objective // its objective, or undefined
 */
export function warmStart(ix: ModelIndex, roster: readonly Assignment[] | undefined): BackendResult | null {
  if (!roster) return null;
  const colOf = new Map(ix.candidates.map((c) => [`${c.analyst.id}|${c.shift.id}|${c.queue.id}`, c.col]));
  const x = pinStart(ix);
  for (const a of roster) {
    const col = colOf.get(`${a.analystId}|${a.shiftId}|${a.queueId}`);
    if (col !== undefined) x[col] = 1;
  }
  const completed = completeStart(ix, x);
  return completed.values ? completed : null;
}

/** `challenger` when it is a roster strictly cheaper than `incumbent` (or incumbent has none), else `incumbent`. */
export function cheaperStart(incumbent: BackendResult, challenger: BackendResult | null): BackendResult {
  if (challenger === null || challenger.values === null || challenger.objective === null) return incumbent;
  return incumbent.objective === null || challenger.objective < incumbent.objective ? challenger : incumbent;
}

/**
 * The objective of the roster in `values` as the evaluator counts it: its assignments rounded and
 * completed afresh, so the backend's tolerances (a slack at 0.9999999) do not blur it; null when
 * the rounded roster breaks a row.
 */
export function rosterCost(ix: ModelIndex, values: ArrayLike<number>): number | null {
  const x = new Float64Array(ix.model.columnCount);
  for (const c of ix.candidates) x[c.col] = values[c.col] > 0.5 ? 1 : 0;
  return completeStart(ix, x).objective;
}

/** Whether the completed roster `start` costs less than the backend's answer (or there is no answer). */
export function startIsCheaper(ix: ModelIndex, values: ArrayLike<number> | null, start: BackendResult | null): start is BackendResult & { values: Float64Array; objective: number } {
  if (start === null || start.values === null || start.objective === null) return false;
  if (values === null) return true;
  const cost = rosterCost(ix, values);
  return cost !== null && cost > start.objective + 1e-9 * Math.max(1, Math.abs(start.objective));
}

/**
 * The whole roster as one MIP, handed to one backend with the remaining time. HiGHS starts from
 * the cheaper of the greedy roster and the warm start; javascript-lp-solver takes no start, so
 * there the warm start is only a fallback. The start is returned if the clock strikes before
 * the backend finds a roster, or if the backend's roster costs more.
 */
/** Share of the time limit the repair of a start that breaks hard minimum rules may take. */
const REPAIR_SHARE = 0.25;

/**
 * When the greedy roster breaks hard minimum rules (HiGHS then has no start, and on a large model
 * may find no roster in the time), the analysts who break them are re-planned on the elastic
 * model; the result is a start when it keeps every hard rule.
 */
async function repairedStart(ix: ModelIndex, options: SolveOptions, untilMs: number): Promise<BackendResult | null> {
  const elastic = elasticModel(ix.model);
  if (!elastic) return null;
  const work = { ...ix, model: elastic };
  const greedy = completeStart(work, greedyStart(work));
  if (!greedy.values) return null;
  const repaired = await repairHardRules(work, options, greedy, untilMs);
  if (!repaired.values || elasticExcess(ix.model, repaired.values) > 1e-6) return null;
  return { status: 'feasible', objective: ix.model.objectiveOf(repaired.values), bound: null, values: repaired.values };
}

export const monolithic: SolveMethod = async (ix, options, deadlineMs, report) => {
  const backend = pickBackend(ix, options);
  const warm = warmStart(ix, options.warmStart);
  let start = backend.name === 'highs' ? cheaperStart(completeStart(ix, greedyStart(ix)), warm) : warm;
  if (backend.name === 'highs' && !start?.values) start = await repairedStart(ix, options, Date.now() + REPAIR_SHARE * (deadlineMs - Date.now())) ?? start;
  report('start', start?.objective ?? null, null);
  const timeLimitSeconds = Math.max(0.5, (deadlineMs - Date.now()) / 1000);
  report('mip', start?.objective ?? null, null);
  const result = await backend.solve(ix.model, { timeLimitSeconds, seed: options.seed, gapTolerance: options.gapTolerance, start: start?.values ?? undefined });
  const fallBack = result.status !== 'infeasible' && startIsCheaper(ix, result.values, start);
  const values = fallBack && start ? start.values : result.values;
  return {
    method: 'monolithic', backend: backend.name, status: fallBack ? 'feasible' : result.status,
    assignments: values ? assignmentsOf(ix, values) : null,
    bound: result.bound, variables: ix.model.columnCount, constraints: ix.model.rows.length, message: result.message,
  };
};
