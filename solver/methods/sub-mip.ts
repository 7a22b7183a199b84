import { highsBackend } from '../backends/highs-backend';
import type { HighsPool } from '../backends/highs-pool';
import type { BackendRequest, BackendResult } from '../backends/lp-backend';
import type { ModelIndex } from '../model/candidates';
import { assignmentColumns, isSlack } from '../model/columns';
import { ELASTIC_RULE } from '../model/elastic';
import { completeByPropagation, resettle } from '../model/complete';
import type { LinearModel } from '../model/linear-model';
import { columnRows, reachableAux, restrictModel } from '../model/restrict';
import type { SolveOptions } from '../options';
import type { Neighbourhood } from './neighbourhoods';
import { REPLAN_ROUNDS, replanAnalyst } from './replan';

/** Sub-MIPs over part of the roster with the rest fixed: LNS steps and the repair of hard minimums. */

/** Branch-and-bound nodes per sub-MIP. */
const LNS_NODES = 500;

/**
 * The columns a neighbourhood frees: its assignment and work columns, its analysts' weekend
 * indicators, and the slacks those drive (one hop through rows). Other analysts' work and
 * weekend columns stay fixed, so fairness rows of the others only bound the group's max and min.
 */
function freedColumns(ix: ModelIndex, rowsOf: readonly Int32Array[], hood: Neighbourhood): number[] {
  const seeds: number[] = [];
  const assign = assignmentColumns(ix);
  for (const a of hood.analysts) {
    for (let d = hood.firstDate; d <= hood.lastDate; d++) seeds.push(...assign[a][d], ...ix.byAnalystDate[a][d]);
    seeds.push(...ix.weekendCols[a]);
  }
  return reachableAux(ix.model, rowsOf, seeds, (j) => isSlack(ix, j), 1);
}

/**
 * The backend's values with integer columns rounded and the continuous ones (slacks) worked out
 * again from them, so the objective is the evaluator's to the last digit rather than off by the
 * backend's tolerance (a slack at 0.99999999 times a price of 800).
 */
export function exactValues(model: LinearModel, values: Float64Array): Float64Array {
  const rounded = Float64Array.from(values, (v, j) => (model.integer[j] ? Math.round(v) : v));
  return completeByPropagation(model, rounded, (j) => model.integer[j]) ?? values;
}

/** A neighbourhood as a sub-MIP: the restricted model, its full-model columns and the roster it was cut from. */
export interface SubMip {
  readonly model: LinearModel;
  readonly columns: readonly number[];
  readonly base: Float64Array;
  /** The freed slacks and indicators (not assignment or work columns): worked out again if the roster moved on. */
  readonly slacks: readonly number[];
}

/** Cuts one neighbourhood out of the incumbent as a small sub-MIP. */
export function neighbourhoodMip(ix: ModelIndex, rowsOf: readonly Int32Array[], hood: Neighbourhood, best: Float64Array): SubMip {
  const { model, columns } = restrictModel(ix.model, freedColumns(ix, rowsOf, hood), best, rowsOf);
  const slacks = columns.filter((j) => isSlack(ix, j));
  return { model, columns, base: best, slacks };
}

/** The request for a sub-MIP, started from the roster it was cut from. */
export function subMipRequest(sub: SubMip, options: SolveOptions, seconds: number): BackendRequest {
  // A node cap, not only the clock, ends each sub-MIP, so a run with a fixed number of steps
  // repeats exactly whatever the machine's load.
  return { timeLimitSeconds: seconds, seed: options.seed, gapTolerance: 1e-4, start: Float64Array.from(sub.columns, (j) => sub.base[j]), highsOptions: { mip_max_nodes: LNS_NODES } };
}

/**
 * The roster `current` with the sub-MIP's answer put in, when that is cheaper; else null (no
 * answer, no longer fits, or no better). `current` may have moved on since the sub-MIP was cut
 * (another sub-MIP solved alongside landed first): then the freed slacks are worked out again
 * against it and the rows the answer touches are checked, so the result is always an exact,
 * feasible roster. The answer is tried in place and undone, so only a better roster is copied
 * (a copy of an L roster is 7 MB, and most answers are no better).
 */
export function applySubMip(ix: ModelIndex, rowsOf: readonly Int32Array[], sub: SubMip, result: BackendResult, current: Float64Array): Float64Array | null {
  if (!result.values) return null;
  const local = exactValues(sub.model, result.values);
  const saved = Float64Array.from(sub.columns, (j) => current[j]);
  sub.columns.forEach((j, l) => { current[j] = local[l]; });
  const fits = current === sub.base || resettle(ix.model, rowsOf, current, sub.slacks, sub.columns);
  let change = 0;
  sub.columns.forEach((j, l) => { change += ix.model.cost[j] * (current[j] - saved[l]); });
  const next = fits && change < -1e-9 ? Float64Array.from(current) : null;
  sub.columns.forEach((j, l) => { current[j] = saved[l]; });
  return next;
}

