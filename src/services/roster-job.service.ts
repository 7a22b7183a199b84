import { DateTime } from 'luxon';
import { z } from 'zod';
import type { RosterJobEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/errors';
import type { RosterJobProgress, RosterJobStatus, RosterJobView } from '../domain/roster';
import { idText, isoDate, parseInput } from '../domain/validation';
import { RosterJobRunner } from './jobs/roster-job-runner';
import { runRosterJob } from './jobs/run-roster-job';
import { RosterSolver, workerSolver } from './jobs/worker-solver';

const MAX_DAYS = 62;

const solveOptions = z.object({
  timeLimitSeconds: z.number().int().min(1, 'must be between 1 and 600 seconds').max(600, 'must be between 1 and 600 seconds').nullish(),
  seed: z.number().int().min(0, 'must be a non-negative integer').nullish(),
  gapTolerance: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish(),
}).nullish().transform((o) => ({ timeLimitSeconds: o?.timeLimitSeconds ?? 30, seed: o?.seed ?? 1, gapTolerance: o?.gapTolerance ?? 0.001 }));

const generateInput = z.object({
  startDate: isoDate,
  endDate: isoDate,
  siteIds: z.array(idText).min(1, 'must name at least one site'),
  options: solveOptions,
}).superRefine((input, ctx) => {
  const days = DateTime.fromISO(input.endDate).diff(DateTime.fromISO(input.startDate), 'days').days + 1;
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must not be before startDate (${input.startDate})` });
  else if (days > MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must be at most ${MAX_DAYS} days after startDate (${input.startDate}); the period has ${days} days` });
});

const statusInput = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).nullish();

export const RESTART_ERROR = 'Interrupted by a restart of the service before it finished; nothing of it was stored. Start it again.';

export function toRosterJobView(job: RosterJobEntity): RosterJobView {
  const options = job.options as RosterJobView['options'];
  const progress = { phase: 'queued', solverPhase: null, bestObjective: null, bound: null, gap: null, elapsedSeconds: 0, solveStatus: null, diagnostics: [], ...job.progress } as RosterJobProgress;
  return {
    id: String(job.id), status: job.status as RosterJobStatus, startDate: job.startDate, endDate: job.endDate, siteIds: job.siteIds.map(String),
    options, baseRosterId: job.baseRosterId === null ? null : String(job.baseRosterId), progress, rosterId: job.rosterId === null ? null : String(job.rosterId),
    error: job.error, requestedBy: job.requestedBy, createdAt: iso(job.createdAt), startedAt: job.startedAt && iso(job.startedAt), finishedAt: job.finishedAt && iso(job.finishedAt),
  };
}

const iso = (d: Date): string => new Date(d).toISOString();

/**
 * Roster solve jobs: start one (returned at once, run by the in-process runner), follow it,
 * cancel it. Only staff. Every change of a job is announced to `onUpdate` listeners.
 */
export class RosterJobService {
  private readonly runner: RosterJobRunner;
  private readonly listeners = new Set<(job: RosterJobView) => void>();

  constructor(private readonly store: Store, private readonly clock: Clock, solver: RosterSolver = workerSolver) {
    const deps = { store, clock, solver, notify: (id: number) => this.announce(id) };
    this.runner = new RosterJobRunner((id, track) => runRosterJob(deps, id, track));
  }

  async generate(actor: Actor, input: unknown): Promise<RosterJobView> {
    requireStaff(actor);
    const values = parseInput(generateInput, input);
    const siteIds = [...new Set(values.siteIds)].sort((a, b) => a - b);
    return this.start(actor, { startDate: values.startDate, endDate: values.endDate, siteIds, options: values.options, baseRosterId: null });
  }

  /** A new job for a roster's period and sites that keeps the roster's pinned assignments. */
  async resolve(actor: Actor, rosterIdInput: string, options: unknown): Promise<RosterJobView> {
    requireStaff(actor);
    const rosterId = parseInput(idText, rosterIdInput, 'rosterId');
    const opts = parseInput(solveOptions, options, 'options');
    const roster = await this.store.repos.rosters.findById(rosterId);
    if (!roster) throw DomainError.notFound('Roster', rosterId);
    return this.start(actor, { startDate: roster.startDate, endDate: roster.endDate, siteIds: roster.siteIds, options: opts, baseRosterId: rosterId });
  }

  async get(actor: Actor, idInput: string): Promise<RosterJobView | null> {
    requireStaff(actor);
    const job = await this.store.repos.rosterJobs.findById(parseInput(idText, idInput, 'id'));
    return job && toRosterJobView(job);
  }

  async list(actor: Actor, status: unknown): Promise<RosterJobView[]> {
    requireStaff(actor);
    return (await this.store.repos.rosterJobs.findByStatus(parseInput(statusInput, status, 'status') ?? null)).map(toRosterJobView);
  }

  /** Queued: cancelled at once. Running: cancelled now, its solve stopped and its result discarded. */
  async cancel(actor: Actor, idInput: string): Promise<RosterJobView> {
    requireStaff(actor);
    const id = parseInput(idText, idInput, 'id');
    const job = await this.store.repos.rosterJobs.findById(id);
    if (!job) throw DomainError.notFound('Roster job', id);
    if (!(await this.store.repos.rosterJobs.transition(id, ['queued', 'running'], 'cancelled', { finishedAt: this.clock.now().toJSDate() }))) {
      throw DomainError.conflict(`Roster job ${id} is already ${(await this.store.repos.rosterJobs.findById(id))?.status}; only a queued or running job can be cancelled`);
    }
    await this.runner.abort(id);
    return this.announce(id);
  }

  /** On start: a job queued or running in a previous process will never finish; fail it. */
  async recoverInterrupted(): Promise<number> {
    return this.store.repos.rosterJobs.failAllActive(RESTART_ERROR, this.clock.now().toJSDate());
  }

  onUpdate(listener: (job: RosterJobView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when no job is queued or running in this process. */
  idle(): Promise<void> {
    return this.runner.idle();
  }

  /**
   * Checks for a clashing job and inserts in one transaction, after locking the sites' rows, so
   * two requests for the same sites take turns and the second sees the first's job.
   */
  private async start(actor: Actor, job: { startDate: string; endDate: string; siteIds: number[]; options: RosterJobView['options']; baseRosterId: number | null }): Promise<RosterJobView> {
    const id = await this.store.transaction(async (tx) => {
      const found = new Set(await tx.sites.lockByIds(job.siteIds));
      const missing = job.siteIds.find((s) => !found.has(s));
      if (missing !== undefined) throw DomainError.badInput('input.siteIds', `input.siteIds: site ${missing} does not exist`);
      const clash = (await tx.rosterJobs.findActiveOverlapping(job.startDate, job.endDate)).find((j) => j.siteIds.some((s) => job.siteIds.includes(s)));
      if (clash) {
        throw DomainError.conflict(`Roster job ${clash.id} (${clash.status}) already solves ${clash.startDate}..${clash.endDate} for sites ${clash.siteIds.join(', ')}; wait for it or cancel it`);
      }
      return tx.rosterJobs.insert({ ...job, progress: { phase: 'queued' }, requestedBy: actor.subject });
    });
    this.runner.enqueue(id);
    return this.announce(id);
  }

  private async announce(id: number): Promise<RosterJobView> {
    const view = toRosterJobView((await this.store.repos.rosterJobs.findById(id)) as RosterJobEntity);
    for (const listener of this.listeners) listener(view);
    return view;
  }
}
