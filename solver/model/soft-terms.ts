import type { Analyst, CoverageWeights, FlexibleRule } from '../problem';
import { instantMillis } from '../time';
import type { Candidate, ModelIndex } from './candidates';
import { ELASTIC_RULE } from './elastic';
import { Expr } from './linear-model';

const HOUR_MS = 3600000;

function coverageRow(ix: ModelIndex, label: string, e: Expr, required: number, under: number, over: number): void {
  const short = ix.model.addColumn({ kind: 'aux', rule: 'shortfall', ref: label }, under, 0, Math.max(0, required), false);
  const surplus = ix.model.addColumn({ kind: 'aux', rule: 'surplus', ref: label }, over, 0, Infinity, false);
  e.add([short]).add([surplus], -1);
  ix.model.addRow(label, e.indices, e.values, required, required);
}

function weightsOf(ix: ModelIndex, t: CoverageWeights): { under: number; over: number } {
  return { under: t.underWeight ?? ix.weights.underCoverage, over: t.overWeight ?? ix.weights.overCoverage };
}

/**
 * covered + short - surplus = required. Interval targets count each column by the fraction of
 * the interval its shift overlaps (real instants, so DST lengths are right), priced per hour.
 */
export function coverDemand(ix: ModelIndex): void {
  const shifts = [...new Set(ix.candidates.map((c) => c.shift))].sort((a, b) => (ix.shiftStartMs.get(a.id) as number) - (ix.shiftStartMs.get(b.id) as number));
  const longest = Math.max(0, ...shifts.map((s) => (ix.shiftEndMs.get(s.id) as number) - (ix.shiftStartMs.get(s.id) as number)));
  const starts = shifts.map((s) => ix.shiftStartMs.get(s.id) as number);
  for (const t of ix.problem.intervalTargets ?? []) {
    const start = instantMillis(t.start);
    const end = instantMillis(t.end);
    const e = new Expr();
    // Only shifts starting in (start - longest, end) can overlap: binary search the first.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < shifts.length && starts[k] < end; k++) {
      const overlap = Math.min(end, ix.shiftEndMs.get(shifts[k].id) as number) - Math.max(start, starts[k]);
      if (overlap > 0) e.add(ix.byShiftQueue.get(`${shifts[k].id}|${t.queueId}`) ?? [], overlap / (end - start));
    }
    const { under, over } = weightsOf(ix, t);
    const hours = (end - start) / HOUR_MS;
    coverageRow(ix, `cover ${t.id}`, e, t.required, under * hours, over * hours);
  }
  const byDateTemplate = new Map<string, Candidate[]>();
  for (const c of ix.candidates) {
    const key = `${c.shift.date}|${c.shift.templateId}`;
    const list = byDateTemplate.get(key);
    if (list) list.push(c);
    else byDateTemplate.set(key, [c]);
  }
  for (const t of ix.problem.shiftTargets ?? []) {
    const cols = (byDateTemplate.get(`${t.date}|${t.templateId}`) ?? []).filter((c) => t.queueId === null || c.queue.id === t.queueId);
    const { under, over } = weightsOf(ix, t);
    coverageRow(ix, `cover ${t.id}`, new Expr().add(cols.map((c) => c.col)), t.required, under, over);
  }
}

/** Unmet requests cost weight: wanting to work is `weight * (1 - sum x)`, so a constant plus negative costs. */
export function honourRequests(ix: ModelIndex): void {
  ix.problem.analysts.forEach((analyst, a) => {
    for (const r of analyst.requests ?? []) {
      const d = ix.dates.indexOf(r.date);
      const cols = d < 0 ? [] : ix.byAnalystDate[a][d].filter((c) => r.templateId === null || ix.shiftOf(c).templateId === r.templateId);
      const price = r.weight * ix.weights.requests;
      if (r.wantsToWork) ix.model.offset += price;
      for (const c of cols) ix.model.cost[c] += r.wantsToWork ? -price : price;
    }
  });
}

/**
 * A soft rule gets a priced slack. A hard one gets an elastic slack fixed at zero: the original
 * model cannot use it, while `elasticModel` frees and prices it so that a search can start from a
 * roster that breaks the rule and work its way to one that keeps it.
 */