/**
 * Sub-MIPs under way, one per pool thread (or one on the calling thread without a pool), handed
 * back in the order they were sent. Callers cut the next sub-MIP only after the one before it
 * has landed, so what they do never depends on which thread finishes first.
 */
export class SubMipQueue {
  private readonly queue: { sub: SubMip; answer: Promise<BackendResult>; ready: boolean }[] = [];

  constructor(private readonly pool: HighsPool | null) {}

  /** Sub-MIPs that may run side by side: the pool's threads, less `reserved` of them. */
  lanes(reserved = 0): number {
    return Math.max(1, (this.pool?.size ?? 1) - reserved);
  }

  get length(): number {
    return this.queue.length;
  }

  send(sub: SubMip, request: BackendRequest): void {
    const entry = { sub, answer: this.pool ? this.pool.solve(sub.model, request) : highsBackend.solve(sub.model, request), ready: false };
    void entry.answer.then(() => { entry.ready = true; });
    this.queue.push(entry);
  }

  /** Whether the oldest sub-MIP's answer has come (false when none is under way). */
  get oldestReady(): boolean {
    return this.queue.length > 0 && this.queue[0].ready;
  }

  /** The oldest sub-MIP and its answer, or null when none is under way. */
  async oldest(): Promise<{ sub: SubMip; result: BackendResult } | null> {
    const first = this.queue.shift();
    return first ? { sub: first.sub, result: await first.answer } : null;
  }
}

/** An elastic slack column of one analyst, and the dates its rule row spans. */
interface ElasticSlack {
  readonly col: number;
  readonly firstDate: number;
  readonly lastDate: number;
}

const elasticIndex = new WeakMap<readonly unknown[], ElasticSlack[][]>();

/** Elastic slack columns per analyst (in rows that touch their work), with their dates, found once per model. */
function elasticColumns(ix: ModelIndex, rowsOf: readonly Int32Array[]): ElasticSlack[][] {
  let index = elasticIndex.get(ix.model.meaning);
  if (!index) {
    // Each row is scanned once: an analyst's period rows (minimum minutes) hold every one of
    // their shifts, and scanning them once per shift was quadratic (Instance23: 57 s).
    const inRow = new Map<number, number[]>();
    const elasticIn = (i: number): number[] => {
      let found = inRow.get(i);
      if (!found) {
        found = [];
        for (let k = ix.model.rowStarts[i]; k < ix.model.rowStarts[i + 1]; k++) {
          const c = ix.model.rowIndices[k];
          const meaning = ix.model.meaning[c];
          if (meaning.kind === 'aux' && meaning.rule === ELASTIC_RULE) found.push(c);
        }
        inRow.set(i, found);
      }
      return found;
    };
    index = ix.byAnalystDate.map((days) => {
      const spans = new Map<number, [number, number]>();
      days.forEach((cols, d) => {
        for (const j of cols) {
          for (const i of rowsOf[j]) {
            for (const c of elasticIn(i)) {
              const span = spans.get(c);
              spans.set(c, span ? [Math.min(span[0], d), Math.max(span[1], d)] : [d, d]);
            }
          }
        }
      });
      return [...spans].map(([col, [firstDate, lastDate]]) => ({ col, firstDate, lastDate }));
    });
    elasticIndex.set(ix.model.meaning, index);
  }
  return index;
}

/**
 * Whether re-planning analyst `a` over the dates `first..last` can mend a break: some broken
 * rule of theirs spans a date in it (a stretch break is local; minimum minutes span the period).
 */
function breaksIn(ix: ModelIndex, rowsOf: readonly Int32Array[], a: number, values: Float64Array, first: number, last: number): boolean {
  return elasticColumns(ix, rowsOf)[a].some((e) => values[e.col] > 1e-6 && e.firstDate <= last && e.lastDate >= first);
}

/** Elastic slack of one analyst: the breaks of hard minimum rules in rows that touch their work. */
function analystExcess(ix: ModelIndex, rowsOf: readonly Int32Array[], a: number, values: Float64Array): number {
  return elasticColumns(ix, rowsOf)[a].reduce((sum, e) => sum + values[e.col], 0);
}

/** Most passes over the analysts whose hard minimum rules break; passes stop sooner once one mends nothing. */
const REPAIR_PASSES = 12;
/**
 * Longest window of dates one repair sub-MIP re-plans. A longer period is repaired window by
 * window (the rest of the analyst's roster fixed), later passes with windows shifted by half, so
 * each sub-MIP stays small however long the period.
 */
const REPAIR_WINDOW_DAYS = 56;
/** Time and node limits of a deep sub-MIP over one analyst's whole period. */
const DEEP_SECONDS = 10;
const DEEP_NODES = 50000;

