import solver, { type LpModel } from 'javascript-lp-solver';
import type { LinearModel } from '../model/linear-model';
import type { BackendRequest, LpBackend } from './lp-backend';

/** Column j is "c<j>", row i is "r<i>", a column's upper bound is row "u<j>". */
function toJslp(m: LinearModel, req: BackendRequest): LpModel {
  const variables: LpModel['variables'] = {};
  const constraints: LpModel['constraints'] = {};
  const ints: Record<string, 1> = {};
  const lower = req.bounds?.lower ?? m.lower;
  const upper = req.bounds?.upper ?? m.upper;
  for (let j = 0; j < m.columnCount; j++) {
    variables[`c${j}`] = { cost: m.cost[j] };
    if (Number.isFinite(upper[j]) || lower[j] > 0) {
      constraints[`u${j}`] = { ...(Number.isFinite(upper[j]) ? { max: upper[j] } : {}), ...(lower[j] > 0 ? { min: lower[j] } : {}) };
      variables[`c${j}`][`u${j}`] = 1;
    }
    if (m.integer[j] && !req.relaxation) ints[`c${j}`] = 1;
  }
  m.rows.forEach((row, i) => {
    constraints[`r${i}`] = { ...(Number.isFinite(row.lower) ? { min: row.lower } : {}), ...(Number.isFinite(row.upper) ? { max: row.upper } : {}) };
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) variables[`c${m.rowIndices[k]}`][`r${i}`] = m.rowValues[k];
  });
  return { optimize: 'cost', opType: 'min', constraints, variables, ints, options: { timeout: req.timeLimitSeconds * 1000, tolerance: 0 } };
}

/** Values read back by column name: the solver omits zeros and mixes in `feasible`/`result`. */
function valuesOf(m: LinearModel, result: Record<string, unknown>): Float64Array {
  const values = new Float64Array(m.columnCount);
  for (let j = 0; j < m.columnCount; j++) {
    const v = result[`c${j}`];
    values[j] = typeof v === 'number' ? v : 0;
  }
  return values;
}

/** javascript-lp-solver: small models and sub-problems, and a cross-check of HiGHS. */
export const jslpBackend: LpBackend = {
  name: 'jslp',
  async solve(m, req) {
    try {
      const started = Date.now();
      const result = solver.Solve(toJslp(m, req)) as Record<string, unknown>;
      const timedOut = Date.now() - started >= req.timeLimitSeconds * 1000;
      if (!result.feasible) return { status: 'infeasible', objective: null, bound: null, values: null };
      if (result.bounded === false) return { status: 'unbounded', objective: null, bound: null, values: null };
      const values = valuesOf(m, result);
      const objective = m.objectiveOf(values);
      // It only gets small models, so it always solves exactly; stopped by the clock, its
      // branch-and-bound leaves no bound we can read, so none is claimed.
      const proved = req.relaxation || !timedOut;
      return { status: proved ? 'optimal' : 'feasible', objective, bound: proved ? objective : null, values };
    } catch (error) {
      return { status: 'error', objective: null, bound: null, values: null, message: `javascript-lp-solver failed: ${String(error)}` };
    }
  },
};
