import { availableParallelism } from 'node:os';
import type { ObjectiveWeights, RosterProblem } from './problem';
import type { SolveProgress } from './progress';
import type { Assignment } from './solution';

export type BackendChoice = 'auto' | 'highs' | 'jslp';
export type MethodChoice = 'auto' | 'monolithic' | 'fix-and-optimise';

export interface SolveOptions {
  /** Wall-clock limit for the whole solve, seconds. */
  readonly timeLimitSeconds: number;
  readonly seed: number;
  /** Relative MIP gap at which to stop. */
  readonly gapTolerance: number;
  readonly backend: BackendChoice;
  readonly method: MethodChoice;
  /**
   * With backend 'auto', models with at most this many columns go to javascript-lp-solver, the
   * rest to HiGHS. Default 0 (HiGHS for all): javascript-lp-solver has no time limit it keeps.
   * On the 252-column Instance1 of the public shift scheduling benchmark it ran for 11 minutes
   * under a 20 s limit without an answer, where HiGHS proves the optimum (607) in 4-7 s.
   */
  readonly jslpMaxColumns: number;
  /** With method 'auto', models with more columns than this use fix-and-optimise. */
  readonly lnsMinColumns: number;
  /**
   * Cap on fix-and-optimise neighbourhoods. With a cap the run is repeatable step for step
   * (each sub-MIP is capped in nodes); without one (Infinity) it uses the time it is given.
   */
  readonly lnsSteps: number;
  /**
   * Threads that solve fix-and-optimise sub-MIPs side by side (HiGHS in WebAssembly uses one
   * core each). Default: the machine's cores, at most 2. 1 solves them on the calling thread.
   */
  readonly threads: number;
  /**
   * A roster to start from, e.g. the previous draft. Assignments that are not candidates of the
   * model (ineligible, unknown ids) are dropped; if the rest breaks a hard rule it is ignored.
   * When it is used, the answer's objective is no worse than the warm start's.
   */
  readonly warmStart?: readonly Assignment[];
  /**
   * Called at each phase change and each time the incumbent improves. It runs on the solver's
   * thread, so it should be quick; if it throws, the error is ignored.
   */
  readonly onProgress?: (progress: SolveProgress) => void;
}

/** Defaults merged under the caller's options. */
export const defaultSolveOptions: SolveOptions = Object.freeze({
  timeLimitSeconds: 30,
  seed: 1,
  gapTolerance: 0.001,
  backend: 'auto',
  method: 'auto',
  jslpMaxColumns: 0,
  lnsMinColumns: 3000,
  lnsSteps: Infinity,
  threads: Math.min(2, availableParallelism()),
});

/**
 * Default objective weights. Under-coverage (per analyst-hour) dominates everything else;
 * alignment and continuity are priced as misfit per assignment (see alignmentCeiling).
 */
export const defaultWeights: ObjectiveWeights = Object.freeze({
  underCoverage: 100,
  overCoverage: 20,
  requests: 5,
  alignment: 1,
  proficiency: 1,
  interest: 1,
  shiftPreference: 1,
  continuity: 1,
  fairnessNights: 2,
  fairnessWeekends: 2,
  minMinutesPerHour: 1,
  minConsecutiveDays: 3,
  minConsecutiveDaysOff: 3,
});

/**
 * Options with defaults filled in.
 * @example mergeSolveOptions({ timeLimitSeconds: 10 }).seed // 1
 */
export function mergeSolveOptions(options: Partial<SolveOptions> = {}): SolveOptions {
  return Object.freeze({ ...defaultSolveOptions, ...options });
}

export function problemWeights(problem: RosterProblem): ObjectiveWeights {
  return Object.freeze({ ...defaultWeights, ...(problem.weights ?? {}) });
}
