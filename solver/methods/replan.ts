import type { ModelIndex } from '../model/candidates';
import { assignmentColumns, isSlack } from '../model/columns';
import { resettle } from '../model/complete';
import { columnValues, reachableAux } from '../model/restrict';
import type { FlexibleRule, ShiftInstance } from '../problem';
import { isoWeekday, isoWeekKey } from '../time';

/**
 * Re-planning one analyst over the whole period with everyone else fixed, by dynamic
 * programming over that analyst's days: the pricing step of column generation, used here as a
 * move. A sub-MIP over a long period is slow and a window of it cannot see a rule that spans the
 * windows; the DP takes milliseconds for a year and keeps the stretch rules exactly.
 *
 * The DP's state on a date is what the analyst's rules look back at: the shift worked the day
 * before (for rest and forbidden successions), the length of the current working stretch or
 * stretch off, and whether that stretch began on the period's first day (stretches cut by the
 * period's edges are not held to the minimums, as in the model). Rules that add up over the
 * period (minutes per period and per week, shifts per template, weekends, development shifts)
 * are priced with Lagrange multipliers, adjusted until the plan keeps them. Coverage is priced at
 * the margin the analyst's shift makes to each target, given who else works. The plan found is
 * then put into the model, its slacks worked out and every row it touches checked, so what is
 * kept is exact and feasible whatever the DP's estimates were.
 */

/** A shift the analyst may work on one date: its work column and its assignment columns (one per queue). */
interface DayShift {
  readonly shift: ShiftInstance;
  readonly work: number;
  readonly assigns: readonly number[];
  /** Index of the shift's ISO week among the period's weeks. */
  readonly week: number;
  /** Index of the template among the analyst's capped templates, or -1. */
  readonly template: number;
}

/** What re-planning one analyst needs that does not change with the roster. */
export interface Frame {
  readonly days: readonly (readonly DayShift[])[];
  /** The analyst's assignment and work columns. */
  readonly mine: readonly number[];
  readonly isMine: ReadonlySet<number>;
  /** Weekend indicators and the slacks in rows of the analyst's columns: worked out again after a re-plan. */
  readonly settle: readonly number[];
  readonly weekday: Uint8Array;
  readonly weeks: number;
  readonly templates: readonly string[];
  /** follows[d][p * n + s]: shift s on date d may follow shift p on the date before (rest and successions). */
  readonly follows: readonly Uint8Array[];
}

/** How each row of the model concerns one analyst's re-plan, and where its coverage slacks are. */
interface RowFacts {
  /** Analyst owning an assignment, work or weekend column; -1 for slacks and shared indicators. */
  readonly owner: Int32Array;
  /** 0 not yet known, 1 coverage (priced at the margin), 2 shared by analysts (must hold), 3 one analyst's own. */
  readonly kind: Int8Array;
  readonly shortfall: Int32Array;
  readonly surplus: Int32Array;
}

export const COVERAGE = 1;
const SHARED = 2;
const OWN = 3;

/** Price of one unit of a broken hard rule inside the DP: above any roster's cost, so it is a last resort. */
const HARD = 1e9;
/** Lagrangian rounds per re-plan by default; most re-plans keep every summed rule after a few. */
export const REPLAN_ROUNDS = 40;
/** Rounds after the first plan that keeps the summed rules. */
const ROUNDS_AFTER_KEPT = 6;
/** Round from which rules still exceeded also ban uses (see banExcess). */
const BAN_FROM = 12;
/** Round whose step size warm-started multipliers begin with. */
const WARM_ROUND = 8;
const TOL = 1e-6;

const factsCache = new WeakMap<readonly unknown[], RowFacts>();
const frameCache = new WeakMap<readonly unknown[], Map<number, Frame>>();

export function rowFacts(ix: ModelIndex, rowsOf: readonly Int32Array[]): RowFacts {
  let facts = factsCache.get(ix.model.meaning);
  if (facts) return facts;
  const m = ix.model;
  const owner = new Int32Array(m.columnCount).fill(-1);
  ix.byAnalyst.forEach((cols, a) => { for (const j of cols) owner[j] = a; });
  ix.weekendCols.forEach((cols, a) => { for (const j of cols) owner[j] = a; });
  for (const c of ix.candidates) owner[c.col] = c.analystIdx;
  const shortfall = new Int32Array(m.rows.length).fill(-1);
  const surplus = new Int32Array(m.rows.length).fill(-1);
  for (let j = 0; j < m.columnCount; j++) {
    const meaning = m.meaning[j];
    if (meaning.kind !== 'aux' || (meaning.rule !== 'shortfall' && meaning.rule !== 'surplus')) continue;
    for (const i of rowsOf[j]) (meaning.rule === 'shortfall' ? shortfall : surplus)[i] = j;
  }
  facts = { owner, kind: new Int8Array(m.rows.length), shortfall, surplus };
  factsCache.set(ix.model.meaning, facts);
  return facts;
}

