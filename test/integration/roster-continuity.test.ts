import { createStore } from '../../src/db/store';
import { mostWorkedClient } from '../../src/domain/continuity';
import { loadRosterProblem } from '../../src/services/roster-problem';
import { loadDemoRoster } from '../helpers/demo-roster';
import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

describe('mostWorkedClient', () => {
  it('picks the client worked most, the lower id on a tie', () => {
    const worked = mostWorkedClient([
      { analystId: 1, clientId: 4 }, { analystId: 1, clientId: 4 }, { analystId: 1, clientId: 2 },
      { analystId: 2, clientId: 7 }, { analystId: 2, clientId: 3 },
    ]);
    expect([...worked]).toEqual([[1, 4], [2, 3]]);
  });
});

/** Issue 5: the previous published roster gives each analyst the client to continue with. */
describe.each(testDatabases())('continuity from the previous published roster [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('makes each analyst\'s most-worked client of the last fortnight their usual client for the next week', async () => {
    const demo = await loadDemoRoster(t.dataSource);
    const siteIds = demo.desk.sites.map((s) => demo.id(s.key));
    const loaded = await loadRosterProblem(createStore(t.dataSource).repos, { startDate: '2026-03-16', endDate: '2026-03-22', siteIds });

    const clientOfQueue = new Map(demo.desk.queues.map((q) => [q.key, demo.id(q.clientKey)]));
    const expected = mostWorkedClient(demo.assignments.map((a) => ({ analystId: demo.id(a.analystId), clientId: clientOfQueue.get(a.queueId)! })));
    expect(expected.size).toBeGreaterThan(10);
    for (const analyst of loaded.problem.analysts) {
      const worked = expected.get(Number(analyst.id));
      const profile = demo.desk.analysts.find((a) => String(demo.id(a.key)) === analyst.id)!.usualClientKey;
      const want = worked !== undefined ? String(worked) : profile === null ? null : String(demo.id(profile));
      expect({ analyst: analyst.id, usualClientId: analyst.usualClientId ?? null }).toEqual({ analyst: analyst.id, usualClientId: want });
    }
  });

  it('keeps the profile\'s usual client when no roster was published before the period', async () => {
    await t.reset();
    const demo = await loadDemoRoster(t.dataSource);
    const siteIds = demo.desk.sites.map((s) => demo.id(s.key));
    const loaded = await loadRosterProblem(createStore(t.dataSource).repos, { startDate: '2026-03-02', endDate: '2026-03-08', siteIds });
    for (const analyst of loaded.problem.analysts) {
      const profile = demo.desk.analysts.find((a) => String(demo.id(a.key)) === analyst.id)!.usualClientKey;
      expect(analyst.usualClientId ?? null).toBe(profile === null ? null : String(demo.id(profile)));
    }
  });
});
