import type { Assignment } from '../../solver';
import { createStore } from '../../src/db/store';
import type { Actor } from '../../src/domain/actor';
import { fixedClock } from '../../src/domain/clock';
import type { RosterJobView } from '../../src/domain/roster';
import { RESTART_ERROR, RosterJobService } from '../../src/services/roster-job.service';
import { fakeRosterSolution, fakeSolution, fakeSolver } from '../helpers/fake-solver';
import { countRows, DemoDesk, GENERATE, loadDemoDesk } from '../helpers/roster-helpers';
import { createTestApp, TEST_NOW, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const SCHEDULER: Actor = { subject: 'sam', role: 'scheduler', analystId: null, clientIds: [] };
const PERIOD = { startDate: '2026-03-07', endDate: '2026-03-09' };
const PROGRESS = 'query ($id: ID!) { rosterJob(id: $id) { status phase options { timeLimitSeconds seed gapTolerance } progress { phase solverPhase bestObjective bound gap elapsedSeconds } } }';

const keys = (assignments: readonly Assignment[] | undefined): string[] => (assignments ?? []).map((a) => `${a.analystId}|${a.shiftId}|${a.queueId}`).sort();

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe.each(testDatabases())('roster jobs [%s]', (kind) => {
  let t: TestApp;
  let demo: DemoDesk;
  let site: (i: number) => string;
  const jobService = (solver = fakeSolver()) => ({ jobs: new RosterJobService(createStore(t.dataSource), fixedClock(TEST_NOW), solver.solver), ...solver });

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    demo = await loadDemoDesk(t);
    site = (i) => demo.siteIds[i];
  });

  it('fails a job whose solve finds no roster, keeping the diagnostics as data', async () => {
    const { jobs, nextSolve } = jobService();
    const job = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const why = { rule: 'max-minutes-per-week', analystId: '5', date: '2026-03-07', amount: 120, message: 'Analyst 5 would be paid 120 min over the weekly maximum' };
    (await nextSolve(0)).answer(fakeSolution('infeasible', [why]));
    await jobs.idle();
    const failed = await jobs.get(SCHEDULER, job.id);
    expect(failed).toMatchObject({ status: 'failed', rosterId: null, progress: { phase: 'done', solveStatus: 'infeasible', diagnostics: [{ ...why, queueId: null }] } });
    expect(failed?.error).toBe('No roster keeps every hard rule (infeasible): Analyst 5 would be paid 120 min over the weekly maximum');
    expect(await countRows(t, 'roster')).toBe(0);
  });

  it('builds the problem of the job\'s sites and period', async () => {
    const { jobs, nextSolve } = jobService();
    await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const solve = await nextSolve(0);
    const siteKey = demo.desk.sites[0].key;
    expect(solve.problem.period).toEqual({ startDate: PERIOD.startDate, endDate: PERIOD.endDate });
    expect(solve.problem.analysts.map((a) => a.id).sort()).toEqual(demo.desk.analysts.filter((a) => a.active && a.siteKey === siteKey).map((a) => String(demo.loaded.ids.get(a.key))).sort());
    expect(new Set(solve.problem.shifts.map((s) => s.date))).toEqual(new Set(['2026-03-07', '2026-03-08', '2026-03-09']));
    solve.answer(fakeSolution('optimal'));
    await jobs.idle();
  });

  it('cancels a running job: its solve is stopped and nothing is stored', async () => {
    const { jobs, nextSolve } = jobService();
    const job = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const solve = await nextSolve(0);
    expect((await jobs.get(SCHEDULER, job.id))?.progress.phase).toBe('solving');
    expect(await jobs.cancel(SCHEDULER, job.id)).toMatchObject({ status: 'cancelled', rosterId: null });
    expect(solve.aborted).toBe(true);
    await jobs.idle();
    expect(await jobs.get(SCHEDULER, job.id)).toMatchObject({ status: 'cancelled', rosterId: null });
    expect(await countRows(t, 'roster')).toBe(0);
  });

  it('discards the answer of a cancelled job whose solver could not be stopped', async () => {
    const { jobs, nextSolve } = jobService(fakeSolver(false));
    const job = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const solve = await nextSolve(0);
    await jobs.cancel(SCHEDULER, job.id);
    solve.answer(fakeSolution('optimal'));
    await jobs.idle();
    expect(await jobs.get(SCHEDULER, job.id)).toMatchObject({ status: 'cancelled', rosterId: null });
    expect(await countRows(t, 'roster')).toBe(0);
  });

  it('runs one job at a time; a queued job is cancelled at once and never runs', async () => {
    const { jobs, nextSolve, solves } = jobService();
    const first = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const second = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(1)] });
    const solve = await nextSolve(0);
    expect(await jobs.cancel(SCHEDULER, second.id)).toMatchObject({ status: 'cancelled', startedAt: null });
    solve.answer(fakeSolution('optimal'));
    await jobs.idle();
    expect(solves).toHaveLength(1);
    expect(await jobs.get(SCHEDULER, first.id)).toMatchObject({ status: 'succeeded', rosterId: expect.any(String) });
    expect((await jobs.list(SCHEDULER, 'cancelled')).map((j) => j.id)).toEqual([second.id]);
    await expect(jobs.cancel(SCHEDULER, first.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a job that overlaps a queued or running one on a shared site with CONFLICT', async () => {
    const { jobs, nextSolve } = jobService();
    const running = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0), site(1)] });
    await expect(jobs.generate(SCHEDULER, { startDate: '2026-03-09', endDate: '2026-03-12', siteIds: [site(1)] }))
      .rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`Roster job ${running.id}`) });
    expect(await countRows(t, 'roster_job')).toBe(1);
    await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(2)] });
    await jobs.generate(SCHEDULER, { startDate: '2026-03-10', endDate: '2026-03-12', siteIds: [site(0)] });
    for (let i = 0; i < 3; i++) (await nextSolve(i)).answer(fakeSolution('optimal'));
    await jobs.idle();
    expect((await jobs.list(SCHEDULER, 'succeeded')).length).toBe(3);
  });

  it('starts only one of simultaneous requests for the same period and sites; the others are CONFLICT', async () => {
    const { jobs, nextSolve } = jobService();
    // Several at once, so that without the lock two would pass the check before either inserts. Every
    // request shares site 0 with every other: requests for disjoint sites may rightly both start.
    const sites = [[site(0), site(1)], [site(1), site(0)], [site(0)], [site(0), site(1)], [site(0)], [site(1), site(0)]];
    const results = await Promise.allSettled(sites.map((siteIds) => jobs.generate(SCHEDULER, { ...PERIOD, siteIds })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(5).fill('CONFLICT'));
    expect(await countRows(t, 'roster_job')).toBe(1);
    (await nextSolve(0)).answer(fakeSolution('optimal'));
    await jobs.idle();
  });

  it('numbers two drafts of the same period and sites published at once 1 and 2, never the same', async () => {
    const { jobs, nextSolve } = jobService();
    const drafts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const job = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
      (await nextSolve(i)).answer(fakeSolution('optimal'));
      await jobs.idle();
      drafts.push((await jobs.get(SCHEDULER, job.id))!.rosterId!);
    }
    const rosters = t.app.services.rosters;
    const published = await Promise.all(drafts.map((id) => rosters.publish(SCHEDULER, id, null)));
    expect(published.map((r) => r.publishedVersion).sort()).toEqual([1, 2]);
    const versions = await rosters.versions(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    expect(versions.map((r) => [r.publishedVersion, r.status])).toEqual([[2, 'published'], [1, 'superseded']]);
    // The unique index refuses a second roster numbered 1 for the same period and sites.
    const second = versions[0].id;
    await expect(t.dataSource.query('UPDATE roster SET published_version = 1 WHERE id = ?', [Number(second)])).rejects.toThrow();
  });

  it('fails jobs a restart interrupted, and the interrupted run writes nothing when it ends', async () => {
    const before = jobService();
    const running = await before.jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const queued = await before.jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(1)] });
    const solve = await before.nextSolve(0);
    const after = jobService();
    expect(await after.jobs.recoverInterrupted()).toBe(2);
    for (const id of [running.id, queued.id]) expect(await after.jobs.get(SCHEDULER, id)).toMatchObject({ status: 'failed', error: RESTART_ERROR, rosterId: null });
    solve.answer(fakeSolution('optimal'));
    await before.jobs.idle();
    expect(await countRows(t, 'roster')).toBe(0);
    expect(await after.jobs.get(SCHEDULER, running.id)).toMatchObject({ status: 'failed', rosterId: null });
    expect(before.solves).toHaveLength(1);
  });

  it('shows the solver\'s progress on the job while it solves, and the roster\'s figures when done', async () => {
    const { jobs, nextSolve } = jobService();
    const updates: RosterJobView[] = [];
    jobs.onUpdate((view) => updates.push(view));
    const job = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const solve = await nextSolve(0);
    solve.options.onProgress?.({ phase: 'start', elapsedSeconds: 1, objective: 150, bound: null, gap: null });
    solve.options.onProgress?.({ phase: 'lns', elapsedSeconds: 2.5, objective: 120, bound: 100, gap: 20 / 120 });
    await eventually(async () => (await jobs.get(SCHEDULER, job.id))?.progress.bestObjective === 120);
    expect(await t.gql(PROGRESS, { id: job.id })).toEqual({ data: { rosterJob: {
      status: 'running', phase: 'solving', options: { timeLimitSeconds: 30, seed: 1, gapTolerance: 0.001 },
      progress: { phase: 'solving', solverPhase: 'lns', bestObjective: 120, bound: 100, gap: 20 / 120, elapsedSeconds: 2.5 },
    } } });
    // The rosterJobUpdated subscription is fed by these updates; one goes out after the write
    // lands (on MySQL the stored row can be read before the listener hears of it).
    await eventually(async () => updates.some((u) => u.id === job.id && u.progress.bestObjective === 120));
    expect(updates).toContainEqual(expect.objectContaining({ id: job.id, status: 'running', progress: expect.objectContaining({ solverPhase: 'lns', bestObjective: 120 }) }));
    solve.answer({ ...fakeSolution('feasible'), objective: 110, bound: 100, gap: 10 / 110 });
    await jobs.idle();
    expect((await t.gql(PROGRESS, { id: job.id })).data?.rosterJob).toMatchObject({
      status: 'succeeded', phase: 'done', progress: { phase: 'done', solverPhase: 'lns', bestObjective: 110, bound: 100, gap: 10 / 110 },
    });
  });

  it('starts a solve of a period and sites from their latest roster, and a re-solve from its base roster as it is now', async () => {
    const { jobs, nextSolve } = jobService();
    const first = await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const cold = await nextSolve(0);
    expect(cold.options.warmStart).toEqual([]);
    const answer = fakeRosterSolution(cold.problem, 4);
    expect(answer.assignments).toHaveLength(4);
    cold.answer(answer);
    await jobs.idle();
    const rosterId = (await jobs.get(SCHEDULER, first.id))!.rosterId!;

    await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(0)] });
    const again = await nextSolve(1);
    expect(keys(again.options.warmStart)).toEqual(keys(answer.assignments));
    again.answer(fakeSolution('optimal')); // a newer, empty draft
    await jobs.idle();

    await jobs.generate(SCHEDULER, { ...PERIOD, siteIds: [site(1)] });
    const elsewhere = await nextSolve(2);
    expect(elsewhere.options.warmStart).toEqual([]);
    elsewhere.answer(fakeSolution('optimal'));
    await jobs.idle();

    // Edited after the solve: the re-solve starts from what the draft holds now, not from the newer draft.
    const repos = createStore(t.dataSource).repos;
    const [removed] = await repos.rosters.findAssignments(Number(rosterId));
    await repos.rosters.deleteAssignment(removed.id);
    await jobs.resolve(SCHEDULER, rosterId, null);
    const resolve = await nextSolve(3);
    const removedShift = resolve.problem.shifts.find((sh) => sh.templateId === String(removed.shiftTemplateId) && sh.date === removed.onDate)!;
    const removedKey = `${removed.analystId}|${removedShift.id}|${removed.queueId}`;
    expect(keys(resolve.options.warmStart)).toEqual(keys(answer.assignments).filter((k) => k !== removedKey));
    expect(resolve.options.warmStart).toHaveLength(3);
    resolve.answer(fakeSolution('optimal'));
    await jobs.idle();
  });

  it.each([
    [{ ...PERIOD, startDate: '2026-03-10' }, 'input.endDate', 'must not be before startDate'],
    [{ startDate: '2026-03-01', endDate: '2026-05-02' }, 'input.endDate', 'at most 62 days'],
    [{ startDate: '2026-02-30', endDate: '2026-03-02' }, 'input.startDate', 'not a valid date'],
    [{ ...PERIOD, siteIds: ['999999'] }, 'input.siteIds', 'site 999999 does not exist'],
    [{ ...PERIOD, siteIds: [] }, 'input.siteIds', 'at least one site'],
    [{ ...PERIOD, options: { timeLimitSeconds: 601 } }, 'input.options.timeLimitSeconds', 'between 1 and 600'],
    [{ ...PERIOD, options: { gapTolerance: -0.1 } }, 'input.options.gapTolerance', 'between 0 and 1'],
  ])('refuses %j as BAD_USER_INPUT on %s and writes nothing', async (input, field, message) => {
    const result = await t.gql(GENERATE, { input: { siteIds: demo.siteIds, ...input } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toContain(message);
    expect(await countRows(t, 'roster_job')).toBe(0);
  });
});