export function rowKind(ix: ModelIndex, facts: RowFacts, i: number): number {
  if (facts.kind[i] !== 0) return facts.kind[i];
  const m = ix.model;
  let kind = OWN;
  if (facts.shortfall[i] >= 0 || facts.surplus[i] >= 0) kind = COVERAGE;
  else {
    let first = -1;
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
      const a = facts.owner[m.rowIndices[k]];
      if (a < 0) continue;
      if (first < 0) first = a;
      else if (a !== first) {
        kind = SHARED;
        break;
      }
    }
  }
  facts.kind[i] = kind;
  return kind;
}

export function frameOf(ix: ModelIndex, rowsOf: readonly Int32Array[], a: number): Frame {
  let frames = frameCache.get(ix.model.meaning);
  if (!frames) {
    frames = new Map();
    frameCache.set(ix.model.meaning, frames);
  }
  const cached = frames.get(a);
  if (cached) return cached;
  const analyst = ix.problem.analysts[a];
  const templates = Object.keys(analyst.rules?.maxShiftsPerTemplate ?? {});
  const weekKeys = [...new Set(ix.dates.map(isoWeekKey))];
  const assign = assignmentColumns(ix);
  const days = ix.dates.map((date, d) => ix.byAnalystDate[a][d].map((work): DayShift => {
    const shift = ix.shiftOf(work);
    return {
      shift, work,
      assigns: assign[a][d].filter((x) => ix.candidateAt(x).shift.id === shift.id),
      week: weekKeys.indexOf(isoWeekKey(date)),
      template: templates.indexOf(shift.templateId),
    };
  }));
  const mine = [...new Set(days.flatMap((list) => list.flatMap((o) => [o.work, ...o.assigns])))].sort((p, q) => p - q);
  const isMine = new Set(mine);
  const settle = reachableAux(ix.model, rowsOf, [...mine, ...ix.weekendCols[a]], (j) => isSlack(ix, j), 1).filter((j) => !isMine.has(j));
  const rules = rulesOf(ix, a);
  const follows = days.map((list, d) => {
    const before = d > 0 ? days[d - 1] : [];
    const allowed = new Uint8Array(before.length * list.length);
    before.forEach((p, i) => list.forEach((o, k) => {
      const rested = (ix.shiftStartMs.get(o.shift.id) as number) >= (ix.shiftEndMs.get(p.shift.id) as number) + rules.restMs;
      allowed[i * list.length + k] = rested && !rules.forbidden.has(`${p.shift.templateId}|${o.shift.templateId}`) ? 1 : 0;
    }));
    return allowed;
  });
  const frame: Frame = {
    days, mine, isMine, settle, weeks: weekKeys.length, templates, follows,
    weekday: Uint8Array.from(ix.dates, (date) => isoWeekday(date)),
  };
  frames.set(a, frame);
  return frame;
}

/** One way to work a shift: an assignment column and its price given the rest of the roster. */
export interface Choice {
  readonly col: number;
  readonly cost: number;
  readonly development: boolean;
}

/** Per date and shift, the assignment columns the analyst may take and their prices; `forced` is a column they must take, or -1. */
export interface Prices {
  readonly choices: Choice[][][];
  readonly forced: Int32Array;
  /** Charge for each weekend worked, on top of the weekend rule's multiplier (column generation's duals). */
  readonly weekendCharge?: number;
}

/** Cost of a coverage row at activity `act`: its shortfall and surplus at their prices. */
export function coverCost(ix: ModelIndex, facts: RowFacts, i: number, act: number): number {
  const required = ix.model.rows[i].lower;
  const short = facts.shortfall[i];
  const over = facts.surplus[i];
  return (short >= 0 ? ix.model.cost[short] * Math.max(0, required - act) : 0) + (over >= 0 ? ix.model.cost[over] * Math.max(0, act - required) : 0);
}

