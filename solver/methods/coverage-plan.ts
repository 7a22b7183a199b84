import { highsBackend } from '../backends/highs-backend';
import type { ModelIndex } from '../model/candidates';
import { completeByPropagation } from '../model/complete';
import { buildCoverageRelaxation, type CoverageSlot } from '../model/coverage-relaxation';
import type { LinearModel } from '../model/linear-model';
import type { SolveOptions } from '../options';

/** Head counts per `${shiftId}|${queueId}` and a proved lower bound on the roster objective. */
export interface CoveragePlan {
  readonly counts: ReadonlyMap<string, number> | null;
  /** Valid lower bound on every feasible roster's objective (see buildCoverageRelaxation), or null. */
  readonly bound: number | null;
}

/**
 * Solves the coverage-only relaxation (a small integer program over head counts) for at most
 * `seconds`. Its dual bound is a valid lower bound on the full objective even when the clock
 * stops it early; its best head counts are a plan the roster can try to follow. `roster` (a
 * feasible full solution) gives HiGHS a start. Little heuristic effort: on the S bench it kept
 * the time limit (default effort overran 2 s by 1.8 s) and proved a better bound sooner.
 */
export async function planCoverage(ix: ModelIndex, options: SolveOptions, seconds: number, roster?: Float64Array): Promise<CoveragePlan> {
  const { model, slots } = buildCoverageRelaxation(ix);
  if (model.columnCount === 0) return { counts: null, bound: null };
  const result = await highsBackend.solve(model, { timeLimitSeconds: Math.max(0.1, seconds), seed: options.seed, gapTolerance: 1e-6, highsOptions: { mip_heuristic_effort: 0.01 }, start: roster ? startFrom(ix, model, slots, roster) : undefined });
  const bound = result.status === 'optimal' && result.objective !== null ? result.objective : result.bound;
  if (!result.values) return { counts: null, bound };
  const values = result.values;
  return { counts: new Map(slots.map((s) => [`${s.shiftId}|${s.queueId}`, Math.round(values[s.col])])), bound };
}

/** The head counts of a feasible roster, completed with their slacks: a start for HiGHS. */
function startFrom(ix: ModelIndex, model: LinearModel, slots: readonly CoverageSlot[], roster: Float64Array): Float64Array | undefined {
  const values = new Float64Array(model.columnCount);
  const colOf = new Map(slots.map((s) => [`${s.shiftId}|${s.queueId}`, s.col]));
  for (const c of ix.candidates) if (roster[c.col] > 0.5) values[colOf.get(`${c.shift.id}|${c.queue.id}`) as number] += 1;
  const head = new Set(slots.map((s) => s.col));
  return completeByPropagation(model, values, (j) => head.has(j)) ?? undefined;
}
