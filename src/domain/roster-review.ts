import { DateTime } from 'luxon';
import type { Evaluation, RosterProblem } from '../../solver';
import type { RosterAnalystFiguresView, RosterCoverageView } from './roster';

/**
 * Coverage per queue and interval: the evaluator's rows joined to the interval targets they
 * measure (target = required analysts, planned = analyst-equivalents on the queue).
 * @example rosterCoverage(problem, evaluateRoster(problem, assignments))[0].shortfall // 0.5
 */
export function rosterCoverage(problem: RosterProblem, evaluation: Evaluation): RosterCoverageView[] {
  const targets = new Map((problem.intervalTargets ?? []).map((t) => [t.id, t]));
  return evaluation.figures.coverage.flatMap((row) => {
    const target = targets.get(row.targetId);
    if (!target) return [];
    return [{ queueId: target.queueId, start: utc(target.start), end: utc(target.end), target: row.required, planned: round(row.covered), shortfall: round(row.shortfall) }];
  }).sort((a, b) => Number(a.queueId) - Number(b.queueId) || a.start.localeCompare(b.start));
}

/**
 * Per analyst: shifts, paid minutes, nights, weekends worked (a Saturday or Sunday shift date),
 * mean alignment, requests honoured. Analysts without any shift are listed too.
 */
export function rosterAnalystFigures(problem: RosterProblem, evaluation: Evaluation): RosterAnalystFiguresView[] {
  const shifts = new Map(problem.shifts.map((s) => [s.id, s]));
  return problem.analysts.map((analyst) => {
    const own = evaluation.assignments.filter((a) => a.analystId === analyst.id);
    const worked = own.map((a) => ({ a, shift: shifts.get(a.shiftId)! }));
    const weekends = new Set(worked.map(({ a }) => DateTime.fromISO(a.date)).filter((d) => d.weekday >= 6).map((d) => `${d.weekYear}-${d.weekNumber}`));
    const requests = analyst.requests ?? [];
    const honoured = requests.filter((r) => {
      const hit = own.some((a) => a.date === r.date && (r.templateId === null || a.templateId === r.templateId));
      return r.wantsToWork ? hit : !hit;
    });
    const alignment = own.reduce((sum, a) => sum + a.alignment.score, 0);
    return {
      analystId: analyst.id,
      shifts: own.length,
      paidMinutes: worked.reduce((sum, w) => sum + w.shift.paidMinutes, 0),
      nights: worked.filter((w) => w.shift.night).length,
      weekends: weekends.size,
      alignmentMean: own.length === 0 ? 0 : round(alignment / own.length),
      requestsHonoured: honoured.length,
      requestsTotal: requests.length,
      developmentShifts: own.filter((a) => a.development).length,
    };
  });
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
const utc = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).toISO()!;
