import { highsBackend } from '../backends/highs-backend';
import type { BackendResult } from '../backends/lp-backend';
import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import type { MethodResult, SolveMethod } from './method';
import { assignmentsOf, cheaperStart, completeStart, pinStart, startIsCheaper, warmStart } from './monolithic';
import { greedyStart, plannedStart } from './greedy-start';
import { planCoverage, type CoveragePlan } from './coverage-plan';
import type { ProgressReport } from '../progress';
import { columnRows, reachableAux, restrictModel } from '../model/restrict';
import { neighbourhoods, type Neighbourhood } from './neighbourhoods';

/**
 * The columns a neighbourhood frees: its assignment and work columns, its analysts' weekend
 * indicators, and the slacks those drive (one hop through rows). Other analysts' work and
 * weekend columns stay fixed, so fairness rows of the others only bound the group's max and min.
 */
function freedColumns(ix: ModelIndex, rowsOf: readonly Int32Array[], hood: Neighbourhood): number[] {
  const seeds: number[] = [];
  for (const c of ix.candidates) {
    if (hood.analysts.has(c.analystIdx) && c.dateIdx >= hood.firstDate && c.dateIdx <= hood.lastDate) seeds.push(c.col);
  }
  for (const a of hood.analysts) {
    for (let d = hood.firstDate; d <= hood.lastDate; d++) seeds.push(...ix.byAnalystDate[a][d]);
    seeds.push(...ix.weekendCols[a]);
  }
  const slack = (j: number): boolean => {
    const meaning = ix.model.meaning[j];
    return meaning.kind === 'aux' && meaning.rule !== 'works' && meaning.rule !== 'worked-weekend';
  };
  return reachableAux(ix.model, rowsOf, seeds, slack, 1);
}

/** Re-optimises one neighbourhood as a small sub-MIP started from the incumbent. */
async function solveNeighbourhood(ix: ModelIndex, rowsOf: readonly Int32Array[], hood: Neighbourhood, best: Float64Array, options: SolveOptions, seconds: number): Promise<Float64Array | null> {
  const { model, columns } = restrictModel(ix.model, freedColumns(ix, rowsOf, hood), best);
  const start = Float64Array.from(columns, (j) => best[j]);
  // A node cap, not only the clock, ends each sub-MIP, so a run with a fixed number of steps
  // repeats exactly whatever the machine's load.
  const result = await highsBackend.solve(model, { timeLimitSeconds: seconds, seed: options.seed, gapTolerance: 1e-4, start, highsOptions: { mip_max_nodes: LNS_NODES } });
  if (!result.values) return null;
  const next = Float64Array.from(best);
  columns.forEach((j, l) => { next[j] = (result.values as Float64Array)[l]; });
  return next;
}

/** Free assignment columns per sub-MIP: small enough that HiGHS usually proves it in a second. */
const LNS_FREE_COLUMNS = 1000;
/**
 * Share of the time limit (from the method's start, plan included) spent improving before the
 * warm-started full MIP. S bench at 10 s: 0.9 gave 17.5k and 16.7k, 0.7 gave 27.9k (twice); the
 * coverage relaxation already supplies a bound, so the last MIP matters less for it.
 */
const LNS_SHARE = 0.9;
/** Branch-and-bound nodes per sub-MIP. */
const LNS_NODES = 500;

/**
 * Above this many columns the warm-started full MIP did not finish its root LP within a 30 s
 * budget on the 2-core bench machine (M: 117k columns), so it proved no bound and only overran
 * the limit while loading; LNS keeps all the time instead and the bound is reported as null.
 */
const FULL_MIP_MAX_COLUMNS = 60000;

/** Share of the time limit (and a cap in seconds) for the coverage relaxation that plans head counts. */
const PLAN_SHARE = 0.3;
/**
 * When the full MIP fits, the plan gets PLAN_SHARE of the limit but no more than PLAN_SECONDS or
 * PLAN_LONG_SHARE of it: on S its relaxation is near optimal after about 3 s, and a 9 s plan at
 * 30 s left LNS too little (17.3k against 15.1k). M needs the whole share: 3 s gave no useful
 * plan (bound 3.2k, roster 329k), 9 s gave bound 40k and roster 234k.
 */
const PLAN_SECONDS = 3;
const PLAN_LONG_SHARE = 0.1;

/** Below this many seconds left, the warm-started full MIP is skipped rather than run past the limit. */
const MIN_FINAL_SECONDS = 0.3;

const remaining = (deadlineMs: number): number => (deadlineMs - Date.now()) / 1000;

/**
 * Large-neighbourhood search: sub-MIPs that re-optimise a block of analysts over a window of
 * days with everything else fixed, each started from the incumbent so it can only improve.
 * Stops after a full sweep without improvement or at `untilMs`; calls `onBetter` on each improvement.
 */