/** Prices of the analyst's assignment columns against the roster `values` without the analyst. Null when they cannot be re-planned alone. */
function pricesOf(ix: ModelIndex, rowsOf: readonly Int32Array[], frame: Frame, values: Float64Array): Prices | null {
  const m = ix.model;
  const facts = rowFacts(ix, rowsOf);
  const coefs = columnValues(m);
  // The analyst's current share of each coverage row, to take out of its activity.
  const own = new Map<number, number>();
  for (const j of frame.mine) {
    if (values[j] < 0.5) continue;
    rowsOf[j].forEach((i, k) => {
      if (rowKind(ix, facts, i) === COVERAGE) own.set(i, (own.get(i) ?? 0) + coefs[j][k] * values[j]);
    });
  }
  const others = new Map<number, number>();
  const otherActivity = (i: number): number => {
    let act = others.get(i);
    if (act === undefined) {
      act = 0;
      for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) if (!frame.isMine.has(m.rowIndices[k])) act += m.rowValues[k] * values[m.rowIndices[k]];
      others.set(i, act);
    }
    return act;
  };
  const forced = new Int32Array(frame.days.length).fill(-1);
  const choices = frame.days.map((list, d) => list.map((option) => {
    const out: Choice[] = [];
    for (const x of option.assigns) {
      let cost = m.cost[x] + (x === option.work ? 0 : m.cost[option.work]);
      let allowed = true;
      let needed = m.lower[x] > 0.5;
      for (const j of x === option.work ? [x] : [x, option.work]) {
        rowsOf[j].forEach((i, k) => {
          const kind = rowKind(ix, facts, i);
          if (kind === COVERAGE) {
            const required = m.rows[i].lower;
            const short = facts.shortfall[i];
            const over = facts.surplus[i];
            const act = required - (short >= 0 ? values[short] : 0) + (over >= 0 ? values[over] : 0) - (own.get(i) ?? 0);
            cost += coverCost(ix, facts, i, act + coefs[j][k]) - coverCost(ix, facts, i, act);
          } else if (kind === SHARED) {
            const act = otherActivity(i);
            const { lower, upper } = m.rows[i];
            const coef = coefs[j][k];
            if (act + coef < lower - TOL || act + coef > upper + TOL) allowed = false;
            // Someone else's work leans on this column (a learner on the analyst as mentor).
            if ((act < lower - TOL || act > upper + TOL) && allowed) needed = true;
          }
        });
      }
      if (!allowed) {
        if (needed) return null;
        continue;
      }
      if (needed) {
        if (forced[d] >= 0 && forced[d] !== x) return null;
        forced[d] = x;
      }
      out.push({ col: x, cost, development: ix.candidateAt(x).access.kind === 'development' });
    }
    return out;
  }));
  if (choices.some((list) => list.some((c) => c === null))) return null;
  return { choices: choices as Choice[][][], forced };
}

/** A rule summed over the period, priced by a multiplier: positive charges its use, negative rewards it. */
interface Resource {
  readonly lower: number;
  readonly upper: number;
  /** Price per unit short of `lower` (HARD when the minimum is hard). */
  readonly shortPrice: number;
  /** Its natural size: a shift's minutes for minute rules, 1 for counts. */
  readonly unit: number;
  /** What working `option` on date `d` (through an assignment that is or is not development) adds to it. */
  readonly amountOf: (d: number, option: DayShift, development: boolean) => number;
  /** Price per unit of use. */
  lambda: number;
  /** Share of the common step this rule takes: halved each time its slope changes sign. */
  damp: number;
  /** Sign of its last non-zero slope. */
  lastSign: number;
}

function resource(lower: number, upper: number, shortPrice: number, unit: number, amountOf: Resource['amountOf']): Resource {
  return { lower, upper, shortPrice, unit, amountOf, lambda: 0, damp: 1, lastSign: 0 };
}

/** A plan: the assignment column worked on each date, or -1 for a day off. */
type Plan = Int32Array;

/** The analyst's rules as the DP reads them. */
interface Rules {
  readonly minWork: number;
  readonly minWorkPrice: number;
  readonly minOff: number;
  readonly minOffPrice: number;
  readonly maxWork: number;
  readonly restMs: number;
  readonly forbidden: ReadonlySet<string>;
}

function flexiblePrice(rule: FlexibleRule | undefined, unit: number): number {
  return rule?.hard ? HARD : unit * (rule?.weight ?? 1);
}

