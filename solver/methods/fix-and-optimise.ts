import { highsBackend } from '../backends/highs-backend';
import type { BackendResult } from '../backends/lp-backend';
import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import type { MethodResult, SolveMethod } from './method';
import { assignmentsOf, cheaperStart, completeStart, pinStart, startIsCheaper, warmStart } from './monolithic';
import { greedyStart, plannedStart } from './greedy-start';
import { planCoverage, type CoveragePlan } from './coverage-plan';
import type { ProgressReport } from '../progress';
import { columnRows } from '../model/restrict';
import { applySubMip, exactValues, neighbourhoodMip, repairHardRules, subMipRequest, SubMipQueue } from './sub-mip';
import { HighsPool } from '../backends/highs-pool';
import { neighbourhoods, prng, shortfallNeighbourhood } from './neighbourhoods';
import { elasticExcess, elasticModel } from '../model/elastic';
import { replanAnalyst } from './replan';
import { ColumnGeneration } from './column-generation';

/**
 * Free assignment columns per sub-MIP. Small and many beat large and few: S bench at 10 s, two
 * seeds each, 1000 gave 20.6k and 19.9k, 600 gave 12.8k and 12.6k, 300 gave 11.1k and 11.2k,
 * 100-200 gave 11.4k-12.2k. Sub-MIPs of this size mostly prove optimal in well under 0.1 s.
 */
const LNS_FREE_COLUMNS = 300;
/**
 * Share of the time limit (from the method's start, plan included) spent improving before the
 * warm-started full MIP. S bench at 10 s: 0.9 gave 17.5k and 16.7k, 0.7 gave 27.9k (twice); the
 * coverage relaxation already supplies a bound, so the last MIP matters less for it.
 */
const LNS_SHARE = 0.9;

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

/** Share of the time left that the repair of a greedy roster breaking hard minimums may take before the plan. */
const REPAIR_SHARE = 0.7;

/** Below this many seconds left, the warm-started full MIP is skipped rather than run past the limit. */
const MIN_FINAL_SECONDS = 0.3;

const remaining = (deadlineMs: number): number => (deadlineMs - Date.now()) / 1000;

/** Share of the LNS time left that each warm-started full MIP run alongside LNS may take. */
const MIP_SLICE_SHARE = 1 / 3;

/**
 * The full MIP joins LNS at the first stall, or once this share of the LNS time has gone,
 * whichever comes first. Public benchmark Instance8 and Instance9 at 30 s, seeds 2 and 3:
 * from the start 2363, 2369 and 444, 1274; from a quarter 2060, 2167 and 542, 568. S at 10 s
 * lost about 3% with the MIP from the start (10.8k and 10.6k against 10.4k and 10.3k).
 */
const MIP_AFTER_SHARE = 0.25;

/** Share of the LNS time that column generation may price for before it dives. */
const CG_SHARE = 0.4;
/** Share of the LNS time the dive that follows the pricing should end within. */
const DIVE_SHARE = 0.2;
/**
 * Above this many columns column generation is not tried: M (117k) already cannot run its
 * rounds of pricing in 30 s, and building its master over L or a year-long public instance
 * (0.5M-1.7M columns) would only cost memory.
 */
const CG_MAX_COLUMNS = 150000;
/**
 * Rounds of pricing (each analyst once, multipliers warm) that column generation must be able to
 * run in its share, else it is dropped for the DP's re-plans; so is pricing whose first, cold
 * round takes half the share. Public Instance8 (30 analysts) settled after about 80 rounds of
 * 0.1 s, but a dive from an LP that has not settled still pays: Instance12 at 30 s (0.43-0.50 s
 * a round) gave 4,798-5,051 with it and 6,328-6,637 without. M at 30 s (1.6 s a round cold)
 * drops it; at 60 s it keeps it and ends at 76,736, against about 73,000 without.
 */
const CG_ROUNDS = 12;
/** Pricing between two solves of the master LP, at most. */
const CG_STEP_MS = 100;

