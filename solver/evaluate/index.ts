import { alignmentCeiling, continuityMiss } from '../eligibility';
import type { RosterProblem } from '../problem';
import type { Assignment, Evaluation, ObjectiveTerms, Violation } from '../solution';
import { evalContext } from './context';
import { minConsecutiveDaysOffOutcome, minConsecutiveDaysOutcome, minMinutesOutcome } from './flexible-rules';
import { alwaysHardRules } from './hard-rules';
import { coverage, fairness, requests, scoreAssignment } from './soft-terms';

/**
 * Scores any roster against a problem, independently of the model builder: every broken hard
 * rule, every soft term, and the objective the solver minimises.
 * @example evaluateRoster(problem, [{ analystId: 'ana', shiftId: 'day@2026-03-02', queueId: 'epic' }]).violations // []
 */
export function evaluateRoster(problem: RosterProblem, assignments: readonly Assignment[]): Evaluation {
  const ctx = evalContext(problem, assignments);
  const violations: Violation[] = alwaysHardRules.flatMap((rule) => rule.check(ctx));
  const flexible = { minMinutes: 0, minConsecutiveDays: 0, minConsecutiveDaysOff: 0 };
  for (const analyst of problem.analysts) {
    const parts = [['minMinutes', minMinutesOutcome], ['minConsecutiveDays', minConsecutiveDaysOutcome], ['minConsecutiveDaysOff', minConsecutiveDaysOffOutcome]] as const;
    for (const [key, fn] of parts) {
      const result = fn(ctx, analyst);
      flexible[key] += result.cost;
      if (result.violation) violations.push(result.violation);
    }
  }
  const scored = ctx.worked.map((w) => scoreAssignment(ctx, w));
  const cover = coverage(ctx);
  const req = requests(ctx);
  const fair = fairness(ctx);
  const alignmentTotal = scored.reduce((s, a) => s + a.alignment.score, 0);
  const ceiling = alignmentCeiling(ctx.weights);
  const continuityMisses = ctx.worked.reduce((s, w) => s + continuityMiss(w.analyst, w.queue), 0);
  const terms: ObjectiveTerms = {
    underCoverage: cover.underCost,
    overCoverage: cover.overCost,
    requests: req.cost,
    alignment: ctx.weights.alignment * (ceiling * scored.length - alignmentTotal),
    continuity: ctx.weights.continuity * continuityMisses,
    fairness: fair.cost,
    ...flexible,
  };
  const objective = Object.values(terms).reduce((s, v) => s + v, 0);
  return {
    violations,
    terms,
    objective,
    assignments: scored,
    figures: {
      coverage: cover.rows,
      shortfallTotal: cover.rows.reduce((s, r) => s + r.shortfall, 0),
      surplusTotal: cover.rows.reduce((s, r) => s + r.surplus, 0),
      alignmentTotal,
      alignmentMean: scored.length === 0 ? 0 : alignmentTotal / scored.length,
      fairnessSpread: { nights: fair.nights, weekends: fair.weekends },
      requestsHonoured: req.honoured,
      requestsTotal: req.total,
      developmentShifts: scored.filter((a) => a.development).length,
    },
  };
}
