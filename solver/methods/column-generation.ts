import { highsBackend } from '../backends/highs-backend';
import type { ModelIndex } from '../model/candidates';
import { resettle, rowHolds, rowsHold } from '../model/complete';
import { LinearModel } from '../model/linear-model';
import { columnValues } from '../model/restrict';
import { COVERAGE, coverCost, frameOf, planWithRules, REPLAN_ROUNDS, rowFacts, rowKind, workedDays, type Choice, type Frame, type Multipliers, type Prices } from './replan';
import { exactValues } from './sub-mip';

/**
 * Column generation over whole-period plans, one analyst at a time, and a dive to a roster.
 *
 * The master holds, for each analyst, a choice of one plan among those generated so far, and
 * every row that ties analysts together: coverage targets with their shortfall and surplus,
 * fairness spreads, a learner's mentor. Rows of one analyst alone (stretches, minutes, weekends,
 * successions) live inside each plan. Its LP relaxation prices each row (the duals); the DP of
 * replan.ts then finds, per analyst, the plan cheapest at those prices, and a plan whose reduced
 * cost is negative joins the master. Once a whole round of analysts adds nothing, or the time is
 * up, the dive fixes analysts to the plans the LP leans to most, a share at a time, pricing the
 * others again after each LP, until every analyst has one plan. That roster is mapped back to
 * the model and checked row by row.
 *
 * The DP keeps template caps and weekends by Lagrange multipliers and prices some penalties
 * approximately, so it is not exact pricing: the master's LP value is not a valid bound, and is
 * not reported as one. Every plan's cost and coefficients are exact, worked out in the model
 * itself, so the roster's are too.
 */

/** One analyst's plan as a master column: its non-zero model columns, exact cost and master-row coefficients. */
interface Pattern {
  readonly analyst: number;
  readonly cols: Int32Array;
  readonly vals: Float64Array;
  readonly cost: number;
  readonly rows: Int32Array;
  readonly coefs: Float64Array;
}

/** How the model splits into the master and the analysts' own parts; found once per model. */
interface Shape {
  /** Master position of each model row, or -1 for a row of one analyst alone. */
  readonly rowPos: Int32Array;
  /** The model rows of the master, by position. */
  readonly masterRows: Int32Array;
  /** Columns owned by no analyst that sit in master rows: shortfall and surplus slacks, spreads. */
  readonly aux: Int32Array;
  /** Per model column: the analyst it belongs to (their work, or a slack of their own rows), else -1. */
  readonly ownerOf: Int32Array;
  /** Per analyst: the non-master rows their columns touch, all checked for every plan. */
  readonly ownRows: readonly Int32Array[];
  /** Per analyst: all their columns (work, indicators, private slacks). */
  readonly ownCols: readonly Int32Array[];
}

const shapes = new WeakMap<readonly unknown[], Shape>();