function rulesOf(ix: ModelIndex, a: number): Rules {
  const rules = ix.problem.analysts[a].rules ?? {};
  return {
    minWork: rules.minConsecutiveDays && rules.minConsecutiveDays.value > 1 ? rules.minConsecutiveDays.value : 1,
    minWorkPrice: flexiblePrice(rules.minConsecutiveDays, ix.weights.minConsecutiveDays),
    minOff: rules.minConsecutiveDaysOff && rules.minConsecutiveDaysOff.value > 1 ? rules.minConsecutiveDaysOff.value : 1,
    minOffPrice: flexiblePrice(rules.minConsecutiveDaysOff, ix.weights.minConsecutiveDaysOff),
    maxWork: rules.maxConsecutiveDays ?? Infinity,
    restMs: (rules.minRestMinutes ?? 0) * 60000,
    forbidden: new Set((rules.forbiddenSuccessions ?? []).map((p) => `${p.fromTemplateId}|${p.toTemplateId}`)),
  };
}

/** Lengths of working stretch the DP tells apart: up to the longer of the minimum and the maximum. */
function stretchStates(rules: Rules): number {
  return Math.max(1, rules.minWork, Number.isFinite(rules.maxWork) ? rules.maxWork : 1);
}

/** Units a stretch that began on `start` and lasted `length` days misses of `min`, as the model counts them (days past the period are not counted). */
function stretchShort(min: number, start: number, length: number, days: number): number {
  if (length >= min) return 0;
  return Math.max(0, Math.min(min - 1, days - 1 - start) - length + 1);
}

/** Offsets of each date's shifts in flat per-shift arrays. */
function shiftOffsets(frame: Frame): Int32Array {
  const offsets = new Int32Array(frame.days.length + 1);
  frame.days.forEach((list, d) => { offsets[d + 1] = offsets[d] + list.length; });
  return offsets;
}

/**
 * Minutes over the period kept exactly in the DP's state, as a count of `unit` minutes (the
 * greatest common divisor of the analyst's shift lengths), when that count is small enough.
 */
interface MinutesCount {
  readonly unit: number;
  /** Largest count the state keeps: the maximum when there is one, else the minimum (counts above it are alike). */
  readonly top: number;
  readonly maxUnits: number;
  readonly minUnits: number;
  /** Price per minute short of the minimum (HARD when it is hard). */
  readonly shortPrice: number;
  /** Count each shift adds, by its flat index (see shiftOffsets). */
  readonly units: Int32Array;
}

/**
 * Most DP states (dates x shift states x counts) for which minutes are kept in the state rather
 * than priced. Public Instance8 needs 23k (19 counts of 480 minutes); Instance14 would need 200k
 * (109 counts of 120 minutes, from 480- and 600-minute shifts), which made each re-plan about
 * 20 ms and too slow for column generation in 30 s, so it keeps the multiplier.
 */
const EXACT_MINUTES_STATES = 100000;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The minutes count for the analyst's period rules, or null when there are none or it would be too large. */
function minutesCount(ix: ModelIndex, a: number, frame: Frame, offsets: Int32Array, rules: Rules): MinutesCount | null {
  const analystRules = ix.problem.analysts[a].rules ?? {};
  const max = analystRules.maxMinutesPerPeriod;
  const min = analystRules.minMinutesPerPeriod;
  if (max === undefined && !min) return null;
  const options = frame.days.flat();
  const unit = options.reduce((g, o) => (Number.isInteger(o.shift.paidMinutes) && o.shift.paidMinutes > 0 ? gcd(g, o.shift.paidMinutes) : 1), 0);
  if (unit <= 0) return null;
  const maxUnits = max === undefined ? Infinity : Math.floor(max / unit + 1e-9);
  const minUnits = min ? Math.max(0, Math.ceil(min.value / unit - 1e-9)) : 0;
  const top = Number.isFinite(maxUnits) ? maxUnits : minUnits;
  const C = stretchStates(rules);
  const states = frame.days.reduce((sum, list) => sum + 2 * rules.minOff + list.length * C * 2, 0) * (top + 1);
  if (top < 0 || states > EXACT_MINUTES_STATES) return null;
  const units = new Int32Array(offsets[frame.days.length]);
  frame.days.forEach((list, d) => list.forEach((o, s) => { units[offsets[d] + s] = Math.round(o.shift.paidMinutes / unit); }));
  return { unit, top, maxUnits, minUnits, shortPrice: min ? flexiblePrice(min, ix.weights.minMinutesPerHour / 60) : 0, units };
}

/**
 * The cheapest plan for the analyst, by DP over (yesterday's shift, stretch length, stretch
 * began on day 0, and with `count` the minutes worked so far). `price[offsets[d] + s]` is the
 * price of working shift s on date d with the multipliers' charges (Infinity when it may not be
 * worked), `pick` its assignment column; working a weekend costs `weekendCharge` once per
 * weekend. Returns null when no plan exists.
 */