/** What LNS found: the best roster, and a bound when full MIPs ran alongside. */
interface Improved {
  readonly best: BackendResult;
  readonly bound: number | null;
}

/**
 * Large-neighbourhood search: sub-MIPs that re-optimise a block of analysts over a window of
 * days with everything else fixed, each started from the incumbent so it can only improve.
 * With a pool, as many sub-MIPs as it has threads run at once. Their answers are applied in the
 * order they were sent out, and each next neighbourhood is cut once the answer before it has
 * landed, so a run with a step cap repeats exactly, whatever order the threads finish in.
 * Meanwhile the calling thread first runs column generation and its dive where it fits
 * (methods/column-generation.ts; public Instance15 at 30 s: 6.5k to 4.8k), then re-plans one
 * analyst after another by DP (methods/replan.ts), a move sub-MIPs make badly on long periods:
 * public Instance19 (84 days) at 30 s went from 13.7k to 5.2k-5.6k with it, Instance21
 * (182 days) at 60 s from 93k to 25k, M from 123k to 80k.
 *
 * With `alongside` (a pool, and a model the full MIP can carry), one thread runs the full MIP
 * warm-started from the incumbent, in slices, while the others run LNS: some rosters LNS cannot
 * leave (tight hard minimums) the full MIP improves at once, and some the other way round, so
 * the portfolio keeps the better of the two at each slice's end and proves a bound as it goes.
 * Stops after the neighbourhoods grew to the whole roster without improvement, or at `untilMs`;
 * calls `onBetter` on each improvement.
 */