function shapeOf(ix: ModelIndex, rowsOf: readonly Int32Array[]): Shape {
  let shape = shapes.get(ix.model.meaning);
  if (shape) return shape;
  const m = ix.model;
  const owner = rowFacts(ix, rowsOf).owner;
  const rowCount = m.rows.length;
  // A row's analyst: -2 none, -1 several, else the one.
  const rowOwner = new Int32Array(rowCount).fill(-2);
  for (let i = 0; i < rowCount; i++) {
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
      const a = owner[m.rowIndices[k]];
      if (a < 0 || rowOwner[i] === a) continue;
      rowOwner[i] = rowOwner[i] === -2 ? a : -1;
      if (rowOwner[i] === -1) break;
    }
  }
  const master = Uint8Array.from(rowOwner, (a) => (a < 0 ? 1 : 0));
  // A column of no analyst is private to one when all its rows are that analyst's alone; else
  // it is in the master, and so is every row it is in.
  const ownerOf = Int32Array.from(owner);
  for (let changed = true; changed;) {
    changed = false;
    for (let j = 0; j < m.columnCount; j++) {
      if (owner[j] >= 0) continue;
      let single = -2;
      let inMaster = false;
      for (const i of rowsOf[j]) {
        if (master[i]) inMaster = true;
        else if (single === -2) single = rowOwner[i];
        else if (single !== rowOwner[i]) inMaster = true;
      }
      ownerOf[j] = inMaster || single < 0 ? -1 : single;
      if (!inMaster) continue;
      for (const i of rowsOf[j]) {
        if (master[i]) continue;
        master[i] = 1;
        changed = true;
      }
    }
  }
  const masterRows: number[] = [];
  const rowPos = new Int32Array(rowCount).fill(-1);
  for (let i = 0; i < rowCount; i++) if (master[i]) rowPos[i] = masterRows.push(i) - 1;
  const aux: number[] = [];
  const ownCols = ix.problem.analysts.map((): number[] => []);
  for (let j = 0; j < m.columnCount; j++) {
    if (ownerOf[j] >= 0) ownCols[ownerOf[j]].push(j);
    else if (rowsOf[j].some((i) => master[i])) aux.push(j);
  }
  const ownRows = ownCols.map((cols) => Int32Array.from(new Set(cols.flatMap((j) => [...rowsOf[j]].filter((i) => !master[i])))));
  shape = { rowPos, masterRows: Int32Array.from(masterRows), aux: Int32Array.from(aux), ownerOf, ownRows, ownCols: ownCols.map((c) => Int32Array.from(c)) };
  shapes.set(ix.model.meaning, shape);
  return shape;
}

/** Time limit of one solve of the master LP (it takes tens of milliseconds on public Instance8). */
const LP_SECONDS = 10;
/**
 * At each step a dive fixes at least one in DIVE_STEPS of the analysts still open. Public
 * instances at 30 s, dive / final roster: Instance8 1,843-2,270 / 1,451-1,730 with 8,
 * 2,167 / 1,520 with 32; Instance14 2,285-2,392 / 1,530-1,617 with 8, 1,893 / 1,449 with 32;
 * Instance15 6,424 / 4,946-5,166 with 8, 6,234 / 4,788 with 32. Finer dives take more steps, so
 * the time left can make them coarser (see dive).
 */
const DIVE_STEPS = 32;
/** Reduced costs above this are not worth a column. */
const RC_TOL = 1e-6;

export class ColumnGeneration {
  private readonly shape: Shape;
  private readonly coefs: Float32Array[];
  private readonly analysts: number[];
  private readonly patterns: Pattern[] = [];
  /** Each plan's analyst, columns and values, so none is added twice. */
  private readonly seen = new Set<string>();
  /** All zeros outside a plan being worked out. */
  private readonly scratch: Float64Array;
  /** The master LP's duals: master rows, then one convexity row per analyst in `analysts`. */
  private duals: Float64Array | null = null;
  private cursor = 0;
  /** Per analyst (by position in `analysts`), the pricing multipliers of their last plan. */
  private readonly multipliers: Multipliers[];
  /** Milliseconds spent pricing; plans priced with warm multipliers, and the milliseconds they took. */
  private pricingMs = 0;
  private warmPriced = 0;
  private warmMs = 0;
  /** Analysts priced since a column was last added. */
  private quiet = 0;
  /** Milliseconds the last step of the dive took. */
  private diveStepMs = 0;
  /** The master LP's primal values at its last solve. */
  private primal: Float64Array | null = null;
  /** Per analyst position: the plan the dive fixed them to, or -1. */
  private readonly fixed: Int32Array;
  /** Analysts not yet fixed. */
  private open: number;
  private readonly slot: ReadonlyMap<number, number>;
  /** The master LP's value at its last solve. */
  lpValue: number | null = null;