function bestPlan(frame: Frame, prices: Prices, rules: Rules, offsets: Int32Array, price: Float64Array, pick: Int32Array, weekendCharge: number, count: MinutesCount | null): Plan | null {
  const days = frame.days.length;
  const O = rules.minOff;
  const C = stretchStates(rules);
  const offStates = 2 * O;
  const T = count ? count.top + 1 : 1;
  const top = T - 1;
  const maxUnits = count ? count.maxUnits : Infinity;
  const units = count?.units;
  // Back pointers of every date's states, one buffer; costs roll over two arrays. State
  // (base, t) sits at base * T + t.
  const stateStart = new Int32Array(days + 1);
  for (let d = 0; d < days; d++) stateStart[d + 1] = stateStart[d] + (offStates + frame.days[d].length * C * 2) * T;
  const back = new Int32Array(stateStart[days]).fill(-1);
  const widest = Math.max(...frame.days.map((list) => offStates + list.length * C * 2)) * T;
  let prev = new Float64Array(widest).fill(Infinity);
  let cur = new Float64Array(widest).fill(Infinity);
  let prevSize = 0;
  const relax = (state: number, cost: number, from: number, at: number): void => {
    if (cost < cur[state]) {
      cur[state] = cost;
      back[at + state] = from;
    }
  };
  for (let d = 0; d < days; d++) {
    const n = frame.days[d].length;
    const size = (offStates + n * C * 2) * T;
    const at = stateStart[d];
    const base0 = offsets[d];
    cur.fill(Infinity, 0, size);
    const weekday = frame.weekday[d];
    const offAllowed = prices.forced[d] < 0;
    // A weekend costs once: on Saturday, or on Sunday when Saturday was off.
    const startCharge = weekday >= 6 ? weekendCharge : 0;
    const continueCharge = weekday === 6 ? weekendCharge : 0;
    if (d === 0) {
      if (offAllowed) cur[1 * T] = 0;
      for (let s = 0; s < n; s++) {
        const u = units ? units[base0 + s] : 0;
        if (u > maxUnits) continue;
        const state = (offStates + s * C * 2 + 1) * T + Math.min(u, top);
        if (price[base0 + s] < Infinity) cur[state] = price[base0 + s] + startCharge;
      }
    } else {
      const follows = frame.follows[d];
      for (let p = 0; p < prevSize; p++) {
        const base = prev[p];
        if (base === Infinity) continue;
        const pb = Math.floor(p / T);
        const t = p - pb * T;
        if (pb < offStates) {
          const o = (pb >> 1) + 1;
          const ex = pb & 1;
          if (offAllowed) relax(((Math.min(o + 1, O) - 1) * 2 + ex) * T + t, base, p, at);
          const penalty = ex ? 0 : stretchShort(O, d - o, o, days) * rules.minOffPrice;
          for (let s = 0; s < n; s++) {
            const next = t + (units ? units[base0 + s] : 0);
            if (next > maxUnits) continue;
            relax((offStates + s * C * 2) * T + Math.min(next, top), base + penalty + price[base0 + s] + startCharge, p, at);
          }
        } else {
          const q = pb - offStates;
          const ex = q & 1;
          const c = ((q >> 1) % C) + 1;
          const s0 = Math.floor((q >> 1) / C);
          if (offAllowed) relax(t, base + (ex ? 0 : stretchShort(rules.minWork, d - c, c, days) * rules.minWorkPrice), p, at);
          if (c + 1 > rules.maxWork) continue;
          const stretch = (Math.min(c + 1, C) - 1) * 2 + ex;
          for (let s = 0; s < n; s++) {
            if (follows[s0 * n + s] === 0) continue;
            const next = t + (units ? units[base0 + s] : 0);
            if (next > maxUnits) continue;
            relax((offStates + s * C * 2 + stretch) * T + Math.min(next, top), base + price[base0 + s] + continueCharge, p, at);
          }
        }
      }
    }
    [prev, cur] = [cur, prev];
    prevSize = size;
  }
  // Walk back from the cheapest state on the last date, minutes short of the minimum priced.
  let state = -1;
  let best = Infinity;
  for (let k = 0; k < prevSize; k++) {
    const t = k % T;
    const cost = prev[k] + (count && t < count.minUnits ? (count.minUnits - t) * count.unit * count.shortPrice : 0);
    if (cost < best) {
      best = cost;
      state = k;
    }
  }
  if (state < 0) return null;
  const plan = new Int32Array(days).fill(-1);
  for (let d = days - 1; d >= 0; d--) {
    const pb = Math.floor(state / T);
    if (pb >= offStates) plan[d] = pick[offsets[d] + Math.floor(((pb - offStates) >> 1) / C)];
    state = back[stateStart[d] + state];
  }
  return plan;
}

