import { evaluateRoster } from './evaluate';
import type { ModelIndex } from './model/candidates';
import type { Violation } from './solution';
import { isoWeekKey } from './time';

/** Rules a pins-only roster can break that more assignments cannot repair. */
const MAX_TYPE_RULES = new Set([
  'eligibility', 'template-not-allowed', 'time-off', 'fixed-day-off', 'one-shift-per-day', 'min-rest', 'forbidden-succession',
  'max-consecutive-days', 'max-minutes-per-week', 'max-minutes-per-period', 'max-shifts-per-template',
  'max-working-weekends', 'max-development-shifts',
]);

/** Pins that break a hard rule on their own (ineligible, on leave, too close together, ...). */
function pinConflicts(ix: ModelIndex): Violation[] {
  const pins = ix.problem.pins ?? [];
  if (pins.length === 0) return [];
  return evaluateRoster(ix.problem, pins).violations.filter((v) => MAX_TYPE_RULES.has(v.rule))
    .map((v) => ({ ...v, rule: `pin-${v.rule}`, message: `Pinned assignments break a rule: ${v.message}` }));
}

/**
 * An upper bound on an analyst's paid minutes: the longest eligible shift on each date, capped by
 * the weekly and period maxima. A hard minimum above it cannot be met.
 */
function minMinutesCapacity(ix: ModelIndex): Violation[] {
  const out: Violation[] = [];
  ix.problem.analysts.forEach((analyst, a) => {
    const rule = analyst.rules?.minMinutesPerPeriod;
    if (!rule?.hard) return;
    const weeks = new Map<string, number>();
    ix.byAnalystDate[a].forEach((cols, d) => {
      const best = Math.max(0, ...cols.map((c) => ix.shiftOf(c).paidMinutes));
      weeks.set(isoWeekKey(ix.dates[d]), (weeks.get(isoWeekKey(ix.dates[d])) ?? 0) + best);
    });
    const weekMax = analyst.rules?.maxMinutesPerWeek ?? Infinity;
    const capacity = Math.min(analyst.rules?.maxMinutesPerPeriod ?? Infinity, [...weeks.values()].reduce((s, m) => s + Math.min(m, weekMax), 0));
    const days = ix.byAnalystDate[a].filter((c) => c.length > 0).length;
    if (capacity < rule.value) {
      out.push({ rule: 'min-minutes-per-period', analystId: analyst.id, amount: rule.value - capacity,
        message: `Analyst ${analyst.id}: availability, eligibility and maxima leave at most ${capacity} paid minutes on ${days} available day(s), but the minimum is ${rule.value} (short by ${rule.value - capacity})` });
    }
  });
  return out;
}

/** Explanations of why the hard rules cannot all hold, from checks per rule before solving. */
export function explainInfeasibility(ix: ModelIndex): Violation[] {
  return [...pinConflicts(ix), ...minMinutesCapacity(ix)];
}

/** Said when the MIP proves infeasibility that no pre-check isolated. */
export function genericInfeasibility(ix: ModelIndex): Violation {
  const hardFlexible = ix.problem.analysts.filter((a) => a.rules?.minMinutesPerPeriod?.hard || a.rules?.minConsecutiveDays?.hard || a.rules?.minConsecutiveDaysOff?.hard).map((a) => a.id);
  return {
    rule: 'hard-rules-conflict',
    message: `The hard rules cannot all hold together; look first at hard minimum rules of ${hardFlexible.length ? hardFlexible.join(', ') : 'no analyst'} and at pins`,
  };
}