  constructor(private readonly ix: ModelIndex, private readonly rowsOf: readonly Int32Array[], incumbent: Float64Array) {
    this.shape = shapeOf(ix, rowsOf);
    this.coefs = columnValues(ix.model);
    this.scratch = new Float64Array(ix.model.columnCount);
    this.analysts = ix.problem.analysts.map((_, a) => a).filter((a) => frameOf(ix, rowsOf, a).mine.length > 0);
    this.multipliers = this.analysts.map(() => ({ lambdas: [] }));
    this.fixed = new Int32Array(this.analysts.length).fill(-1);
    this.open = this.analysts.length;
    this.slot = new Map(this.analysts.map((a, k) => [a, k]));
    this.addRoster(incumbent);
  }

  /** Adds the plans of a roster (the incumbent), so the master holds it. */
  private addRoster(values: Float64Array): void {
    for (const a of this.analysts) {
      const pattern = this.patternFrom(a, values);
      if (pattern && this.add(pattern)) this.duals = null;
    }
  }

  /** Whether a whole round of the analysts not yet fixed found no plan worth adding at the last duals. */
  get converged(): boolean {
    return this.duals !== null && this.quiet >= this.open;
  }

  /** Whether the dive has fixed every analyst to a plan. */
  get dived(): boolean {
    return this.open === 0;
  }

  /**
   * One step of pricing: solves the master LP when it has changed, then prices analysts in turn
   * until `untilMs`, adding each plan with a negative reduced cost. False when the LP failed.
   */
  async step(untilMs: number): Promise<boolean> {
    if (this.duals === null && !(await this.solveLp())) return false;
    this.price(untilMs);
    return true;
  }

  /**
   * One step of the dive: at the master LP's optimum, fixes every analyst whose plan is already
   * whole, and at least one in DIVE_STEPS of the others (those whose plans are nearest whole),
   * more when the steps left before `deadlineMs` would not reach the end at that pace; then
   * prices the others at the new duals until `untilMs`. False when the LP failed (the fixed
   * plans cannot be completed).
   */
  async dive(untilMs: number, deadlineMs: number): Promise<boolean> {
    const started = Date.now();
    if (this.duals === null && !(await this.solveLp())) return false;
    const primal = this.primal as Float64Array;
    const base = this.shape.aux.length;
    // Each open analyst's plan nearest whole; those at 1 are fixed, and at least a share of the
    // open ones (the nearest whole first).
    const nearest = new Int32Array(this.analysts.length).fill(-1);
    this.patterns.forEach((p, k) => {
      const pos = this.slot.get(p.analyst) as number;
      if (this.fixed[pos] < 0 && (nearest[pos] < 0 || primal[base + k] > primal[base + nearest[pos]])) nearest[pos] = k;
    });
    const ranked = [...nearest].filter((k) => k >= 0).sort((p, q) => primal[base + q] - primal[base + p] || p - q);
    const stepsLeft = this.diveStepMs > 0 ? Math.max(1, Math.floor((deadlineMs - started) / this.diveStepMs)) : DIVE_STEPS;
    const share = Math.max(1, Math.ceil(this.open / DIVE_STEPS), Math.ceil(this.open / stepsLeft));
    ranked.forEach((k, rank) => {
      if (rank < share || primal[base + k] > 1 - 1e-6) this.fixed[this.slot.get(this.patterns[k].analyst) as number] = k;
    });
    this.open = this.fixed.reduce((n, k) => n + (k < 0 ? 1 : 0), 0);
    if (!(await this.solveLp())) return false;
    this.price(untilMs);
    this.diveStepMs = Date.now() - started;
    return true;
  }

  /**
   * The roster of the plans the dive fixed, on top of `incumbent` (every analyst's columns are
   * replaced), its slacks worked out again; null until the dive is done or when it breaks a row.
   */
  divedRoster(incumbent: Float64Array): Float64Array | null {
    if (!this.dived) return null;
    const values = Float64Array.from(incumbent);
    for (const k of this.fixed) {
      const p = this.patterns[k];
      for (const j of this.shape.ownCols[p.analyst]) values[j] = 0;
      p.cols.forEach((j, t) => { values[j] = p.vals[t]; });
    }
    const exact = exactValues(this.ix.model, values);
    return rowsHold(this.ix.model, exact) ? exact : null;
  }

