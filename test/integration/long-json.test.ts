import { createStore } from '../../src/db/store';
import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

/** JSON columns that grow with a roster hold far more than MySQL's 64 KB TEXT. */
describe.each(testDatabases())('long JSON columns [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const big = (size: number) => Array.from({ length: size / 100 }, (_, i) => `${String(i).padStart(6, '0')}${'x'.repeat(94)}`);

  it('stores and reads back 200 KB of roster figures and of job options and progress', async () => {
    const { repos } = createStore(t.dataSource);
    await t.dataSource.query(`INSERT INTO site (name, time_zone, shrinkage, rules) VALUES ('East', 'UTC', 0, '{}')`);
    const figures = { notes: big(200_000) };
    expect(JSON.stringify(figures).length).toBeGreaterThan(200_000);
    const jobId = await repos.rosterJobs.insert({
      startDate: '2026-03-02', endDate: '2026-03-08', siteIds: [1], options: { notes: big(200_000) }, baseRosterId: null, progress: { phase: 'queued' }, requestedBy: 'test',
    });
    await repos.rosterJobs.setProgress(jobId, { phase: 'done', diagnostics: big(200_000) });
    const rosterId = await repos.rosters.insertDraft({
      startDate: '2026-03-02', endDate: '2026-03-08', siteIds: [1], solveStatus: 'optimal', method: 'test', objective: 1, bound: 1, gap: 0, seconds: 1, jobId, figures,
    }, []);

    expect((await repos.rosters.findById(rosterId))!.figures).toEqual(figures);
    const job = (await repos.rosterJobs.findById(jobId))!;
    expect(job.options).toEqual({ notes: big(200_000) });
    expect(job.progress).toEqual({ phase: 'done', diagnostics: big(200_000) });
  });
});