/**
 * Re-plans analyst `a` with the rest of `values` fixed. Returns the roster with the new plan when
 * it is cheaper in the model (in the elastic model, mending a broken hard minimum is far cheaper),
 * else null; `values` is left as it was.
 */
export function replanAnalyst(ix: ModelIndex, rowsOf: readonly Int32Array[], values: Float64Array, a: number, rounds = REPLAN_ROUNDS): Float64Array | null {
  const frame = frameOf(ix, rowsOf, a);
  if (frame.mine.length === 0) return null;
  const prices = pricesOf(ix, rowsOf, frame, values);
  if (!prices) return null;
  const plan = planWithRules(ix, a, frame, prices, rounds);
  return plan ? tryPlan(ix, rowsOf, frame, values, plan) : null;
}

/** The plan that keeps the summed rules, found by adjusting their multipliers; null when none was found. */
export function planWithRules(ix: ModelIndex, a: number, frame: Frame, prices: Prices, rounds: number, warm?: Multipliers): Plan | null {
  const analyst = ix.problem.analysts[a];
  const rules = analyst.rules ?? {};
  const dpRules = rulesOf(ix, a);
  const options = frame.days.flat();
  const meanMinutes = options.reduce((s, o) => s + o.shift.paidMinutes, 0) / Math.max(1, options.length);
  const priceOf = new Map(prices.choices.flat(2).map((c) => [c.col, c.cost]));
  const costs = prices.choices.flat(2).map((c) => Math.abs(c.cost));
  const scale = Math.max(1, costs.reduce((s, c) => s + c, 0) / Math.max(1, costs.length));
  const minMinutes = rules.minMinutesPerPeriod;
  const minutes = (_d: number, option: DayShift): number => option.shift.paidMinutes;
  const summed: Resource[] = [];
  const offsets = shiftOffsets(frame);
  // Minutes over the period are kept exactly in the DP's state when the count is small; else priced.
  const count = minutesCount(ix, a, frame, offsets, dpRules);
  // Kept in the state, it is still measured (for the plan's cost) but never priced.
  const exact = count ? resource(minMinutes?.value ?? -Infinity, rules.maxMinutesPerPeriod ?? Infinity, count.shortPrice, meanMinutes, minutes) : null;
  if (exact) {
    summed.push(exact);
  } else if (rules.maxMinutesPerPeriod !== undefined || minMinutes) {
    summed.push(resource(minMinutes?.value ?? -Infinity, rules.maxMinutesPerPeriod ?? Infinity, minMinutes ? flexiblePrice(minMinutes, ix.weights.minMinutesPerHour / 60) : 0, meanMinutes, minutes));
  }
  if (rules.maxMinutesPerWeek !== undefined) {
    for (let w = 0; w < frame.weeks; w++) summed.push(resource(-Infinity, rules.maxMinutesPerWeek, 0, meanMinutes, (d, option) => (option.week === w ? option.shift.paidMinutes : 0)));
  }
  frame.templates.forEach((t, k) => summed.push(resource(-Infinity, rules.maxShiftsPerTemplate?.[t] ?? Infinity, 0, 1, (_d, option) => (option.template === k ? 1 : 0))));
  const development = prices.choices.some((day) => day.some((list) => list.some((c) => c.development)))
    ? resource(-Infinity, analyst.maxDevelopmentShifts ?? 0, 0, 1, (_d, _option, isDevelopment) => (isDevelopment ? 1 : 0))
    : null;
  if (development) summed.push(development);
  // Weekends count once per week for its Saturday and Sunday, so the DP prices them itself.
  const weekends = rules.maxWorkingWeekends !== undefined ? resource(-Infinity, rules.maxWorkingWeekends, 0, 1, () => 0) : null;
  const all = weekends ? [...summed, weekends] : summed;
  const price = new Float64Array(offsets[frame.days.length]);
  const pick = new Int32Array(offsets[frame.days.length]);
  // Each shift's cheapest assignment and its price under the current multipliers.
  const priceShifts = (): void => {
    frame.days.forEach((options, d) => options.forEach((option, s) => {
      const k = offsets[d] + s;
      price[k] = Infinity;
      pick[k] = -1;
      if (banned[d][s]) return;
      let shared = 0;
      for (const r of summed) if (r.lambda !== 0) shared += r.lambda * r.amountOf(d, option, false);
      for (const choice of prices.choices[d][s]) {
        if (prices.forced[d] >= 0 && choice.col !== prices.forced[d]) continue;
        const total = choice.cost + shared + (choice.development && development ? development.lambda : 0);
        if (total < price[k]) {
          price[k] = total;
          pick[k] = choice.col;
        }
      }
    }));
  };
  const banned = frame.days.map((list) => new Uint8Array(list.length));
  // Multipliers carried over from the analyst's last plan at nearby prices start close, so they
  // take smaller steps and may stop sooner.
  const warmed = warm !== undefined && warm.lambdas.length === all.length;
  if (warmed) all.forEach((r, k) => { r.lambda = warm.lambdas[k]; });
  const firstRound = warmed ? WARM_ROUND : 0;
  const floor = warmed ? ROUNDS_AFTER_KEPT : BAN_FROM + ROUNDS_AFTER_KEPT;
  let best: Plan | null = null;
  let bestCost = Infinity;
  // Last round that banned a use or found a cheaper plan keeping the rules.
  let lastChange = 0;
  for (let round = 0; round < (all.length ? rounds : 1); round++) {
    priceShifts();
    const plan = bestPlan(frame, prices, dpRules, offsets, price, pick, (weekends?.lambda ?? 0) + (prices.weekendCharge ?? 0), count);
    if (!plan) return best;
    const worked = workedDays(ix, frame, plan);
    const measured: (readonly [Resource, number])[] = summed.map((r) => [r, worked.reduce((sum, w) => sum + r.amountOf(w.d, w.option, w.development), 0)] as const);
    if (weekends) measured.push([weekends, new Set(worked.filter((w) => frame.weekday[w.d] >= 6).map((w) => w.option.week)).size]);
    let cost = planCost(dpRules, priceOf, plan);
    let keeps = true;
    for (const [r, amount] of measured) {
      if (amount > r.upper + TOL) keeps = false;
      if (amount < r.lower - TOL) {
        if (r.shortPrice >= HARD) keeps = false;
        cost += r.shortPrice * (r.lower - amount);
      }
    }
    const size = scale * 2 / (1 + (firstRound + round) / 4);
    adjust(measured, size);
    if (exact) exact.lambda = 0;
    // The multipliers alone may swing round a tie for ever: from then on each rule still
    // exceeded also bans its least valuable uses in the plan, so the plans that follow keep it.
    if (!keeps && round >= BAN_FROM) {
      banExcess(frame, prices.forced, measured, worked, weekends, banned, priceOf);
      lastChange = round;
    }
    if (keeps && cost < bestCost - TOL) {
      best = plan;
      bestCost = cost;
      lastChange = round;
    }
    // Once a plan keeps them, a few more rounds look for a cheaper one that does too, and the
    // bans get some rounds of their own (the multipliers alone may stop at an empty plan).
    if (keeps && (all.every((r) => r.lambda === 0) || (round - lastChange >= ROUNDS_AFTER_KEPT && round >= floor))) break;
  }
  if (warm) warm.lambdas = all.map((r) => r.lambda);
  return best;
}

