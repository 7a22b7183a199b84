declare module 'javascript-lp-solver' {
  export interface LpModel {
    optimize: string;
    opType: 'max' | 'min';
    constraints: Record<string, { min?: number; max?: number; equal?: number }>;
    variables: Record<string, Record<string, number>>;
    ints?: Record<string, 1 | boolean>;
    binaries?: Record<string, 1 | boolean>;
    options?: { timeout?: number; tolerance?: number; exitOnCycles?: boolean };
  }
  /** The solver's flat answer: variables at zero are missing; `feasible` and `result` sit beside them. */
  export type LpResult = { feasible: boolean; result: number; bounded?: boolean; isIntegral?: boolean } & Record<string, number | boolean | undefined>;
  export function Solve(model: LpModel, precision?: number, full?: boolean): LpResult;
}