async function improve(ix: ModelIndex, options: SolveOptions, start: BackendResult, untilMs: number, onBetter: (better: BackendResult) => void, pool: HighsPool | null, alongside: boolean): Promise<Improved> {
  let best = start;
  let bound: number | null = null;
  let stale = 0;
  const rowsOf = columnRows(ix.model);
  let free = LNS_FREE_COLUMNS;
  let level = 0;
  const sweepOf = (columns: number): number => Math.max(8, Math.ceil(ix.candidates.length / columns) * 4);
  let sweep = sweepOf(free);
  let steps = 0;
  const random = prng(options.seed + 1);
  let blind = neighbourhoods(ix, options.seed, free);
  const queue = new SubMipQueue(pool);
  // The full MIP under way on a pool thread, and its answer once it has come.
  const running: { mip: { answer: Promise<BackendResult>; done: BackendResult | null } | null } = { mip: null };
  let proved = false;
  let mipStarted = false;
  const startMip = (): void => {
    const left = remaining(untilMs);
    if (!pool || !alongside || left < 2 || steps >= options.lnsSteps) return;
    mipStarted = true;
    const slice = Math.max(1, left * MIP_SLICE_SHARE);
    const mip: { answer: Promise<BackendResult>; done: BackendResult | null } = { answer: pool.solve(ix.model, { timeLimitSeconds: slice, seed: options.seed, gapTolerance: options.gapTolerance, start: best.values as Float64Array }), done: null };
    void mip.answer.then((result) => { mip.done = result; });
    running.mip = mip;
  };
  const send = (): boolean => {
    const left = remaining(untilMs);
    if (left < 0.5 || steps >= options.lnsSteps || proved) return false;
    if (stale >= sweep) {
      // A sweep found nothing better: the roster is a local optimum for neighbourhoods this
      // size, so they double (and the shortfall windows widen) until one is the whole roster.
      // The full MIP joins in on a thread of its own from the first such stall.
      if (!running.mip && !mipStarted) startMip();
      if (free >= ix.candidates.length) return false;
      free *= 2;
      level++;
      sweep = sweepOf(free);
      stale = 0;
      blind = neighbourhoods(ix, options.seed + level, free);
    }
    const next = blind.next();
    if (next.done) return false;
    steps++;
    // Every other step aims at a shortfall of the incumbent; the rest are blind blocks. M bench
    // at 30 s: 121k, 111k and 114k this way, 137k-165k over five runs with blind blocks only.
    const hood = (steps % 2 === 1 ? shortfallNeighbourhood(ix, rowsOf, best.values as Float64Array, random, free, 1 + 2 * level) : null) ?? next.value;
    const sub = neighbourhoodMip(ix, rowsOf, hood, best.values as Float64Array);
    queue.send(sub, subMipRequest(sub, options, Math.min(left, Math.max(1, options.timeLimitSeconds / 20))));
    return true;
  };
  const land = (candidate: Float64Array | null): boolean => {
    const objective = candidate ? ix.model.objectiveOf(candidate) : Infinity;
    if (candidate === null || objective >= (best.objective as number) - 1e-6) return false;
    best = { status: 'feasible', objective, bound: null, values: candidate };
    onBetter(best);
    return true;
  };
  const mipFromMs = Date.now() + MIP_AFTER_SHARE * (untilMs - Date.now());
  // Analysts are re-planned by DP in a seeded order, round and round.
  const replanOrder = shuffled(ix.problem.analysts.map((_, a) => a), prng(options.seed + 2));
  let replans = 0;
  const replanNext = (): void => {
    land(replanAnalyst(ix, rowsOf, best.values as Float64Array, replanOrder[replans++ % replanOrder.length]));
  };
  // Column generation on this thread while the pool solves sub-MIPs: pricing for a share of the
  // time or until it converges, then a dive that fixes analysts to plans one LP at a time.
  const cg = pool && options.lnsSteps === Infinity && ix.model.columnCount <= CG_MAX_COLUMNS ? new ColumnGeneration(ix, rowsOf, best.values as Float64Array) : null;
  const cgFrom = Date.now();
  const cgUntil = cgFrom + CG_SHARE * (untilMs - cgFrom);
  const diveUntil = cgUntil + DIVE_SHARE * (untilMs - cgFrom);
  let cgPricing = cg !== null;
  let cgDiving = false;
  const cgStep = async (): Promise<void> => {
    if (!cg) return;
    cgDiving ||= cg.converged || Date.now() >= cgUntil;
    const ok = cgDiving ? await cg.dive(Date.now() + CG_STEP_MS, diveUntil) : await cg.step(Date.now() + CG_STEP_MS);
    // Pricing that cannot run its rounds in the share is dropped for the DP's re-plans.
    const perRound = cg.secondsPerRound;
    const budget = (cgUntil - cgFrom) / 1000;
    if (!cgDiving && ((perRound !== null && perRound * CG_ROUNDS > budget) || (perRound === null && cg.pricingSeconds > budget / 2))) {
      cgPricing = false;
      return;
    }
    if (!ok || cg.dived) {
      const roster = ok ? cg.divedRoster(best.values as Float64Array) : null;
      if (land(roster)) stale = 0;
      cgPricing = false;
    }
  };
  for (;;) {
    if (!mipStarted && Date.now() >= mipFromMs) startMip();
    while (queue.length < queue.lanes(running.mip ? 1 : 0) && send());
    // While the threads solve sub-MIPs, this one re-plans analysts by DP, one at a time. With a
    // step cap it re-plans one per landed sub-MIP instead, so the run still repeats exactly.
    if (options.lnsSteps === Infinity) {
      while (queue.length > 0 && !queue.oldestReady && remaining(untilMs) > 0.5) {
        if (cgPricing) await cgStep();
        else replanNext();
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const oldest = await queue.oldest();
    if (oldest) {
      const better = land(applySubMip(ix, rowsOf, oldest.sub, oldest.result, best.values as Float64Array));
      stale = better ? 0 : stale + 1;
      if (options.lnsSteps !== Infinity) replanNext();
    } else if (running.mip) {
      await running.mip.answer;
    } else {
      break;
    }
    const finished = running.mip?.done;
    if (finished) {
      running.mip = null;
      if (finished.bound !== null) bound = bound === null ? finished.bound : Math.max(bound, finished.bound);
      if (finished.values && land(exactValues(ix.model, finished.values))) stale = 0;
      // Proved optimal from the incumbent it was given: nothing is left for LNS to find.
      proved = finished.status === 'optimal';
      if (!proved) startMip();
    }
  }
  return { best, bound };
}

type Started = { readonly incumbent: BackendResult; readonly plan: CoveragePlan } | { readonly failed: BackendResult };

/**
 * The roster LNS starts from: the cheapest of the greedy roster, the caller's warm start and the
 * roster that follows the coverage plan; else pins only; else what a short full MIP finds.
 */
async function startingRoster(ix: ModelIndex, work: ModelIndex, options: SolveOptions, warm: BackendResult | null, total: number, wholeFits: boolean, report: ProgressReport, deadlineMs: number, pool: HighsPool | null): Promise<Started> {
  const greedyFrom = Date.now();
  let incumbent = cheaperStart(completeStart(work, greedyStart(work)), warm);
  // What building and completing a start costs on this model: the plan needs about that twice
  // over (its relaxation, then the planned start), on top of its solve.
  const startSeconds = (Date.now() - greedyFrom) / 1000;
  // A roster comes before a bound: breaks of hard minimums are repaired before the plan.
  if (incumbent.values !== null && !keepsHardRules(ix, incumbent)) incumbent = await repairHardRules(work, options, incumbent, Date.now() + REPAIR_SHARE * (deadlineMs - Date.now()), pool);
  const planShare = wholeFits ? Math.min(total * PLAN_SHARE, Math.max(PLAN_SECONDS, total * PLAN_LONG_SHARE)) : total * PLAN_SHARE;
  const planSeconds = Math.min(planShare, PLAN_SHARE * remaining(deadlineMs));
  report('plan', keepsHardRules(ix, incumbent) ? incumbent.objective : null, null);
  // Public Instance24 (1.69M columns) spent 36 s here with 24 s left: skipped when it cannot fit.
  const planFits = remaining(deadlineMs) > planSeconds + 2 * startSeconds;
  const plan: CoveragePlan = planFits ? await planCoverage(ix, options, planSeconds, keepsHardRules(ix, incumbent) ? incumbent.values ?? undefined : undefined) : { counts: null, bound: null };
  if (plan.counts && remaining(deadlineMs) > startSeconds) incumbent = cheaperStart(incumbent, completeStart(work, plannedStart(work, plan.counts)));
  if (incumbent.values === null) incumbent = completeStart(work, pinStart(work));
  if (incumbent.values === null) {
    const first = await highsBackend.solve(ix.model, { timeLimitSeconds: remaining(deadlineMs), seed: options.seed, gapTolerance: options.gapTolerance });
    if (first.status === 'infeasible' || first.values === null) return { failed: first };
    incumbent = first;
  }
  report('start', keepsHardRules(ix, incumbent) ? incumbent.objective : null, plan.bound);
  return { incumbent, plan };
}

/**
 * Default method for roster-size models: a start (greedy, warm, planned, pins only, else a short
 * full MIP), LNS to improve it, then the full MIP warm-started from the incumbent for the rest of
 * the time, which proves the bound and may improve the roster further.
 *
 * With hard minimum rules (minutes, stretches) the start and LNS run on the elastic model, where
 * breaking such a rule is allowed at a price far above every other term: a greedy roster rarely
 * keeps them, and HiGHS alone often finds no roster at all in the time. The analysts who break
 * them are re-planned first; only a roster that keeps every hard rule is returned.
 */
export const fixAndOptimise: SolveMethod = async (ix, options, deadlineMs, report) => {
  // The pool's threads start now, so they are loaded by the time LNS needs them.
  const pool = options.threads > 1 ? new HighsPool(options.threads) : null;
  try {
    return await optimise(ix, options, deadlineMs, report, pool);
  } finally {
    await pool?.close();
  }
};

async function optimise(ix: ModelIndex, options: SolveOptions, deadlineMs: number, report: ProgressReport, pool: HighsPool | null): Promise<MethodResult> {
  const total = Math.max(1, remaining(deadlineMs));
  const meta = { method: 'fix-and-optimise', backend: 'highs', variables: ix.model.columnCount, constraints: ix.model.rows.length };
  const wholeFits = ix.model.columnCount <= FULL_MIP_MAX_COLUMNS;
  const elastic = elasticModel(ix.model);
  const work: ModelIndex = elastic ? { ...ix, model: elastic } : ix;
  const warm = warmStart(ix, options.warmStart);
  const started = await startingRoster(ix, work, options, warm, total, wholeFits, report, deadlineMs, pool);
  if ('failed' in started) return { ...meta, status: started.failed.status, assignments: null, bound: started.failed.bound, message: started.failed.message };
  const { plan } = started;
  let incumbent = started.incumbent;
  if (elastic) incumbent = await repairHardRules(work, options, incumbent, deadlineMs, pool);
  const progress = (better: BackendResult): void => report('lns', keepsHardRules(ix, better) ? better.objective : null, plan.bound);
  progress(incumbent);
  // LNS ends at its share of the whole limit counted from the method's start (the plan came out of it).
  const lnsUntil = wholeFits ? deadlineMs - total * (1 - LNS_SHARE) * 1000 : deadlineMs;
  // With a step cap the run must repeat exactly, and a full MIP on the clock would not.
  const improved = await improve(work, options, incumbent, lnsUntil, progress, pool, wholeFits && options.lnsSteps === Infinity);
  incumbent = improved.best;
  const bound = bestBound(plan.bound, improved.bound);
  const feasible = keepsHardRules(ix, incumbent);
  const answer = (status: MethodResult['status'], chosen: BackendResult, bound: number | null): MethodResult => {
    // Never worse than the warm start, whatever the sub-MIPs' tolerances did to the model objective on the way.
    const roster = startIsCheaper(ix, chosen.values, warm) ? warm : chosen;
    return { ...meta, status: roster === chosen ? status : 'feasible', assignments: assignmentsOf(ix, roster.values as Float64Array), bound };
  };
  const broken = (bound: number | null): MethodResult => ({ ...meta, status: 'timedout', assignments: null, bound, message: brokenMessage(ix, incumbent) });
  if (!wholeFits || remaining(deadlineMs) < MIN_FINAL_SECONDS) return feasible ? answer('feasible', incumbent, bound) : broken(bound);
  report('mip', feasible ? incumbent.objective : null, bound);
  const final = await highsBackend.solve(ix.model, { timeLimitSeconds: remaining(deadlineMs), seed: options.seed, gapTolerance: options.gapTolerance, start: feasible ? incumbent.values as Float64Array : undefined });
  const useFinal = final.values !== null && final.objective !== null && (!feasible || final.objective <= (incumbent.objective as number) + 1e-9);
  if (!useFinal && !feasible) return broken(bestBound(final.bound, bound));
  return answer(final.status === 'optimal' && useFinal ? 'optimal' : 'feasible', useFinal ? final : incumbent, bestBound(final.bound, bound));
}

/** A roster keeps every hard rule when it exists and its elastic slacks are all zero. */
function keepsHardRules(ix: ModelIndex, result: BackendResult): boolean {
  return result.values !== null && elasticExcess(ix.model, result.values) <= 1e-6;
}

function brokenMessage(ix: ModelIndex, best: BackendResult): string {
  const excess = best.values ? elasticExcess(ix.model, best.values) : 0;
  return `No roster keeping every hard rule was found in time; the best one found still misses hard minimum rules by ${Math.round(excess)} unit(s) (minutes or days). Allow more time or relax those rules.`;
}

/** Both are valid lower bounds on the same optimum, so the larger one is too. */
function bestBound(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** Fisher-Yates with the given random source. */
function shuffled<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
