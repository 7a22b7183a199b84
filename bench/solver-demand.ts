import type { RosterProblem } from '../solver';

/** Required analyst-hours over what the analysts can give (4.5 paid 8-hour shifts a week each). */
export function demandRatio(problem: RosterProblem): number {
  const required = (problem.intervalTargets ?? []).reduce((s, t) => s + (t.required * (Date.parse(t.end) - Date.parse(t.start))) / 3600000, 0);
  const days = (Date.parse(problem.period.endDate) - Date.parse(problem.period.startDate)) / 86400000 + 1;
  return required / (problem.analysts.length * 4.5 * 8 * (days / 7));
}
