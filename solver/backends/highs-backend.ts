import loadHighs from 'highs';
import type { LinearModel, ModelArrays } from '../model/linear-model';
import type { BackendRequest, BackendResult, BackendStatus, LpBackend } from './lp-backend';

type HighsModule = Awaited<ReturnType<typeof loadHighs>>;
let runtime: Promise<HighsModule> | null = null;

/** One WebAssembly runtime per thread; dropped after an abort so the next solve starts clean. */
function highsRuntime(): Promise<HighsModule> {
  runtime ??= loadHighs();
  return runtime;
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : x > 0 ? 1e30 : -1e30;
}

function modelData(h: HighsModule, m: ModelArrays, req: BackendRequest): Parameters<HighsModule['createModel']>[0] {
  return {
    numCols: m.cost.length,
    numRows: m.rows.length,
    sense: h.constants.objectiveSense.minimize,
    offset: m.offset,
    colCost: Float64Array.from(m.cost),
    colLower: Float64Array.from(req.bounds?.lower ?? m.lower, finite),
    colUpper: Float64Array.from(req.bounds?.upper ?? m.upper, finite),
    rowLower: Float64Array.from(m.rows, (r) => finite(r.lower)),
    rowUpper: Float64Array.from(m.rows, (r) => finite(r.upper)),
    matrix: { format: 'csr', numRows: m.rows.length, numCols: m.cost.length, starts: Int32Array.from(m.rowStarts), indices: Int32Array.from(m.rowIndices), values: Float64Array.from(m.rowValues) },
    ...(req.relaxation ? {} : { integrality: Int32Array.from(m.integer, (i) => (i ? 1 : 0)) }),
  } as Parameters<HighsModule['createModel']>[0];
}

function statusOf(h: HighsModule, code: number, hasSolution: boolean): BackendStatus {
  const s = h.constants.modelStatus;
  if (code === s.optimal) return 'optimal';
  if (code === s.infeasible) return 'infeasible';
  if (code === s.unbounded || code === s.unboundedOrInfeasible) return 'unbounded';
  if (code === s.timeLimit || code === s.iterationLimit || code === s.interrupted || code === s.solutionLimit) return hasSolution ? 'feasible' : 'timedout';
  if (code === s.empty) return 'optimal';
  return hasSolution ? 'feasible' : 'error';
}

function infoNumber(model: { info: { get(name: string): unknown } }, name: string): number | null {
  try {
    const v = Number(model.info.get(name));
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

function run(h: HighsModule, m: ModelArrays, req: BackendRequest, calledMs: number): BackendResult {
  const model = h.createModel(modelData(h, m, req));
  try {
    // HiGHS counts only its own run, so the time spent copying the model in comes off the limit.
    const loading = (Date.now() - calledMs) / 1000;
    model.options.set({ output_flag: false, random_seed: req.seed, time_limit: Math.max(0.1, req.timeLimitSeconds - loading), mip_rel_gap: req.gapTolerance, ...req.highsOptions } as never);
    if (req.start && !req.relaxation) model.setSolution({ colValue: Float64Array.from(req.start) } as never);
    model.run();
    const hasSolution = infoNumber(model, 'primal_solution_status') === 2;
    const status = statusOf(h, model.getModelStatus(), hasSolution);
    const solution = hasSolution ? model.getSolution() : null;
    const values = solution ? Float64Array.from(solution.colValue) : null;
    const objective = hasSolution ? model.getObjectiveValue() : null;
    const bound = req.relaxation ? (status === 'optimal' ? objective : null) : infoNumber(model, 'mip_dual_bound');
    const duals = req.relaxation && req.duals && status === 'optimal' && solution ? Float64Array.from(solution.rowDual) : undefined;
    return { status, objective, bound: bound !== null && Math.abs(bound) < 1e29 ? bound : null, values, ...(duals ? { duals } : {}) };
  } finally {
    model.dispose();
  }
}

/**
 * Solves plain model arrays on this thread. The worker threads of `HighsPool` call this with
 * the arrays they were posted, so both paths run the same code.
 */
export async function solveWithHighs(m: ModelArrays, req: BackendRequest): Promise<BackendResult> {
  const calledMs = Date.now();
  const h = await highsRuntime();
  try {
    return run(h, m, req, calledMs);
  } catch (error) {
    runtime = null;
    return { status: 'error', objective: null, bound: null, values: null, message: `HiGHS failed: ${String(error)}` };
  }
}

/** HiGHS (WebAssembly): carries roster-size models. */
export const highsBackend: LpBackend = {
  name: 'highs',
  solve: (m: LinearModel, req) => solveWithHighs(m, req),
};