/** The multipliers of one analyst's summed rules, kept from one re-plan to the next. */
export interface Multipliers {
  lambdas: number[];
}

/**
 * Projected subgradient steps on the multipliers, normalised so that all of them together move
 * by `size` (in cost per shift) whatever the units: a step per rule alone swings between pricing
 * a template out and pricing its neighbour out.
 */
function adjust(measured: readonly (readonly [Resource, number])[], size: number): void {
  const slopes = measured.map(([r, amount]) => {
    if (amount > r.upper + TOL) return (amount - r.upper) / r.unit;
    if (amount < r.lower - TOL) return (amount - r.lower) / r.unit;
    if (r.lambda > 0) return Math.max(-r.lambda * r.unit / size, (amount - r.upper) / r.unit);
    if (r.lambda < 0) return Math.min(-r.lambda * r.unit / size, (amount - r.lower) / r.unit);
    return 0;
  });
  const norm = Math.sqrt(slopes.reduce((sum, g) => sum + g * g, 0));
  if (norm === 0) return;
  measured.forEach(([r, amount], k) => {
    const before = r.lambda;
    // A multiplier swinging either side of a tie (all nights or none) closes in on it.
    const sign = Math.sign(slopes[k]);
    if (sign !== 0 && r.lastSign !== 0 && sign !== r.lastSign) r.damp /= 2;
    if (sign !== 0) r.lastSign = sign;
    r.lambda += (size * r.damp * slopes[k]) / norm / r.unit;
    // A rule kept from inside is relaxed towards zero, not past it.
    if (amount >= r.lower - TOL && amount <= r.upper + TOL && Math.sign(r.lambda) !== Math.sign(before)) r.lambda = 0;
    if (r.upper === Infinity) r.lambda = Math.min(0, r.lambda);
    if (r.lower === -Infinity) r.lambda = Math.max(0, r.lambda);
    // A soft minimum is never worth more than its price.
    r.lambda = Math.max(r.lambda, -r.shortPrice);
  });
}

