import type { SolveOptions } from '../options';
import type { ModelIndex } from '../model/candidates';
import type { Assignment } from '../solution';
import type { BackendStatus } from '../backends/lp-backend';
import type { ProgressReport } from '../progress';

/** What a solution method hands back before the evaluator scores it. */
export interface MethodResult {
  readonly method: string;
  readonly backend: string;
  readonly status: BackendStatus;
  readonly assignments: readonly Assignment[] | null;
  /** A proved lower bound on the objective, or null. */
  readonly bound: number | null;
  readonly variables: number;
  readonly constraints: number;
  readonly message?: string;
}

/**
 * A method receives the full model (already built and checked), a wall-clock deadline, and a
 * report to call at each phase change and each better incumbent.
 */
export type SolveMethod = (ix: ModelIndex, options: SolveOptions, deadlineMs: number, report: ProgressReport) => Promise<MethodResult>;