  private async solveLp(): Promise<boolean> {
    const lp = await highsBackend.solve(this.master(), { timeLimitSeconds: LP_SECONDS, seed: 1, gapTolerance: 0, relaxation: true, duals: true });
    if (!lp.duals || !lp.values) return false;
    this.duals = lp.duals;
    this.primal = lp.values;
    this.lpValue = lp.objective;
    this.quiet = 0;
    return true;
  }

  /**
   * Seconds one round of pricing over every analyst takes once their multipliers are warm,
   * measured once a third of them were priced warm; null before.
   */
  get secondsPerRound(): number | null {
    return this.warmPriced * 3 < this.analysts.length || this.warmPriced === 0 ? null : (this.warmMs / this.warmPriced) * this.analysts.length / 1000;
  }

  /** Seconds spent pricing so far. */
  get pricingSeconds(): number {
    return this.pricingMs / 1000;
  }

  private price(untilMs: number): void {
    const duals = this.duals as Float64Array;
    const from = performance.now();
    let count = 0;
    let added = false;
    while (this.quiet < this.open && (Date.now() < untilMs || count === 0)) {
      const k = this.cursor++ % this.analysts.length;
      if (this.fixed[k] >= 0) continue;
      const a = this.analysts[k];
      const frame = frameOf(this.ix, this.rowsOf, a);
      count++;
      const warm = this.multipliers[k].lambdas.length > 0;
      const started = performance.now();
      const plan = planWithRules(this.ix, a, frame, this.dualPrices(a, frame, duals), REPLAN_ROUNDS, this.multipliers[k]);
      if (warm) {
        this.warmPriced++;
        this.warmMs += performance.now() - started;
      }
      const pattern = plan ? this.patternOf(a, frame, plan) : null;
      const rc = pattern ? pattern.cost - this.dualValue(pattern, duals) - duals[this.shape.masterRows.length + k] : 0;
      if (pattern && rc < -RC_TOL && this.add(pattern)) {
        added = true;
        this.quiet = 0;
      } else this.quiet++;
    }
    if (added) this.duals = null;
    this.pricingMs += performance.now() - from;
  }

