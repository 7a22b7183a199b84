import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, createClient, createSite, managerOf } from '../helpers/client-fixtures';
import { referenceFigures } from '../helpers/erlang-reference';
import { clientWithQueue, hourly, setForecast } from '../helpers/staffing-fixtures';

const QUEUE_STAFFING = `query ($queueId: ID!, $startDate: String!, $endDate: String!, $siteId: ID) {
  queueStaffing(queueId: $queueId, startDate: $startDate, endDate: $endDate, siteId: $siteId) {
    queueId timeZone intervalMinutes shrinkage
    intervals { start end localStart localEnd timeZone localDate occurrence volume trafficErlangs agents serviceLevel averageSpeedOfAnswer occupancy requiredHeadcount source }
  }
}`;

interface Interval { start: string; end: string; localStart: string; localEnd: string; occurrence: number; volume: number; agents: number; requiredHeadcount: number; source: string; serviceLevel: number; averageSpeedOfAnswer: number | null; occupancy: number }
type Answer = { queueStaffing: { queueId: string; timeZone: string; intervalMinutes: number; shrinkage: number; intervals: Interval[] } };

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

describe.each(testDatabases())('queueStaffing [%s]', (kind) => {
  let t: TestApp;
  let clientId: string;
  let queueId: string;
  const staffingOf = (startDate: string, endDate: string, extra: Record<string, unknown> = {}, as?: never) =>
    t.gql<Answer>(QUEUE_STAFFING, { queueId, startDate, endDate, ...extra }, as);
  const intervalsOf = async (startDate: string, endDate = startDate, extra: Record<string, unknown> = {}) => {
    const result = await staffingOf(startDate, endDate, extra);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.queueStaffing.intervals;
  };
  // 200 calls an hour of 3 minutes: 10 Erlangs, which 80% in 20 s staffs with 14 agents (13 give 79.6%).
  const forecast = (extra: Record<string, unknown> = {}) => ({
    queueId, intervalMinutes: 60, handleTimeSeconds: 180, maxOccupancy: 1, entries: [...hourly(1, 200), ...hourly(7, 200)], ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    ({ clientId, queueId } = await clientWithQueue(t, 'Mercy', 'America/New_York'));
    await t.gql(`mutation { createSite(input: { name: "Omaha", timeZone: "America/Chicago", shrinkage: 0.3 }) { id } }`);
    await setForecast(t, forecast());
  });

  it('gives every hour of an ordinary day with its Erlang figures, checked by the textbook formula', async () => {
    const result = await staffingOf('2026-03-02', '2026-03-02');
    const at14 = referenceFigures(10, 14, 20, 180);
    expect(result.data?.queueStaffing).toMatchObject({ queueId, timeZone: 'America/New_York', intervalMinutes: 60, shrinkage: 0.3 });
    const intervals = result.data!.queueStaffing.intervals;
    expect(intervals).toHaveLength(24);
    expect(intervals[9]).toEqual({
      start: '2026-03-02T14:00:00.000Z', end: '2026-03-02T15:00:00.000Z',
      localStart: '2026-03-02T09:00:00.000-05:00', localEnd: '2026-03-02T10:00:00.000-05:00', timeZone: 'America/New_York', localDate: '2026-03-02',
      occurrence: 1, volume: 200, trafficErlangs: 10, agents: 14, requiredHeadcount: 20, source: 'forecast',
      serviceLevel: expect.closeTo(at14.serviceLevel, 12), averageSpeedOfAnswer: expect.closeTo(at14.averageSpeedOfAnswer, 10), occupancy: expect.closeTo(10 / 14, 12),
    });
    expect(intervals[23]).toMatchObject({ localStart: '2026-03-02T23:00:00.000-05:00', localEnd: '2026-03-03T00:00:00.000-05:00' });
  });

  it('has 23 real hours on 2026-03-08 in New York: 01:00 EST runs to 03:00 EDT, and no 02:00', async () => {
    const intervals = await intervalsOf('2026-03-08');
    expect(intervals).toHaveLength(23);
    expect(intervals.slice(1, 3).map(({ start, end, localStart, localEnd }) => ({ start, end, localStart, localEnd }))).toEqual([
      { start: '2026-03-08T06:00:00.000Z', end: '2026-03-08T07:00:00.000Z', localStart: '2026-03-08T01:00:00.000-05:00', localEnd: '2026-03-08T03:00:00.000-04:00' },
      { start: '2026-03-08T07:00:00.000Z', end: '2026-03-08T08:00:00.000Z', localStart: '2026-03-08T03:00:00.000-04:00', localEnd: '2026-03-08T04:00:00.000-04:00' },
    ]);
    expect(intervals.filter((interval) => interval.localStart.includes('T02:'))).toEqual([]);
    expect(minutesBetween(intervals[0].start, intervals[22].end)).toBe(23 * 60);
    expect(intervals.every((interval) => interval.requiredHeadcount === 20)).toBe(true);
  });

  it('has 25 real hours on 2026-11-01: 01:00 twice, the second pass with its own volume', async () => {
    await setForecast(t, forecast({ entries: [...hourly(7, 200), { date: '2026-11-01', localStart: '01:00', occurrence: 2, volume: 100 }] }));
    const intervals = await intervalsOf('2026-11-01');
    expect(intervals).toHaveLength(25);
    expect(minutesBetween(intervals[0].start, intervals[24].end)).toBe(25 * 60);
    // 100 calls of 3 minutes in an hour: 5 Erlangs; 80/20 needs 8 (7 give 75.4% by the formula), 12 heads at 30% shrinkage.
    expect(referenceFigures(5, 7, 20, 180).serviceLevel).toBeLessThan(0.8);
    expect(referenceFigures(5, 8, 20, 180).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(intervals.slice(1, 3).map(({ start, localStart, localEnd, occurrence, volume, agents, requiredHeadcount }) => ({ start, localStart, localEnd, occurrence, volume, agents, requiredHeadcount }))).toEqual([
      { start: '2026-11-01T05:00:00.000Z', localStart: '2026-11-01T01:00:00.000-04:00', localEnd: '2026-11-01T01:00:00.000-05:00', occurrence: 1, volume: 200, agents: 14, requiredHeadcount: 20 },
      { start: '2026-11-01T06:00:00.000Z', localStart: '2026-11-01T01:00:00.000-05:00', localEnd: '2026-11-01T02:00:00.000-05:00', occurrence: 2, volume: 100, agents: 8, requiredHeadcount: 12 },
    ]);
  });

  it('serves clients in different zones in their own local time on one real clock', async () => {
    const west = await clientWithQueue(t, 'Sutter', 'America/Los_Angeles');
    await setForecast(t, { ...forecast(), queueId: west.queueId, entries: [{ weekday: 1, localStart: '09:00', volume: 200 }] });
    const nineAm = async (id: string) => (await t.gql<Answer>(QUEUE_STAFFING, { queueId: id, startDate: '2026-03-09', endDate: '2026-03-09' })).data!.queueStaffing;
    const east = await nineAm(queueId);
    const western = await nineAm(west.queueId);
    // 2026-03-09 is after the US change: 09:00 EDT is 13:00Z, 09:00 PDT is 16:00Z.
    expect(east.intervals.find((interval) => interval.localStart.includes('T09:'))).toMatchObject({ start: '2026-03-09T13:00:00.000Z', localStart: '2026-03-09T09:00:00.000-04:00' });
    expect(western).toMatchObject({ timeZone: 'America/Los_Angeles', intervals: [{ start: '2026-03-09T16:00:00.000Z', localStart: '2026-03-09T09:00:00.000-07:00', agents: 14 }] });
  });

  it('lets an explicit coverage target override the intervals it covers, showing what that head count achieves', async () => {
    await t.gql(`mutation ($queueId: ID!) { createCoverageTarget(input: { queueId: $queueId, weekday: 1, localStart: "10:00", localEnd: "12:00", headcount: 5 }) { id } }`, { queueId });
    const intervals = await intervalsOf('2026-03-02');
    expect(intervals.slice(9, 13).map(({ source, requiredHeadcount, agents }) => ({ source, requiredHeadcount, agents }))).toEqual([
      { source: 'forecast', requiredHeadcount: 20, agents: 14 },
      { source: 'override', requiredHeadcount: 5, agents: 3 },
      { source: 'override', requiredHeadcount: 5, agents: 3 },
      { source: 'forecast', requiredHeadcount: 20, agents: 14 },
    ]);
    // 3 agents for 10 Erlangs never catch up: nobody is answered in time and the wait has no bound.
    expect(intervals[10]).toMatchObject({ serviceLevel: 0, averageSpeedOfAnswer: null, occupancy: 10 / 3 });
  });

  it('takes the queue\'s own shrinkage, else the site asked for, else the highest active site\'s', async () => {
    const lean = await createSite(t, 'Leeds', 'Europe/London');
    await t.gql(`mutation ($id: ID!) { updateSite(input: { id: $id, version: 1, shrinkage: 0.2 }) { id } }`, { id: lean });
    const headsAt = async (extra: Record<string, unknown> = {}) => {
      const result = await staffingOf('2026-03-02', '2026-03-02', extra);
      return [result.data?.queueStaffing.shrinkage, result.data?.queueStaffing.intervals[0].requiredHeadcount];
    };
    expect(await headsAt()).toEqual([0.3, 20]);
    expect(await headsAt({ siteId: lean })).toEqual([0.2, 18]);
    const unknown = await staffingOf('2026-03-02', '2026-03-02', { siteId: '999' });
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'siteId' });
    await setForecast(t, forecast({ shrinkage: 0.1 }));
    expect(await headsAt({ siteId: lean })).toEqual([0.1, 16]);
  });

  it.each([
    ['reversed', '2026-03-02', '2026-03-01', 'endDate', 'endDate: 2026-03-01 is before startDate 2026-03-02'],
    ['longer than 92 days', '2026-01-01', '2026-04-03', 'endDate', 'endDate: the period 2026-01-01..2026-04-03 has 93 days; ask for at most 92'],
    ['a malformed start', '2026-3-1', '2026-03-02', 'startDate', 'startDate: must be a date in the form YYYY-MM-DD (got "2026-3-1")'],
    ['an impossible end', '2026-03-01', '2026-02-30', 'endDate', 'endDate: is not a valid date'],
  ])('refuses a period %s as BAD_USER_INPUT on %s', async (_label, startDate, endDate, field, message) => {
    const result = await staffingOf(startDate, endDate);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toContain(message);
  });

  it('answers a quarter of 92 days', async () => {
    expect(await intervalsOf('2026-01-01', '2026-04-02')).toHaveLength(26 * 24 - 1); // 13 Mondays and 13 Sundays of 24 hours, but 2026-03-08 has 23
  });

  it('names the period when a date has no active contract, and the queue when it has no forecast', async () => {
    const late = await clientWithQueue(t, 'Late Start', 'America/Chicago', { startDate: '2026-03-05' });
    await setForecast(t, { ...forecast(), queueId: late.queueId });
    const ask = (startDate: string, endDate: string) => t.gql(QUEUE_STAFFING, { queueId: late.queueId, startDate, endDate });
    const before = await ask('2026-03-02', '2026-03-09');
    expect(before.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'startDate' });
    expect(before.errors?.[0].message).toBe(`startDate: client ${late.clientId} has no active contract on 2026-03-02 (nor on 2 more dates of 2026-03-02..2026-03-09); the service level comes from the contract`);
    expect((await ask('2026-03-05', '2026-03-09')).data).toBeTruthy();
    const bare = await clientWithQueue(t, 'No Forecast', 'America/Chicago');
    const none = await t.gql(QUEUE_STAFFING, { queueId: bare.queueId, startDate: '2026-03-02', endDate: '2026-03-02' });
    expect(none.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'queueId' });
  });

  it('lets a client manager read their own queue, never another\'s; analysts may not', async () => {
    expect((await staffingOf('2026-03-02', '2026-03-02', {}, managerOf(clientId) as never)).data?.queueStaffing.intervals).toHaveLength(24);
    const other = await createClient(t, 'St. Luke');
    const hidden = await staffingOf('2026-03-02', '2026-03-02', {}, managerOf(other) as never);
    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
    expect(hidden.errors?.[0].message).toBe(`Queue ${queueId} was not found`);
    expect(errorCodes(await t.gql(QUEUE_STAFFING, { queueId: '999', startDate: '2026-03-02', endDate: '2026-03-02' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await staffingOf('2026-03-02', '2026-03-02', {}, ANALYST as never))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await staffingOf('2026-03-02', '2026-03-02', {}, null as never))).toEqual(['UNAUTHENTICATED']);
  });
});
