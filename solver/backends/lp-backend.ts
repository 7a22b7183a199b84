import type { LinearModel } from '../model/linear-model';

export type BackendStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout' | 'unbounded' | 'error';

export interface BackendRequest {
  readonly timeLimitSeconds: number;
  readonly seed: number;
  readonly gapTolerance: number;
  /** Solve the LP relaxation (integrality dropped). */
  readonly relaxation?: boolean;
  /** With `relaxation`, also return the row duals of the optimal LP (HiGHS only). */
  readonly duals?: boolean;
  /** A feasible column vector to start from (HiGHS only; others ignore it). */
  readonly start?: ArrayLike<number>;
  /** Column bounds replacing the model's, e.g. to fix columns in a restricted solve. */
  readonly bounds?: { readonly lower: ArrayLike<number>; readonly upper: ArrayLike<number> };
  /** Extra native options for HiGHS (e.g. { solver: 'ipm' }); other backends ignore them. */
  readonly highsOptions?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * A backend's answer, normalised: `values` holds every column (zeros included) or is null
 * when no solution exists; `objective` includes the model offset; `bound` is a proved lower
 * bound or null.
 */
export interface BackendResult {
  readonly status: BackendStatus;
  readonly objective: number | null;
  readonly bound: number | null;
  readonly values: Float64Array | null;
  /**
   * Row duals `y` of an optimal LP, when asked for: a column's reduced cost is its cost less the
   * sum of `y[i]` times its coefficient in row i.
   */
  readonly duals?: Float64Array;
  readonly message?: string;
}

/** The only door to an LP/MIP solver. */
export interface LpBackend {
  readonly name: 'highs' | 'jslp';
  solve(model: LinearModel, request: BackendRequest): Promise<BackendResult>;
}