function flexibleRow(ix: ModelIndex, rule: FlexibleRule, label: string, e: Expr, lower: number, upper: number, unitCost: number, slackSign: 1 | -1): void {
  const slack = rule.hard
    ? ix.model.addColumn({ kind: 'aux', rule: ELASTIC_RULE, ref: label }, 0, 0, 0, false)
    : ix.model.addColumn({ kind: 'aux', rule: 'flexible-slack', ref: label }, unitCost * (rule.weight ?? 1), 0, Infinity, false);
  e.add([slack], slackSign);
  ix.model.addRow(label, e.indices, e.values, lower, upper);
}

export function minMinutesPerPeriod(ix: ModelIndex): void {
  ix.problem.analysts.forEach((analyst, a) => {
    const rule = analyst.rules?.minMinutesPerPeriod;
    if (!rule) return;
    const e = new Expr().addWeighted(ix.byAnalyst[a], (c) => ix.shiftOf(c).paidMinutes);
    flexibleRow(ix, rule, `min-minutes-per-period ${analyst.id}`, e, rule.value, Infinity, ix.weights.minMinutesPerHour / 60, 1);
  });
}

/**
 * Stretch rules, as the evaluator defines them: for a start on d and j in 1..k-1,
 * works: W(d) - W(d-1) - W(d+j) <= slack; days off: W(d-1) - W(d) + W(d+j) - 1 <= slack.
 */
function stretchRule(ix: ModelIndex, analyst: Analyst, a: number, rule: FlexibleRule | undefined, off: boolean): void {
  if (!rule || rule.value <= 1) return;
  const w = (d: number): readonly number[] => ix.byAnalystDate[a][d];
  const name = off ? 'min-consecutive-days-off' : 'min-consecutive-days';
  const unit = off ? ix.weights.minConsecutiveDaysOff : ix.weights.minConsecutiveDays;
  for (let d = 1; d < ix.dates.length; d++) {
    for (let j = 1; j < rule.value && d + j < ix.dates.length; j++) {
      const sign = off ? -1 : 1;
      const e = new Expr().add(w(d), sign).add(w(d - 1), -sign).add(w(d + j), -sign);
      if (off ? w(d - 1).length === 0 || w(d + j).length === 0 : w(d).length === 0) continue;
      flexibleRow(ix, rule, `${name} ${analyst.id} ${ix.dates[d]} +${j}`, e, -Infinity, off ? 1 : 0, unit, -1);
    }
  }
}

export function minConsecutiveStretches(ix: ModelIndex): void {
  ix.problem.analysts.forEach((analyst, a) => {
    stretchRule(ix, analyst, a, analyst.rules?.minConsecutiveDays, false);
    stretchRule(ix, analyst, a, analyst.rules?.minConsecutiveDaysOff, true);
  });
}

/** Per fairness group: hi >= count(a) >= lo for all members, cost weight * (hi - lo). */
function spreadTerm(ix: ModelIndex, name: string, weight: number, counts: Map<string, Expr[]>): void {
  if (weight <= 0) return;
  for (const [group, members] of counts) {
    if (members.length < 2) continue;
    const hi = ix.model.addColumn({ kind: 'aux', rule: `${name}-max`, ref: group }, weight, 0, Infinity, false);
    const lo = ix.model.addColumn({ kind: 'aux', rule: `${name}-min`, ref: group }, -weight, 0, Infinity, false);
    for (const m of members) {
      ix.model.addRow(`${name}-max ${group}`, [...m.indices, hi], [...m.values, -1], -Infinity, 0);
      ix.model.addRow(`${name}-min ${group}`, [...m.indices, lo], [...m.values, -1], 0, Infinity);
    }
  }
}

export function fairness(ix: ModelIndex, weekendCols: readonly number[][]): void {
  const nights = new Map<string, Expr[]>();
  const weekends = new Map<string, Expr[]>();
  ix.problem.analysts.forEach((analyst, a) => {
    const g = analyst.fairnessGroup ?? '';
    const nightCols = ix.byAnalyst[a].filter((c) => ix.shiftOf(c).night);
    nights.set(g, [...(nights.get(g) ?? []), new Expr().add(nightCols)]);
    weekends.set(g, [...(weekends.get(g) ?? []), new Expr().add(weekendCols[a])]);
  });
  spreadTerm(ix, 'fairness-nights', ix.weights.fairnessNights, nights);
  spreadTerm(ix, 'fairness-weekends', ix.weights.fairnessWeekends, weekends);
}