/** A worked day of a plan. */
interface Worked {
  readonly d: number;
  readonly option: DayShift;
  readonly s: number;
  readonly col: number;
  readonly development: boolean;
}

export function workedDays(ix: ModelIndex, frame: Frame, plan: Plan): Worked[] {
  const out: Worked[] = [];
  frame.days.forEach((options, d) => {
    if (plan[d] < 0) return;
    const s = options.findIndex((o) => o.assigns.includes(plan[d]));
    out.push({ d, option: options[s], s, col: plan[d], development: ix.candidateAt(plan[d]).access.kind === 'development' });
  });
  return out;
}

/**
 * For each rule the plan exceeds, bans the plan's least valuable uses of it (whole weekends for
 * the weekend rule) until it would not. Days the analyst must work (pins, a learner's mentor) are never banned.
 */
function banExcess(frame: Frame, forced: Int32Array, measured: readonly (readonly [Resource, number])[], worked: readonly Worked[], weekends: Resource | null, banned: Uint8Array[], priceOf: ReadonlyMap<number, number>): void {
  for (const [r, amount] of measured) {
    let excess = amount - r.upper;
    if (excess <= TOL) continue;
    if (r === weekends) {
      const value = new Map<number, number>();
      for (const w of worked) if (frame.weekday[w.d] >= 6) value.set(w.option.week, (value.get(w.option.week) ?? 0) + (priceOf.get(w.col) as number));
      const dearest = [...value].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, Math.ceil(excess - TOL)).map(([week]) => week);
      frame.days.forEach((options, d) => {
        if (frame.weekday[d] < 6 || options.length === 0 || forced[d] >= 0 || !dearest.includes(options[0].week)) return;
        banned[d].fill(1);
      });
      continue;
    }
    const uses = worked.filter((w) => forced[w.d] < 0 && r.amountOf(w.d, w.option, w.development) > 0).sort((p, q) => (priceOf.get(q.col) as number) - (priceOf.get(p.col) as number) || p.d - q.d);
    for (const w of uses) {
      if (excess <= TOL) break;
      banned[w.d][w.s] = 1;
      excess -= r.amountOf(w.d, w.option, w.development);
    }
  }
}

/** The DP's estimate of a plan's cost, without multipliers: choice prices and stretch penalties. */
function planCost(rules: Rules, priceOf: ReadonlyMap<number, number>, plan: Plan): number {
  const days = plan.length;
  let cost = 0;
  let start = 0;
  for (let d = 0; d < days; d++) {
    const working = plan[d] >= 0;
    if (working) cost += priceOf.get(plan[d]) as number;
    if (d > 0 && working !== plan[d - 1] >= 0) {
      // A stretch of the other kind ended yesterday; one that began on the first day is exempt.
      if (start > 0) cost += working ? stretchShort(rules.minOff, start, d - start, days) * rules.minOffPrice : stretchShort(rules.minWork, start, d - start, days) * rules.minWorkPrice;
      start = d;
    }
  }
  return cost;
}

/**
 * Puts the plan into `values`, works out the weekend indicators and slacks it drives, checks
 * every row it touches, and keeps it when it is cheaper; `values` is restored either way.
 */
function tryPlan(ix: ModelIndex, rowsOf: readonly Int32Array[], frame: Frame, values: Float64Array, plan: Plan): Float64Array | null {
  const m = ix.model;
  const touched = [...frame.mine, ...frame.settle];
  const saved = Float64Array.from(touched, (j) => values[j]);
  for (const j of frame.mine) values[j] = 0;
  for (const w of workedDays(ix, frame, plan)) {
    values[w.col] = 1;
    values[w.option.work] = 1;
  }
  const fits = resettle(m, rowsOf, values, frame.settle, touched);
  let change = 0;
  touched.forEach((j, k) => { change += m.cost[j] * (values[j] - saved[k]); });
  const next = fits && change < -1e-9 ? Float64Array.from(values) : null;
  touched.forEach((j, k) => { values[j] = saved[k]; });
  return next;
}


