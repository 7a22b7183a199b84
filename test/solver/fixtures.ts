import { DateTime } from 'luxon';
import type { Analyst, IntervalTarget, Queue, RosterProblem, ShiftInstance } from '../../solver';
import { evaluateRoster, solveRoster, type RosterSolution, type SolveOptions } from '../../solver';

export const START = '2026-03-02'; // a Monday

/** Shift instances of `day` (07:00-15:00 UTC, 480 paid) and `night` (23:00-07:00) over n dates. */
export function tinyShifts(days: number, templates: readonly ('day' | 'late' | 'night')[] = ['day', 'night']): ShiftInstance[] {
  const hours = { day: 7, late: 15, night: 23 } as const;
  const out: ShiftInstance[] = [];
  for (let i = 0; i < days; i++) {
    const date = DateTime.fromISO(START, { zone: 'utc' }).plus({ days: i });
    for (const t of templates) {
      const start = date.set({ hour: hours[t] });
      out.push({ id: `${t}@${date.toISODate()}`, date: date.toISODate() as string, templateId: t, start: start.toISO() as string, end: start.plus({ hours: 8 }).toISO() as string, paidMinutes: 480, night: t === 'night' });
    }
  }
  return out;
}

export function analyst(id: string, extra: Partial<Analyst> = {}): Analyst {
  return { id, skills: [{ skillId: 'epic', proficiency: 3, interest: 0, certificationExpires: null }], ...extra };
}

export const epicQueue: Queue = { id: 'epic', clientId: 'north', requiredSkills: [{ skillId: 'epic', minProficiency: 3 }] };

/** One analyst wanted on the queue for each shift's whole length. */
export function targetsFor(shifts: readonly ShiftInstance[], required = 1, queueId = 'epic'): IntervalTarget[] {
  return shifts.map((s) => ({ id: `need-${s.id}-${queueId}`, queueId, start: s.start, end: s.end, required }));
}

export function tinyProblem(extra: Partial<RosterProblem> = {}, days = 3): RosterProblem {
  const shifts = tinyShifts(days);
  return {
    period: { startDate: START, endDate: shifts[shifts.length - 1].date },
    analysts: [analyst('ana'), analyst('ben')],
    shifts,
    queues: [epicQueue],
    intervalTargets: targetsFor(shifts),
    ...extra,
  };
}

/**
 * Solves and checks the answer with the independent evaluator: no broken hard rule, and the
 * evaluator's objective within the reported bound.
 */
export async function solveChecked(problem: RosterProblem, options: Partial<SolveOptions> = {}): Promise<RosterSolution> {
  const solution = await solveRoster(problem, { timeLimitSeconds: 20, gapTolerance: 0, ...options });
  if (solution.status === 'optimal' || solution.status === 'feasible') {
    const evaluation = evaluateRoster(problem, solution.assignments);
    expect(evaluation.violations).toEqual([]);
    expect(solution.objective).toBeCloseTo(evaluation.objective, 6);
    if (solution.bound !== null) expect(solution.bound).toBeLessThanOrEqual(evaluation.objective + 1e-6);
  }
  return solution;
}

export function worksOn(solution: RosterSolution, analystId: string): string[] {
  return solution.assignments.filter((a) => a.analystId === analystId).map((a) => a.shiftId).sort();
}