/**
 * Hard minimum rules (minutes, stretches) concern one analyst each, so a roster that breaks them
 * is repaired analyst by analyst. Each pass first re-plans every broken analyst's whole period by
 * DP (replan.ts); then each sub-MIP re-plans one analyst's period (or a window of it) with
 * everything else fixed, later passes add a few analysts who share a queue, and from the third
 * pass a deep sub-MIP over the whole period comes first. The price of a break makes each
 * re-plan keep the rules whenever it can.
 *
 * A pass goes window by window and, within a window, through the analysts still broken, so
 * that with a pool the sub-MIPs side by side are mostly of different analysts. They land in the
 * order they were sent out (see applySubMip), and the next one is cut after the one before it
 * has landed, so the repair does not depend on which thread finishes first.
 */
export async function repairHardRules(ix: ModelIndex, options: SolveOptions, start: BackendResult, untilMs: number, pool: HighsPool | null = null): Promise<BackendResult> {
  let best = start;
  const rowsOf = columnRows(ix.model);
  const days = ix.dates.length;
  const window = Math.min(days, REPAIR_WINDOW_DAYS);
  let before: BackendResult | null = null;
  for (let pass = 0; pass < REPAIR_PASSES; pass++) {
    const broken = ix.problem.analysts.map((_, a) => a).filter((a) => analystExcess(ix, rowsOf, a, best.values as Float64Array) > 1e-6);
    if (broken.length === 0 || (pass > 0 && best === before)) break;
    before = best;
    // First each broken analyst's whole period by DP, which keeps their stretch rules exactly
    // and takes milliseconds; the sub-MIPs below then take on what it could not mend alone.
    // Later passes give the multipliers more rounds: the few analysts left have tight rules.
    for (const a of broken) {
      if (remaining(untilMs) < 0.5) break;
      const values = replanAnalyst(ix, rowsOf, best.values as Float64Array, a, REPLAN_ROUNDS * Math.min(4, pass + 1));
      if (values !== null) best = { status: 'feasible', objective: ix.model.objectiveOf(values), bound: null, values };
    }
    if (!ix.problem.analysts.some((_, a) => analystExcess(ix, rowsOf, a, best.values as Float64Array) > 1e-6)) break;
    const shift = pass % 2 === 1 && window < days ? Math.floor(window / 2) : 0;
    const tasks: { a: number; first: number; last: number; whole: boolean }[] = [];
    // From the third pass, an analyst the DP could not mend gets one deep sub-MIP over the whole
    // period first: exact where the DP's multipliers miss (Instance22's last break: 5 s).
    if (pass >= 2) for (const a of broken) tasks.push({ a, first: 0, last: days - 1, whole: true });
    for (let first = shift > 0 ? -shift : 0; first < days; first += window) for (const a of broken) tasks.push({ a, first: Math.max(0, first), last: Math.min(days - 1, first + window - 1), whole: false });
    const queue = new SubMipQueue(pool);
    let next = 0;
    const send = (): boolean => {
      for (; next < tasks.length; next++) {
        const { a, first: firstDate, last: lastDate, whole } = tasks[next];
        // Only windows where a broken rule of the analyst lies: a year-long period has seven.
        if (!breaksIn(ix, rowsOf, a, best.values as Float64Array, firstDate, lastDate)) continue;
        const left = remaining(untilMs);
        if (left < 0.5) return false;
        const hood = { analysts: new Set([a, ...(pass > 0 && !whole ? neighboursOf(ix, a, pass) : [])]), firstDate, lastDate };
        const sub = neighbourhoodMip(ix, rowsOf, hood, best.values as Float64Array);
        const request = subMipRequest(sub, options, Math.min(left, whole ? DEEP_SECONDS : 2));
        queue.send(sub, whole ? { ...request, highsOptions: { mip_max_nodes: DEEP_NODES } } : request);
        next++;
        return true;
      }
      return false;
    };
    for (;;) {
      while (queue.length < queue.lanes() && send());
      const oldest = await queue.oldest();
      if (!oldest) break;
      const values = applySubMip(ix, rowsOf, oldest.sub, oldest.result, best.values as Float64Array);
      const objective = values ? ix.model.objectiveOf(values) : Infinity;
      if (values !== null && objective < (best.objective as number) - 1e-6) best = { status: 'feasible', objective, bound: null, values };
    }
    if (remaining(untilMs) < 0.5) break;
  }
  return best;
}

/** On later passes a broken analyst is re-planned with a few others who share a queue, so shifts can move between them. */
function neighboursOf(ix: ModelIndex, a: number, pass: number): number[] {
  const count = Math.min(3, pass);
  const mine = new Set(ix.candidates.filter((c) => c.analystIdx === a).map((c) => c.queue.id));
  const others = new Set<number>();
  for (const c of ix.candidates) {
    if (others.size >= count) break;
    if (c.analystIdx !== a && mine.has(c.queue.id) && (c.analystIdx * 7919 + a) % 5 === pass % 5) others.add(c.analystIdx);
  }
  return [...others];
}

const remaining = (untilMs: number): number => (untilMs - Date.now()) / 1000;
