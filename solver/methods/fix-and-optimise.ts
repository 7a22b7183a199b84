import { highsBackend } from '../backends/highs-backend';
import type { BackendResult } from '../backends/lp-backend';
import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import type { SolveMethod } from './method';
import { assignmentsOf, completeStart, pinStart } from './monolithic';
import { greedyStart } from './greedy-start';
import { neighbourhoods, type Neighbourhood } from './neighbourhoods';

/** Bounds that fix every assignment column outside the neighbourhood at the incumbent. */
function boundsFor(ix: ModelIndex, incumbent: Float64Array, hood: Neighbourhood): { lower: number[]; upper: number[] } {
  const lower = ix.model.lower.slice();
  const upper = ix.model.upper.slice();
  for (const c of ix.candidates) {
    const free = hood.analysts.has(c.analystIdx) && c.dateIdx >= hood.firstDate && c.dateIdx <= hood.lastDate;
    if (free) continue;
    const v = Math.round(incumbent[c.col]);
    lower[c.col] = Math.max(lower[c.col], v);
    upper[c.col] = v;
  }
  return { lower, upper };
}

/** Free assignment columns per sub-MIP: small enough that HiGHS usually proves it in a second. */
const LNS_FREE_COLUMNS = Number(process.env.LNS_FREE ?? 1000);
/** Share of the time limit spent improving before the warm-started full MIP. */
const LNS_SHARE = Number(process.env.LNS_SHARE ?? 0.7);

const remaining = (deadlineMs: number): number => (deadlineMs - Date.now()) / 1000;

/**
 * Large-neighbourhood search: sub-MIPs that re-optimise a block of analysts over a window of
 * days with everything else fixed, each started from the incumbent so it can only improve.
 * Stops after a full sweep without improvement or at `untilMs`.
 */
async function improve(ix: ModelIndex, options: SolveOptions, start: BackendResult, untilMs: number): Promise<BackendResult> {
  let best = start;
  let stale = 0;
  const sweep = Math.max(8, Math.ceil(ix.candidates.length / LNS_FREE_COLUMNS) * 4);
  for (const hood of neighbourhoods(ix, options.seed, LNS_FREE_COLUMNS)) {
    const left = remaining(untilMs);
    if (left < 0.5 || stale >= sweep) break;
    const values = best.values as Float64Array;
    const result = await highsBackend.solve(ix.model, { timeLimitSeconds: Math.min(left, Math.max(1, options.timeLimitSeconds / 20)), seed: options.seed, gapTolerance: 1e-4, bounds: boundsFor(ix, values, hood), start: values });
    if (process.env.LNS_DEBUG) console.error('lns', hood.analysts.size, hood.firstDate, hood.lastDate, result.status, result.objective, best.objective, left.toFixed(1));
    const better = result.values !== null && result.objective !== null && result.objective < (best.objective as number) - 1e-6;
    if (better) best = { ...result, bound: null };
    stale = better ? 0 : stale + 1;
  }
  return best;
}

/**
 * Default method for roster-size models: a start (pins only, else a short full MIP), LNS to
 * improve it, then the full MIP warm-started from the incumbent for the rest of the time, which
 * proves the bound and may improve the roster further.
 */
export const fixAndOptimise: SolveMethod = async (ix, options, deadlineMs) => {
  const total = Math.max(1, remaining(deadlineMs));
  const sizes = { variables: ix.model.columnCount, constraints: ix.model.rows.length };
  let incumbent = await completeStart(ix, greedyStart(ix), options);
  if (incumbent.values === null) incumbent = await completeStart(ix, pinStart(ix), options);
  if (incumbent.values === null) {
    const first = await highsBackend.solve(ix.model, { timeLimitSeconds: total * 0.3, seed: options.seed, gapTolerance: options.gapTolerance });
    if (first.status === 'infeasible' || first.values === null) return { method: 'fix-and-optimise', backend: 'highs', status: first.status, assignments: null, bound: first.bound, message: first.message, ...sizes };
    incumbent = first;
  }
  incumbent = await improve(ix, options, incumbent, Date.now() + total * LNS_SHARE * 1000);
  const final = await highsBackend.solve(ix.model, { timeLimitSeconds: Math.max(0.5, remaining(deadlineMs)), seed: options.seed, gapTolerance: options.gapTolerance, start: incumbent.values as Float64Array });
  const useFinal = final.values !== null && final.objective !== null && final.objective <= (incumbent.objective as number) + 1e-9;
  const chosen = useFinal ? final : incumbent;
  const status = final.status === 'optimal' && useFinal ? 'optimal' : 'feasible';
  return { method: 'fix-and-optimise', backend: 'highs', status, assignments: assignmentsOf(ix, chosen.values as Float64Array), bound: final.bound, ...sizes };
};
