import type { RosterProblem } from '../problem';
import { buildModelIndex, type ModelIndex } from './candidates';
import { alwaysHardModelRules, weekendIndicators } from './hard-rules';
import { coverDemand, fairness, honourRequests, minConsecutiveStretches, minMinutesPerPeriod } from './soft-terms';

/**
 * The whole roster as one MIP: assignment columns for eligible triples, one function per rule.
 * @example buildRosterModel(problem).model.columnCount
 */
export function buildRosterModel(problem: RosterProblem): ModelIndex {
  const ix = buildModelIndex(problem);
  for (const rule of alwaysHardModelRules) rule(ix);
  const weekends = weekendIndicators(ix);
  coverDemand(ix);
  honourRequests(ix);
  minMinutesPerPeriod(ix);
  minConsecutiveStretches(ix);
  fairness(ix, weekends);
  return ix;
}
