import type { RosterProblem } from '../problem';
import { buildModelIndex, type ModelIndex } from './candidates';
import { alwaysHardModelRules, weekendIndicators } from './hard-rules';
import { coverDemand, coverPlan, fairness, honourRequests, minConsecutiveStretches, minMinutesPerPeriod } from './soft-terms';

/**
 * The whole roster as one MIP: assignment columns for eligible triples, one function per rule.
 * With `plannedCounts`, coverage targets are replaced by planned head counts per shift and
 * queue (the second stage of a two-stage solve); columns and hard rows stay the same, in the
 * same order, so its assignment values carry over to the full model.
 * @example buildRosterModel(problem).model.columnCount
 */
export function buildRosterModel(problem: RosterProblem, plannedCounts?: ReadonlyMap<string, number>): ModelIndex {
  const ix = buildModelIndex(problem);
  for (const rule of alwaysHardModelRules) rule(ix);
  const weekends = weekendIndicators(ix);
  if (plannedCounts) coverPlan(ix, plannedCounts);
  else coverDemand(ix);
  honourRequests(ix);
  minMinutesPerPeriod(ix);
  minConsecutiveStretches(ix);
  fairness(ix, weekends);
  return ix;
}
