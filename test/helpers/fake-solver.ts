import { evaluateRoster, type RosterProblem, type RosterSolution, type SolveOptions, type SolveStatus, type Violation } from '../../solver';
import { buildRosterModel } from '../../solver/model/build-model';
import { SolveAborted, type RosterSolver } from '../../src/services/jobs/worker-solver';

export interface FakeSolve {
  readonly problem: RosterProblem;
  /** As the job passed them: warm start and progress callback included. */
  readonly options: Partial<SolveOptions>;
  aborted: boolean;
  answer(solution: RosterSolution): void;
}

/**
 * A solver the test drives: each solve waits until the test answers it. `honourAbort: false`
 * plays a solver without an abort hook, whose answer arrives after a cancel.
 */
export function fakeSolver(honourAbort = true): { solver: RosterSolver; solves: FakeSolve[]; nextSolve(index: number): Promise<FakeSolve> } {
  const solves: FakeSolve[] = [];
  const solver: RosterSolver = (problem, options) => {
    let answer!: (s: RosterSolution) => void;
    let fail!: (e: Error) => void;
    const result = new Promise<RosterSolution>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
    const solve: FakeSolve = { problem, options, aborted: false, answer };
    solves.push(solve);
    return {
      result,
      abort: async () => {
        solve.aborted = true;
        if (honourAbort) fail(new SolveAborted('stopped'));
      },
    };
  };
  const nextSolve = async (index: number) => {
    for (let i = 0; i < 400 && solves.length <= index; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    if (solves.length <= index) throw new Error(`solve ${index} never started`);
    return solves[index];
  };
  return { solver, solves, nextSolve };
}

/** An answer without assignments: an empty optimal roster, or a failure with diagnostics. */
export function fakeSolution(status: SolveStatus, diagnostics: Violation[] = []): RosterSolution {
  const solved = status === 'optimal' || status === 'feasible';
  return {
    status, method: 'fake', backend: 'fake', assignments: [], objective: solved ? 0 : null, bound: null, gap: null,
    figures: solved ? { coverage: [], shortfallTotal: 0, surplusTotal: 0, alignmentTotal: 0, alignmentMean: 0, fairnessSpread: { nights: 0, weekends: 0 }, requestsHonoured: 0, requestsTotal: 0, developmentShifts: 0 } : null,
    terms: null, violations: [], diagnostics, variables: 0, constraints: 0, seconds: 0.1,
  };
}

/** A feasible answer with `count` assignments, each of another analyst, scored by the evaluator. */
export function fakeRosterSolution(problem: RosterProblem, count: number): RosterSolution {
  const analysts = new Set<string>();
  const picks = buildRosterModel(problem).candidates.filter((c) => !analysts.has(c.analyst.id) && Boolean(analysts.add(c.analyst.id))).slice(0, count)
    .map((c) => ({ analystId: c.analyst.id, shiftId: c.shift.id, queueId: c.queue.id }));
  const evaluation = evaluateRoster(problem, picks);
  return { ...fakeSolution('feasible'), assignments: evaluation.assignments, objective: evaluation.objective, figures: evaluation.figures, terms: evaluation.terms };
}