async function improve(ix: ModelIndex, options: SolveOptions, start: BackendResult, untilMs: number, onBetter: (better: BackendResult) => void): Promise<BackendResult> {
  let best = start;
  let stale = 0;
  const rowsOf = columnRows(ix.model);
  const sweep = Math.max(8, Math.ceil(ix.candidates.length / LNS_FREE_COLUMNS) * 4);
  let steps = 0;
  for (const hood of neighbourhoods(ix, options.seed, LNS_FREE_COLUMNS)) {
    const left = remaining(untilMs);
    if (left < 0.5 || stale >= sweep || steps++ >= options.lnsSteps) break;
    const next = await solveNeighbourhood(ix, rowsOf, hood, best.values as Float64Array, options, Math.min(left, Math.max(1, options.timeLimitSeconds / 20)));
    const objective = next ? ix.model.objectiveOf(next) : Infinity;
    const better = next !== null && objective < (best.objective as number) - 1e-6;
    if (better) {
      best = { status: 'feasible', objective, bound: null, values: next };
      onBetter(best);
    }
    stale = better ? 0 : stale + 1;
  }
  return best;
}

type Started = { readonly incumbent: BackendResult; readonly plan: CoveragePlan } | { readonly failed: BackendResult };

/**
 * The roster LNS starts from: the cheapest of the greedy roster, the caller's warm start and the
 * roster that follows the coverage plan; else pins only; else what a short full MIP finds.
 */
async function startingRoster(ix: ModelIndex, options: SolveOptions, warm: BackendResult | null, total: number, wholeFits: boolean, report: ProgressReport): Promise<Started> {
  let incumbent = cheaperStart(completeStart(ix, greedyStart(ix)), warm);
  const planSeconds = wholeFits ? Math.min(total * PLAN_SHARE, Math.max(PLAN_SECONDS, total * PLAN_LONG_SHARE)) : total * PLAN_SHARE;
  report('plan', incumbent.objective, null);
  const plan = await planCoverage(ix, options, planSeconds, incumbent.values ?? undefined);
  if (plan.counts) incumbent = cheaperStart(incumbent, completeStart(ix, plannedStart(ix, plan.counts)));
  if (incumbent.values === null) incumbent = completeStart(ix, pinStart(ix));
  if (incumbent.values === null) {
    const first = await highsBackend.solve(ix.model, { timeLimitSeconds: total * 0.3, seed: options.seed, gapTolerance: options.gapTolerance });
    if (first.status === 'infeasible' || first.values === null) return { failed: first };
    incumbent = first;
  }
  report('start', incumbent.objective, plan.bound);
  return { incumbent, plan };
}

/**
 * Default method for roster-size models: a start (greedy, warm, planned, pins only, else a short
 * full MIP), LNS to improve it, then the full MIP warm-started from the incumbent for the rest of
 * the time, which proves the bound and may improve the roster further.
 */
export const fixAndOptimise: SolveMethod = async (ix, options, deadlineMs, report) => {
  const total = Math.max(1, remaining(deadlineMs));
  const meta = { method: 'fix-and-optimise', backend: 'highs', variables: ix.model.columnCount, constraints: ix.model.rows.length };
  const wholeFits = ix.model.columnCount <= FULL_MIP_MAX_COLUMNS;
  const warm = warmStart(ix, options.warmStart);
  const started = await startingRoster(ix, options, warm, total, wholeFits, report);
  if ('failed' in started) return { ...meta, status: started.failed.status, assignments: null, bound: started.failed.bound, message: started.failed.message };
  const { plan } = started;
  report('lns', started.incumbent.objective, plan.bound);
  // LNS ends at its share of the whole limit counted from the method's start (the plan came out of it).
  const lnsUntil = wholeFits ? deadlineMs - total * (1 - LNS_SHARE) * 1000 : deadlineMs;
  const incumbent = await improve(ix, options, started.incumbent, lnsUntil, (better) => report('lns', better.objective, plan.bound));
  const answer = (status: MethodResult['status'], chosen: BackendResult, bound: number | null): MethodResult => {
    // Never worse than the warm start, whatever the sub-MIPs' tolerances did to the model objective on the way.
    const roster = startIsCheaper(ix, chosen.values, warm) ? warm : chosen;
    return { ...meta, status: roster === chosen ? status : 'feasible', assignments: assignmentsOf(ix, roster.values as Float64Array), bound };
  };
  if (!wholeFits || remaining(deadlineMs) < MIN_FINAL_SECONDS) return answer('feasible', incumbent, plan.bound);
  report('mip', incumbent.objective, plan.bound);
  const final = await highsBackend.solve(ix.model, { timeLimitSeconds: remaining(deadlineMs), seed: options.seed, gapTolerance: options.gapTolerance, start: incumbent.values as Float64Array });
  const useFinal = final.values !== null && final.objective !== null && final.objective <= (incumbent.objective as number) + 1e-9;
  return answer(final.status === 'optimal' && useFinal ? 'optimal' : 'feasible', useFinal ? final : incumbent, bestBound(final.bound, plan.bound));
};

/** Both are valid lower bounds on the same optimum, so the larger one is too. */
function bestBound(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
