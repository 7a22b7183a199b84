import { DateTime } from 'luxon';
import { storePublishedRoster } from '../../seeds/published-roster';
import { DemoRoster, loadDemoRoster } from '../helpers/demo-roster';
import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const SCHEDULE = `query ($period: SchedulePeriodInput!, $analystId: ID) {
  mySchedule(period: $period, analystId: $analystId) {
    analyst { id name } timeZone startDate endDate
    shifts { date start end localStart localEnd timeZone paidMinutes night
      shiftTemplate { code name } client { name } queue { name channel } }
  }
}`;
const FORTNIGHT = { startDate: '2026-03-02', endDate: '2026-03-15' };
const local = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");

describe.each(testDatabases())('mySchedule [%s]', (kind) => {
  let t: TestApp;
  let demo: DemoRoster;
  // analyst:003 works nights at the Denver site, across the US spring-forward of 2026-03-08.
  const KEY = 'analyst:003';
  let analystId: number;
  const asAnalyst = () => ({ role: 'analyst' as const, analystId });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.reset();
    demo = await loadDemoRoster(t.dataSource);
    analystId = demo.id(KEY);
  });
  afterAll(() => t.close());

  /** What the analyst should see, computed from the desk and problem rather than the service. */
  function expectedShifts(zone: string, from = '2026-03-02', to = '2026-03-15') {
    return demo.assignments.filter((a) => a.analystId === KEY).map((a) => {
      const shift = demo.problem.shifts.find((s) => s.id === a.shiftId)!;
      const template = demo.desk.shiftTemplates.find((s) => s.key === shift.templateId)!;
      const queue = demo.desk.queues.find((q) => q.key === a.queueId)!;
      return {
        date: shift.date, start: new Date(shift.start).toISOString(), end: new Date(shift.end).toISOString(),
        localStart: local(shift.start, zone), localEnd: local(shift.end, zone), timeZone: zone, paidMinutes: shift.paidMinutes, night: shift.night,
        shiftTemplate: { code: template.code, name: template.name }, client: { name: demo.desk.clients.find((c) => c.key === queue.clientKey)!.name },
        queue: { name: queue.name, channel: queue.channel },
      };
    }).filter((s) => s.date >= from && s.date <= to).sort((a, b) => a.date.localeCompare(b.date));
  }

  it("gives an analyst their own shifts with local times in their site's zone, DST included", async () => {
    const result = await t.gql(SCHEDULE, { period: FORTNIGHT }, asAnalyst());
    const shifts = expectedShifts('America/Denver');
    expect(shifts.length).toBeGreaterThan(5);
    expect(result).toEqual({ data: { mySchedule: {
      analyst: { id: String(analystId), name: demo.desk.analysts.find((a) => a.key === KEY)!.name }, timeZone: 'America/Denver', ...FORTNIGHT, shifts,
    } } });
    // The night of 7-8 March loses an hour to spring-forward: 23:00 MST to 07:30 MDT is 7.5 real hours.
    const dst = shifts.find((s) => s.date === '2026-03-07');
    expect(dst).toMatchObject({ localStart: '2026-03-07T23:00', localEnd: '2026-03-08T07:30', start: '2026-03-08T06:00:00.000Z', end: '2026-03-08T13:30:00.000Z' });
  });

  it("uses the analyst's own zone when set", async () => {
    await t.dataSource.query('UPDATE analyst SET time_zone = ? WHERE id = ?', ['Europe/London', analystId]);
    try {
      const result = await t.gql<{ mySchedule: { timeZone: string; shifts: unknown[] } }>(SCHEDULE, { period: FORTNIGHT }, asAnalyst());
      expect(result.data!.mySchedule.timeZone).toBe('Europe/London');
      expect(result.data!.mySchedule.shifts).toEqual(expectedShifts('Europe/London'));
    } finally {
      await t.dataSource.query('UPDATE analyst SET time_zone = NULL WHERE id = ?', [analystId]);
    }
  });

  it('shows only the latest published roster for each date, and nothing of superseded ones', async () => {
    const later = demo.problem.shifts.find((s) => s.date === '2026-03-12' && s.templateId === 'template:mountain:day')!;
    const laterRoster = await storePublishedRoster(t.dataSource, demo.ids,
      { ...demo.problem, period: { startDate: '2026-03-10', endDate: '2026-03-20' } },
      [{ analystId: KEY, shiftId: later.id, queueId: 'queue:front-range:desk' }], { publishedAt: new Date('2026-02-25T12:00:00Z') });
    const superseded = await storePublishedRoster(t.dataSource, demo.ids, demo.problem, demo.assignments, { publishedAt: new Date('2026-02-27T12:00:00Z') });
    await t.dataSource.query(`UPDATE roster SET status = 'superseded' WHERE id = ?`, [superseded]);
    try {
      const result = await t.gql<{ mySchedule: { shifts: { date: string; localStart: string }[] } }>(SCHEDULE, { period: FORTNIGHT }, asAnalyst());
      const dates = result.data!.mySchedule.shifts.map((s) => s.date);
      expect(dates).toEqual([...expectedShifts('America/Denver', '2026-03-02', '2026-03-09').map((s) => s.date), '2026-03-12']);
      expect(result.data!.mySchedule.shifts.at(-1)!.localStart).toBe('2026-03-12T07:00');
    } finally {
      await t.dataSource.query('DELETE FROM roster WHERE id IN (?, ?)', [laterRoster, superseded]);
    }
  });

  it('lets staff read any analyst by id and requires them to name one', async () => {
    const scheduler = await t.gql<{ mySchedule: { shifts: unknown[] } }>(SCHEDULE, { period: FORTNIGHT, analystId: String(analystId) }, { role: 'scheduler' });
    expect(scheduler.data!.mySchedule.shifts).toHaveLength(expectedShifts('America/Denver').length);
    const admin = await t.gql<{ mySchedule: { shifts: unknown[] } }>(SCHEDULE, { period: FORTNIGHT, analystId: String(analystId) }, { role: 'admin' });
    expect(admin.data!.mySchedule.shifts).toHaveLength(expectedShifts('America/Denver').length);
    const unnamed = await t.gql(SCHEDULE, { period: FORTNIGHT }, { role: 'scheduler' });
    expect(unnamed.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'analystId' });
    expect(errorCodes(await t.gql(SCHEDULE, { period: FORTNIGHT, analystId: '999999' }, { role: 'scheduler' }))).toEqual(['NOT_FOUND']);
  });

  it("refuses another analyst's schedule, client managers and anonymous callers", async () => {
    expect(errorCodes(await t.gql(SCHEDULE, { period: FORTNIGHT, analystId: String(demo.id('analyst:001')) }, asAnalyst()))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SCHEDULE, { period: FORTNIGHT }, { role: 'client_manager', clientIds: [demo.id('client:front-range')] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SCHEDULE, { period: FORTNIGHT }, null))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    [{ startDate: '2026-03-15', endDate: '2026-03-02' }, 'period.endDate', /must not be before startDate 2026-03-15/],
    [{ startDate: '2026-03-01', endDate: '2026-06-30' }, 'period.endDate', /at most 92 days \(asked for 122\)/],
    [{ startDate: '2026-02-30', endDate: '2026-03-02' }, 'period.startDate', /is not a valid date/],
    [{ startDate: '03/02/2026', endDate: '2026-03-02' }, 'period.startDate', /YYYY-MM-DD/],
  ])('rejects the period %j as BAD_USER_INPUT on %s', async (period, field, message) => {
    const result = await t.gql(SCHEDULE, { period }, asAnalyst());
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
  });
});
