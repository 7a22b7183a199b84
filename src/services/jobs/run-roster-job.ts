import type { Assignment, RosterSolution } from '../../../solver';
import type { RosterJobEntity } from '../../db/entities';
import type { Repositories, Store } from '../../db/store';
import type { Clock } from '../../domain/clock';
import type { RosterJobPhase, RosterJobProgress } from '../../domain/roster';
import { loadRosterProblem, pinKey, type AssignmentKey, type LoadedProblem, solverAssignmentsOf, startingRosterRows, toAssignmentRows, toViolationView, totalsOf } from '../roster-problem';
import { progressWriter } from './progress-writer';
import type { RosterSolver, SolveHandle } from './worker-solver';

export interface RunDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly solver: RosterSolver;
  /** Called after every stored change of the job (progress feed). */
  readonly notify: (jobId: number) => Promise<unknown>;
}

/** Raised inside the storing transaction when the job was cancelled meanwhile: rolls it back. */
class Discarded extends Error {}

const MAX_DIAGNOSTICS = 20;

/**
 * One job from start to end: loading -> solving -> storing. The job row is the truth: each phase
 * is written there, and every status change is conditional on the job still running, so a cancel
 * that lands at any moment wins and nothing of the discarded result is written.
 */
export async function runRosterJob(deps: RunDeps, jobId: number, track: (solve: SolveHandle) => void): Promise<void> {
  const { store, clock } = deps;
  const repos = store.repos;
  if (!(await repos.rosterJobs.transition(jobId, ['queued'], 'running', { startedAt: clock.now().toJSDate() }))) return;
  const job = (await repos.rosterJobs.findById(jobId)) as RosterJobEntity;
  const progress = jobProgress(deps, jobId, job);
  try {
    await progress.phase('loading');
    const { loaded, warmStart } = await loadJob(repos, job);
    await progress.phase('solving');
    const writer = progressWriter((p) => progress.save({ solverPhase: p.phase, bestObjective: p.objective, bound: p.bound, gap: p.gap, elapsedSeconds: p.elapsedSeconds }));
    const handle = deps.solver(loaded.problem, { ...job.options, warmStart, onProgress: writer.onProgress });
    track(handle);
    // Every progress write lands before the job's next phase, so none overwrites the result.
    const solution = await handle.result.finally(() => writer.settled());
    if (!(await stillRunning(deps, jobId))) return;
    const figures = { bestObjective: solution.objective, bound: solution.bound, gap: solution.gap, solveStatus: solution.status, elapsedSeconds: solution.seconds };
    if (solution.assignments.length === 0 && solution.status !== 'optimal' && solution.status !== 'feasible') {
      await fail(deps, jobId, failureMessage(solution), { ...progress.current, phase: 'done', ...figures, diagnostics: solution.diagnostics.slice(0, MAX_DIAGNOSTICS).map(toViolationView) });
      return;
    }
    await progress.phase('storing', figures);
    const pins = new Set((loaded.problem.pins ?? []).map(pinKey));
    const rows = toAssignmentRows(loaded, solution.assignments, pins, 'solver');
    await store.transaction(async (tx) => {
      const rosterId = await tx.rosters.insertDraft({
        startDate: job.startDate, endDate: job.endDate, siteIds: job.siteIds, solveStatus: solution.status, method: `${solution.method}/${solution.backend}`,
        objective: solution.objective, bound: solution.bound, gap: solution.gap, seconds: solution.seconds, jobId,
        figures: { ...totalsOf({ figures: solution.figures!, objective: solution.objective ?? 0, violations: solution.violations }), droppedPins: loaded.droppedPins.length },
      }, rows);
      const done = { ...progress.current, phase: 'done', ...figures, diagnostics: solution.violations.slice(0, MAX_DIAGNOSTICS).map(toViolationView) };
      if (!(await tx.rosterJobs.transition(jobId, ['running'], 'succeeded', { rosterId, progress: done, finishedAt: clock.now().toJSDate() }))) throw new Discarded();
    });
    await deps.notify(jobId);
  } catch (error) {
    if (error instanceof Discarded || !(await stillRunning(deps, jobId))) return;
    await fail(deps, jobId, `Unexpected error while solving: ${error instanceof Error ? error.message : String(error)}`, { ...progress.current, phase: 'done', elapsedSeconds: progress.elapsed() });
  }
}

/**
 * The job's problem, and the roster its solve starts from: the base roster as it is now when
 * re-solving (its pinned assignments become pins), else the scope's latest draft or published roster.
 */
async function loadJob(repos: Repositories, job: RosterJobEntity): Promise<{ loaded: LoadedProblem & { droppedPins: AssignmentKey[] }; warmStart: Assignment[] }> {
  const previous = await startingRosterRows(repos, job);
  const loaded = await loadRosterProblem(repos, job, job.baseRosterId === null ? [] : previous.filter((a) => a.pinned));
  return { loaded, warmStart: solverAssignmentsOf(loaded, previous) };
}

/** The job's progress as last written, and writers that merge a patch into it, store it and announce it. */
function jobProgress(deps: RunDeps, jobId: number, job: RosterJobEntity) {
  const started = deps.clock.now();
  const elapsed = () => Math.max(0, deps.clock.now().diff(started, 'seconds').seconds);
  let current = progressOf(job);
  const save = async (patch: Partial<RosterJobProgress>): Promise<void> => {
    current = { ...current, ...patch };
    await deps.store.repos.rosterJobs.setProgress(jobId, { ...current });
    await deps.notify(jobId);
  };
  const phase = (name: RosterJobPhase, extra: Partial<RosterJobProgress> = {}) => save({ phase: name, elapsedSeconds: elapsed(), ...extra });
  return { elapsed, save, phase, get current() { return current; } };
}

function progressOf(job: RosterJobEntity): RosterJobProgress {
  return { phase: 'queued', solverPhase: null, bestObjective: null, bound: null, gap: null, elapsedSeconds: 0, solveStatus: null, diagnostics: [], ...(job.progress as Partial<RosterJobProgress>) };
}

async function stillRunning(deps: RunDeps, jobId: number): Promise<boolean> {
  return (await deps.store.repos.rosterJobs.findById(jobId))?.status === 'running';
}

async function fail(deps: RunDeps, jobId: number, error: string, progress: RosterJobProgress): Promise<void> {
  await deps.store.repos.rosterJobs.transition(jobId, ['running'], 'failed', { error: error.slice(0, 2000), progress: { ...progress }, finishedAt: deps.clock.now().toJSDate() });
  await deps.notify(jobId);
}

/** The solver's status and its first diagnostics, e.g. which rule, analyst and date, and by how much. */
export function failureMessage(solution: RosterSolution): string {
  const head = {
    infeasible: 'No roster keeps every hard rule',
    invalid: 'The desk data is not a valid solver input',
    timedout: `The time limit struck before any roster was found`,
    error: 'The solver failed',
  }[solution.status as 'infeasible' | 'invalid' | 'timedout' | 'error'] ?? `The solver answered ${solution.status} without a roster`;
  const reasons = solution.diagnostics.slice(0, 5).map((d) => d.message);
  const more = solution.diagnostics.length > 5 ? ` (and ${solution.diagnostics.length - 5} more)` : '';
  return `${head} (${solution.status}): ${reasons.join('; ') || 'no details'}${more}`;
}
