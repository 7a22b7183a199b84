import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { storePublishedRoster } from '../../seeds/published-roster';
import { buildRosterProblem } from '../../src/domain/roster-problem/build-roster-problem';
import { DemoRoster, loadDemoRoster } from '../helpers/demo-roster';
import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const ROTATE = `mutation ($analystId: ID) { rotateCalendarToken(analystId: $analystId) { analystId path } }`;
const URL_QUERY = `query ($analystId: ID) { myCalendarUrl(analystId: $analystId) { analystId path } }`;

describe.each(testDatabases())('calendar feed [%s]', (kind) => {
  let t: TestApp;
  let demo: DemoRoster;
  let server: Server;
  let base: string;
  let analystId: number;
  const KEY = 'analyst:003';
  const asAnalyst = () => ({ role: 'analyst' as const, analystId });
  const get = (path: string) => fetch(`${base}${path}`);

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.reset();
    demo = await loadDemoRoster(t.dataSource);
    analystId = demo.id(KEY);
    server = t.app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('serves the analyst\'s published shifts as iCalendar at a rotated URL, one event per assignment in UTC', async () => {
    expect(await t.gql(URL_QUERY, {}, asAnalyst())).toEqual({ data: { myCalendarUrl: null } });
    const rotated = await t.gql<{ rotateCalendarToken: { analystId: string; path: string } }>(ROTATE, {}, asAnalyst());
    const { path } = rotated.data!.rotateCalendarToken;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    expect(await t.gql(URL_QUERY, {}, asAnalyst())).toEqual({ data: { myCalendarUrl: { analystId: String(analystId), path } } });

    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = (await response.text()).replace(/\r\n /g, '');
    const mine = demo.assignments.filter((a) => a.analystId === KEY);
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(mine.length);
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain('X-WR-TIMEZONE:America/Denver');
    expect(body).toContain('X-WR-CALNAME:deskalign shifts — ');
    // The spring-forward night: 23:00 MST on 7 March to 07:30 MDT on 8 March, written in UTC.
    const uids = [...body.matchAll(/UID:assignment-(\d+)@deskalign/g)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(mine.length);
    expect(body).toContain('DTSTART:20260308T060000Z\r\nDTEND:20260308T133000Z');
    const night = demo.desk.shiftTemplates.find((s) => s.key === 'template:mountain:night')!;
    const queue = demo.desk.queues.find((q) => q.key === mine.find((a) => a.shiftId.endsWith('@2026-03-07'))!.queueId)!;
    const client = demo.desk.clients.find((c) => c.key === queue.clientKey)!;
    expect(body).toContain(`SUMMARY:${night.name} — ${client.name} / ${queue.name}`.replace(/,/g, '\\,').replace(/;/g, '\\;'));
  });

  it('stops serving the old URL once the token is rotated again, and answers unknown tokens with a bare 404', async () => {
    const first = (await t.gql<{ rotateCalendarToken: { path: string } }>(ROTATE, {}, asAnalyst())).data!.rotateCalendarToken.path;
    const second = (await t.gql<{ rotateCalendarToken: { path: string } }>(ROTATE, { analystId: String(analystId) }, { role: 'scheduler' })).data!.rotateCalendarToken.path;
    expect(second).not.toBe(first);
    expect((await get(first)).status).toBe(404);
    expect((await get(second)).status).toBe(200);
    for (const path of ['/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', '/calendar/short.ics', '/calendar/nothing']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
  });

  it('serves shifts from 30 days before to 90 days after now only', async () => {
    // now is 2026-03-02: the window is 2026-01-31 .. 2026-05-31.
    const stored: number[] = [];
    for (const date of ['2026-01-30', '2026-01-31', '2026-05-31', '2026-06-01']) {
      const problem = buildRosterProblem(demo.desk, { start: date, end: date });
      const shift = problem.shifts.find((s) => s.templateId === 'template:mountain:day')!;
      stored.push(await storePublishedRoster(t.dataSource, demo.ids, problem, [{ analystId: KEY, shiftId: shift.id, queueId: 'queue:front-range:desk' }], { publishedAt: new Date('2026-02-21T00:00:00Z') }));
    }
    try {
      const path = (await t.gql<{ rotateCalendarToken: { path: string } }>(ROTATE, {}, asAnalyst())).data!.rotateCalendarToken.path;
      const body = await (await get(path)).text();
      const mine = demo.assignments.filter((a) => a.analystId === KEY);
      expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(mine.length + 2);
      expect(body).toContain('DTSTART:20260131T140000Z');
      expect(body).toContain('DTSTART:20260531T130000Z');
      expect(body).not.toContain('DTSTART:20260130');
      expect(body).not.toContain('DTSTART:20260601');
    } finally {
      for (const id of stored) await t.dataSource.query('DELETE FROM roster WHERE id = ?', [id]);
    }
  });

  it('lets analysts manage only their own feed and staff any, never client managers or anonymous callers', async () => {
    const other = String(demo.id('analyst:001'));
    expect(errorCodes(await t.gql(ROTATE, { analystId: other }, asAnalyst()))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(URL_QUERY, { analystId: other }, asAnalyst()))).toEqual(['FORBIDDEN']);
    for (const query of [ROTATE, URL_QUERY]) {
      expect(errorCodes(await t.gql(query, {}, { role: 'client_manager', clientIds: [demo.id('client:front-range')] }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(query, {}, null))).toEqual(['UNAUTHENTICATED']);
      expect((await t.gql(query, {}, { role: 'admin' })).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'analystId' });
      expect(errorCodes(await t.gql(query, { analystId: '999999' }, { role: 'admin' }))).toEqual(['NOT_FOUND']);
    }
    const admin = await t.gql<{ rotateCalendarToken: { analystId: string } }>(ROTATE, { analystId: other }, { role: 'admin' });
    expect(admin.data!.rotateCalendarToken.analystId).toBe(other);
  });
});
