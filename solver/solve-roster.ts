import { evaluateRoster } from './evaluate';
import { explainInfeasibility, genericInfeasibility } from './explain';
import { buildRosterModel } from './model/build-model';
import { methodFor } from './methods';
import type { MethodResult } from './methods/method';
import { mergeSolveOptions, type SolveOptions } from './options';
import type { RosterProblem } from './problem';
import { progressReporter, relativeGap } from './progress';
import type { RosterSolution, SolveStatus, Violation } from './solution';
import { validateRosterProblem, validateSolveOptions } from './validate';

function empty(status: SolveStatus, diagnostics: Violation[], started: number, extra: Partial<RosterSolution> = {}): RosterSolution {
  return {
    status, method: 'none', backend: 'none', assignments: [], objective: null, bound: null, gap: null, figures: null, terms: null,
    violations: [], diagnostics, variables: 0, constraints: 0, seconds: (Date.now() - started) / 1000, ...extra,
  };
}

/**
 * Time kept back from the method for scoring its roster with the evaluator and the last step's
 * overrun: 3% of the limit, at most 5 s. A 150-analyst, 364-day solve ended 1.9 s past 120 s
 * without it; public Instance23 (100 analysts, 364 days) ended 2.2 s past 180 s with a 2 s cap.
 */
function finishingSeconds(limitSeconds: number): number {
  return Math.min(5, 0.03 * limitSeconds);
}

function statusOf(result: MethodResult): SolveStatus {
  if (result.status === 'optimal') return 'optimal';
  return 'feasible';
}

/**
 * Builds the best roster it can within the time limit. Expected outcomes (infeasible input, time
 * limit, malformed input) come back as `status` with diagnostics; it throws only on bugs.
 * @example const solution = await solveRoster(problem, { timeLimitSeconds: 10, seed: 7 });
 */
export async function solveRoster(problem: RosterProblem, options: Partial<SolveOptions> = {}): Promise<RosterSolution> {
  const started = Date.now();
  const opts = mergeSolveOptions(options);
  const issues = [...validateSolveOptions(opts), ...validateRosterProblem(problem)];
  if (issues.length) return empty('invalid', issues.map((i) => ({ rule: 'validation', message: `${i.field}: ${i.message}` })), started);
  const ix = buildRosterModel(problem);
  const sizes = { variables: ix.model.columnCount, constraints: ix.model.rows.length };
  const conflicts = explainInfeasibility(ix);
  if (conflicts.length) return empty('infeasible', conflicts, started, sizes);
  const report = progressReporter(opts.onProgress, started);
  const deadlineMs = started + (opts.timeLimitSeconds - finishingSeconds(opts.timeLimitSeconds)) * 1000;
  const result = await methodFor(ix, opts)(ix, opts, deadlineMs, report);
  const meta = { method: result.method, backend: result.backend, ...sizes };
  if (result.status === 'infeasible') return empty('infeasible', [genericInfeasibility(ix)], started, meta);
  if (!result.assignments) {
    const status = result.status === 'timedout' ? 'timedout' : 'error';
    return empty(status, [{ rule: status, message: result.message ?? `No roster found (${result.status})` }], started, meta);
  }
  const evaluation = evaluateRoster(problem, result.assignments);
  const bound = result.bound;
  const gap = relativeGap(evaluation.objective, bound);
  report('done', evaluation.objective, bound);
  return {
    ...meta,
    status: statusOf(result),
    assignments: evaluation.assignments,
    objective: evaluation.objective,
    bound, gap,
    figures: evaluation.figures,
    terms: evaluation.terms,
    violations: evaluation.violations,
    diagnostics: [],
    seconds: (Date.now() - started) / 1000,
  };
}
