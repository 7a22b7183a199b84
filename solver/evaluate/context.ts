import type { Analyst, ObjectiveWeights, Queue, RosterProblem, ShiftInstance } from '../problem';
import type { Assignment } from '../solution';
import { problemWeights } from '../options';
import { datesInPeriod, instantMillis } from '../time';

/** An assignment with its referenced objects resolved. */
export interface Worked {
  readonly assignment: Assignment;
  readonly analyst: Analyst;
  readonly shift: ShiftInstance;
  readonly queue: Queue;
  readonly startMs: number;
  readonly endMs: number;
}

export interface EvalContext {
  readonly problem: RosterProblem;
  readonly weights: ObjectiveWeights;
  readonly dates: readonly string[];
  readonly worked: readonly Worked[];
  /** Worked shifts of each analyst, sorted by start. */
  readonly byAnalyst: ReadonlyMap<string, readonly Worked[]>;
  readonly unknown: readonly Assignment[];
}

export function evalContext(problem: RosterProblem, assignments: readonly Assignment[]): EvalContext {
  const analysts = new Map(problem.analysts.map((a) => [a.id, a]));
  const shifts = new Map(problem.shifts.map((s) => [s.id, s]));
  const queues = new Map(problem.queues.map((q) => [q.id, q]));
  const worked: Worked[] = [];
  const unknown: Assignment[] = [];
  for (const assignment of assignments) {
    const analyst = analysts.get(assignment.analystId);
    const shift = shifts.get(assignment.shiftId);
    const queue = queues.get(assignment.queueId);
    if (!analyst || !shift || !queue) unknown.push(assignment);
    else worked.push({ assignment, analyst, shift, queue, startMs: instantMillis(shift.start), endMs: instantMillis(shift.end) });
  }
  const byAnalyst = new Map<string, Worked[]>(problem.analysts.map((a) => [a.id, []]));
  for (const w of worked) byAnalyst.get(w.analyst.id)?.push(w);
  for (const list of byAnalyst.values()) list.sort((a, b) => a.startMs - b.startMs || a.shift.id.localeCompare(b.shift.id));
  const weights = problemWeights(problem);
  return { problem, weights, dates: datesInPeriod(problem.period.startDate, problem.period.endDate), worked, byAnalyst, unknown };
}

/** 1 when the analyst works on the date, else 0. */
export function workDays(list: readonly Worked[]): Set<string> {
  return new Set(list.map((w) => w.shift.date));
}
