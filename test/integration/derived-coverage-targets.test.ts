import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { clientWithQueue, hourly, setForecast } from '../helpers/staffing-fixtures';
import type { DeskCoverageTarget } from '../../seeds/desk-data';

const TARGET = `mutation ($input: CreateCoverageTargetInput!) { createCoverageTarget(input: $input) { id } }`;

describe.each(testDatabases())('derivedCoverageTargets for the roster [%s]', (kind) => {
  let t: TestApp;
  let queueId: string;
  const derived = (queueIds: string[], startDate: string, endDate: string): Promise<DeskCoverageTarget[]> =>
    t.app.services.staffing.derivedCoverageTargets(queueIds.map(Number), { startDate, endDate });
  const compact = (targets: DeskCoverageTarget[]) => targets.map(({ date, localStart, localEnd, headcount }) => `${date} ${localStart}-${localEnd} ${headcount}`);

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    ({ queueId } = await clientWithQueue(t, 'Mercy', 'America/New_York'));
    await t.gql(`mutation { createSite(input: { name: "Omaha", timeZone: "America/Chicago", shrinkage: 0.3 }) { id } }`);
    // 100 calls of 3 minutes per half-hour on Mondays 09:00-10:30: 10 Erlangs, 14 agents, 20 heads.
    await setForecast(t, {
      queueId, intervalMinutes: 30, handleTimeSeconds: 180, maxOccupancy: 1,
      entries: ['09:00', '09:30', '10:00'].map((localStart) => ({ weekday: 1, localStart, volume: 100 })),
    });
  });

  it('gives dated targets in the desk data shape, keyed by queue id', async () => {
    expect(await derived([queueId], '2026-03-02', '2026-03-03')).toEqual(['09:00', '09:30', '10:00'].map((localStart, i) => ({
      queueKey: queueId, weekday: null, date: '2026-03-02', localStart, localEnd: ['09:30', '10:00', '10:30'][i], headcount: 20,
    })));
  });

  it('lets an explicit target win over the derived intervals it overlaps, a dated one over its weekday', async () => {
    await t.gql(TARGET, { input: { queueId, weekday: 1, localStart: '09:30', localEnd: '10:00', headcount: 5 } });
    await t.gql(TARGET, { input: { queueId, weekday: 1, localStart: '18:00', localEnd: '20:00', headcount: 2 } });
    await t.gql(TARGET, { input: { queueId, date: '2026-03-09', localStart: '09:00', localEnd: '09:45', headcount: 7 } });
    expect(compact(await derived([queueId], '2026-03-02', '2026-03-09'))).toEqual([
      '2026-03-02 09:00-09:30 20', '2026-03-02 09:30-10:00 5', '2026-03-02 10:00-10:30 20', '2026-03-02 18:00-20:00 2',
      '2026-03-09 09:00-09:45 7', '2026-03-09 09:45-10:00 5', '2026-03-09 10:00-10:30 20', '2026-03-09 18:00-20:00 2',
    ]);
  });

  it('counts a DST day in real time: the lost hour has no target, the repeated one a single target', async () => {
    await setForecast(t, { queueId, intervalMinutes: 60, handleTimeSeconds: 180, maxOccupancy: 1, entries: hourly(7, 200) });
    const spring = compact(await derived([queueId], '2026-03-08', '2026-03-08'));
    expect(spring).toHaveLength(23);
    expect(spring.slice(0, 3)).toEqual(['2026-03-08 00:00-01:00 20', '2026-03-08 01:00-03:00 20', '2026-03-08 03:00-04:00 20']);
    const autumn = compact(await derived([queueId], '2026-11-01', '2026-11-01'));
    expect(autumn).toHaveLength(24);
    expect(autumn.slice(0, 3)).toEqual(['2026-11-01 00:00-01:00 20', '2026-11-01 01:00-02:00 20', '2026-11-01 02:00-03:00 20']);
  });

  it('leaves out queues without a forecast, and gives only explicit targets on days without a contract', async () => {
    const bare = await clientWithQueue(t, 'No Forecast', 'America/Chicago');
    const late = await clientWithQueue(t, 'Late Start', 'America/Chicago', { startDate: '2026-03-05' });
    await setForecast(t, { queueId: late.queueId, intervalMinutes: 60, handleTimeSeconds: 180, maxOccupancy: 1, entries: [{ weekday: 1, localStart: '09:00', volume: 200 }] });
    await t.gql(TARGET, { input: { queueId: late.queueId, weekday: 1, localStart: '12:00', localEnd: '13:00', headcount: 1 } });
    const targets = await derived([bare.queueId, late.queueId], '2026-03-02', '2026-03-09');
    expect(targets.map((target) => target.queueKey)).toEqual([late.queueId, late.queueId, late.queueId]);
    expect(compact(targets)).toEqual(['2026-03-02 12:00-13:00 1', '2026-03-09 09:00-10:00 20', '2026-03-09 12:00-13:00 1']);
  });
});
