import { generateDesk } from '../../seeds/generator';
import { loadDesk } from '../../seeds/load-desk';
import { createStore } from '../../src/db/store';
import { loadRosterProblem } from '../../src/services/roster-problem';
import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const SET_FORECAST = `mutation ($input: SetQueueForecastInput!) { setQueueForecast(input: $input) { queueId } }`;

/** Issue 4 feeds issue 5: a queue with a forecast is rostered against its Erlang C head counts. */
describe.each(testDatabases())('roster input from forecasts [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('replaces a forecast queue\'s targets with the derived ones and leaves other queues alone', async () => {
    const desk = generateDesk('demo');
    const { ids } = await loadDesk(t.dataSource, desk);
    const queue = desk.queues[0];
    const queueId = ids.get(queue.key)!;
    const otherId = String(ids.get(desk.queues[1].key));
    // Explicit head counts would win over the forecast everywhere; this queue relies on its forecast alone.
    await t.dataSource.query('DELETE FROM coverage_target WHERE queue_id = ?', [queueId]);
    // A steady 40 contacts per half hour, 09:00-11:00 on Tuesdays (2026-03-03 is a Tuesday).
    const entries = ['09:00', '09:30', '10:00', '10:30'].map((localStart) => ({ weekday: 2, localStart, volume: 40 }));
    const set = await t.gql(SET_FORECAST, { input: { queueId: String(queueId), intervalMinutes: 30, handleTimeSeconds: 300, maxOccupancy: 0.85, shrinkage: 0.3, entries } });
    expect(set.errors).toBeUndefined();

    const scope = { startDate: '2026-03-02', endDate: '2026-03-08', siteIds: desk.sites.map((s) => ids.get(s.key)!) };
    const store = createStore(t.dataSource);
    const withForecast = await loadRosterProblem(store.repos, scope);
    const derived = await t.app.services.staffing.derivedCoverageTargets([queueId], scope);

    const forQueue = (withForecast.problem.intervalTargets ?? []).filter((target) => target.queueId === String(queueId));
    expect(forQueue.length).toBe(derived.length);
    expect(forQueue.map((target) => target.required).sort()).toEqual(derived.map((target) => target.headcount).sort());
    // 40 contacts x 300 s per 30 min = 6.67 Erlangs: Erlang C staffs above that, then 30% shrinkage grosses it up.
    const tuesdayMorning = derived.filter((target) => target.date === '2026-03-03' && target.localStart >= '09:00' && target.localStart < '11:00');
    expect(tuesdayMorning.length).toBeGreaterThan(0);
    expect(derived.every((target) => target.date === '2026-03-03')).toBe(true);
    for (const target of tuesdayMorning) expect(target.headcount).toBeGreaterThanOrEqual(Math.ceil(7 / 0.7));

    const explicitOther = desk.coverageTargets.filter((target) => target.queueKey === desk.queues[1].key);
    const otherTargets = (withForecast.problem.intervalTargets ?? []).filter((target) => target.queueId === otherId);
    expect(otherTargets.length).toBeGreaterThan(0);
    expect(explicitOther.length).toBeGreaterThan(0);
  });
});