  /** Adds a plan unless the master holds it already; whether it was added. */
  private add(pattern: Pattern): boolean {
    const key = `${pattern.analyst}:${pattern.cols.join(',')}:${pattern.vals.join(',')}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.patterns.push(pattern);
    return true;
  }

  private dualValue(pattern: Pattern, duals: Float64Array): number {
    let sum = 0;
    pattern.rows.forEach((pos, t) => { sum += duals[pos] * pattern.coefs[t]; });
    return sum;
  }

  /** The master: its aux columns, then one column per plan; master rows, then one convexity row per analyst. */
  private master(): LinearModel {
    const m = this.ix.model;
    const { aux, masterRows, rowPos } = this.shape;
    const model = new LinearModel();
    model.offset = m.offset;
    const entries = Array.from(masterRows, (): [number[], number[]] => [[], []]);
    aux.forEach((j, k) => {
      model.addColumn(m.meaning[j], m.cost[j], m.lower[j], m.upper[j], false);
      this.rowsOf[j].forEach((i, t) => {
        const pos = rowPos[i];
        if (pos < 0) return;
        entries[pos][0].push(k);
        entries[pos][1].push(this.coefs[j][t]);
      });
    });
    const convexity = this.analysts.map((): number[] => []);
    this.patterns.forEach((p, k) => {
      const fixedTo = this.fixed[this.slot.get(p.analyst) as number];
      const col = model.addColumn({ kind: 'aux', rule: 'plan', ref: String(p.analyst) }, p.cost, fixedTo === k ? 1 : 0, fixedTo < 0 || fixedTo === k ? 1 : 0, false);
      p.rows.forEach((pos, t) => {
        entries[pos][0].push(col);
        entries[pos][1].push(p.coefs[t]);
      });
      convexity[this.slot.get(p.analyst) as number].push(col);
    });
    masterRows.forEach((i, pos) => model.addRow(m.rows[i].label, entries[pos][0], entries[pos][1], m.rows[i].lower, m.rows[i].upper));
    convexity.forEach((cols, k) => model.addRow(`one plan ${this.analysts[k]}`, cols, cols.map(() => 1), 1, 1));
    return model;
  }

  /** The analyst's shift choices priced at the master's duals. */
  private dualPrices(a: number, frame: Frame, duals: Float64Array): Prices {
    const m = this.ix.model;
    const { rowPos } = this.shape;
    const facts = rowFacts(this.ix, this.rowsOf);
    const rowPrice = (j: number): number => {
      let price = 0;
      this.rowsOf[j].forEach((i, t) => {
        const pos = rowPos[i];
        const coef = this.coefs[j][t];
        if (pos >= 0) price -= duals[pos] * coef;
        else if (rowKind(this.ix, facts, i) === COVERAGE) price += coverCost(this.ix, facts, i, coef) - coverCost(this.ix, facts, i, 0);
      });
      return price;
    };
    const forced = new Int32Array(frame.days.length).fill(-1);
    const choices = frame.days.map((list, d) => list.map((option) => {
      const out: Choice[] = [];
      const workPrice = m.cost[option.work] + rowPrice(option.work);
      for (const x of option.assigns) {
        if (m.upper[x] < 0.5) continue;
        if (m.lower[x] > 0.5) forced[d] = x;
        const cost = x === option.work ? workPrice : workPrice + m.cost[x] + rowPrice(x);
        out.push({ col: x, cost, development: this.ix.candidateAt(x).access.kind === 'development' });
      }
      return out;
    }));
    const weekends = this.ix.weekendCols[a];
    const weekendCharge = weekends.length ? weekends.reduce((sum, j) => sum + m.cost[j] + rowPrice(j), 0) / weekends.length : 0;
    return { choices, forced, weekendCharge };
  }

  /** The analyst's plan as worked out in the model on top of the columns it sets; null when it breaks a row of theirs. */
  private patternOf(a: number, frame: Frame, plan: Int32Array): Pattern | null {
    const values = this.scratch;
    for (const w of workedDays(this.ix, frame, plan)) {
      values[w.col] = 1;
      values[w.option.work] = 1;
    }
    const pattern = this.patternFrom(a, values);
    for (const j of frame.mine) values[j] = 0;
    return pattern;
  }

  /** The analyst's part of `source` as a pattern, their indicators and private slacks worked out again. */
  private patternFrom(a: number, source: Float64Array): Pattern | null {
    const frame = frameOf(this.ix, this.rowsOf, a);
    const own = this.shape.ownCols[a];
    // Worked out in a scratch vector that is all zeros outside the analyst's own columns: their
    // own rows hold nothing else.
    const values = this.scratch;
    for (const j of frame.mine) values[j] = source[j];
    const pattern = this.settled(a, frame, values);
    for (const j of own) values[j] = 0;
    return pattern;
  }

  private settled(a: number, frame: Frame, values: Float64Array): Pattern | null {
    const m = this.ix.model;
    const own = this.shape.ownCols[a];
    resettle(m, this.rowsOf, values, Array.from(own).filter((j) => !frame.isMine.has(j)), []);
    for (const i of this.shape.ownRows[a]) if (!rowHolds(m, i, values)) return null;
    const cols: number[] = [];
    const vals: number[] = [];
    let cost = 0;
    const master = new Map<number, number>();
    for (const j of own) {
      if (values[j] === 0) continue;
      cols.push(j);
      vals.push(values[j]);
      cost += m.cost[j] * values[j];
      this.rowsOf[j].forEach((i, t) => {
        const pos = this.shape.rowPos[i];
        if (pos >= 0) master.set(pos, (master.get(pos) ?? 0) + this.coefs[j][t] * values[j]);
      });
    }
    return { analyst: a, cols: Int32Array.from(cols), vals: Float64Array.from(vals), cost, rows: Int32Array.from(master.keys()), coefs: Float64Array.from(master.values()) };
  }
}
