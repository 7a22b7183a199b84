import type { Analyst, FlexibleRule } from '../problem';
import type { Violation } from '../solution';
import { type EvalContext, workDays } from './context';

/** Amount by which one analyst misses a flexible rule, and its soft cost. */
interface FlexibleOutcome {
  readonly amount: number;
  readonly cost: number;
  readonly violation: Violation | null;
}

function outcome(rule: FlexibleRule, amount: number, costPerUnit: number, name: string, analyst: Analyst, what: string): FlexibleOutcome {
  if (amount <= 1e-9) return { amount: 0, cost: 0, violation: null };
  if (rule.hard) return { amount, cost: 0, violation: { rule: name, analystId: analyst.id, amount, message: `Analyst ${analyst.id} ${what}` } };
  return { amount, cost: amount * costPerUnit * (rule.weight ?? 1), violation: null };
}

/** Minutes short of the period minimum; soft cost per hour short. */
export function minMinutesOutcome(ctx: EvalContext, analyst: Analyst): FlexibleOutcome {
  const rule = analyst.rules?.minMinutesPerPeriod;
  if (!rule) return { amount: 0, cost: 0, violation: null };
  const total = (ctx.byAnalyst.get(analyst.id) ?? []).reduce((s, w) => s + w.shift.paidMinutes, 0);
  const short = Math.max(0, rule.value - total);
  return outcome(rule, short, ctx.weights.minMinutesPerHour / 60, 'min-minutes-per-period', analyst, `is paid ${total} min, min ${rule.value}`);
}

/**
 * Missing days after each start of a stretch: for a stretch starting on d (worked d, not d-1,
 * both in the period) and each j in 1..k-1 with d+j in the period, one unit when d+j is off.
 * That is max(0, w[d] - w[d-1] - w[d+j]), the same inequality the model prices.
 */
function stretchShortfall(ctx: EvalContext, k: number, works: (date: string) => number): number {
  let units = 0;
  for (let i = 1; i < ctx.dates.length; i++) {
    const d = ctx.dates[i];
    for (let j = 1; j < k && i + j < ctx.dates.length; j++) {
      units += Math.max(0, works(d) - works(ctx.dates[i - 1]) - works(ctx.dates[i + j]));
    }
  }
  return units;
}

export function minConsecutiveDaysOutcome(ctx: EvalContext, analyst: Analyst): FlexibleOutcome {
  const rule = analyst.rules?.minConsecutiveDays;
  if (!rule || rule.value <= 1) return { amount: 0, cost: 0, violation: null };
  const days = workDays(ctx.byAnalyst.get(analyst.id) ?? []);
  const units = stretchShortfall(ctx, rule.value, (d) => (days.has(d) ? 1 : 0));
  return outcome(rule, units, ctx.weights.minConsecutiveDays, 'min-consecutive-days', analyst, `has working stretches ${units} day(s) shorter than ${rule.value}`);
}

export function minConsecutiveDaysOffOutcome(ctx: EvalContext, analyst: Analyst): FlexibleOutcome {
  const rule = analyst.rules?.minConsecutiveDaysOff;
  if (!rule || rule.value <= 1) return { amount: 0, cost: 0, violation: null };
  const days = workDays(ctx.byAnalyst.get(analyst.id) ?? []);
  const units = stretchShortfall(ctx, rule.value, (d) => (days.has(d) ? 0 : 1));
  return outcome(rule, units, ctx.weights.minConsecutiveDaysOff, 'min-consecutive-days-off', analyst, `has stretches off ${units} day(s) shorter than ${rule.value}`);
}



