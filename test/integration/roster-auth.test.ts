import { mintToken, TokenClaims } from '../../src/api/auth/jwt';
import { loadConfig } from '../../src/config';
import { DemoDesk, GENERATE, loadDemoDesk } from '../helpers/roster-helpers';
import { ADMIN, createTestApp, errorCodes, SCHEDULER, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const ANALYST: TokenClaims = { role: 'analyst', analystId: 1 };
const CLIENT_MANAGER: TokenClaims = { role: 'client_manager', clientIds: [1] };
const NONE = '999999';
const EDIT = 'roster { id }';

/** Every new operation, and what staff get when the ids exist nowhere (past authorization). */
const OPERATIONS: [string, string, Record<string, unknown>, string | null][] = [
  ['rosterJob', `query ($id: ID!) { rosterJob(id: $id) { id } }`, { id: NONE }, null],
  ['rosterJobs', `{ rosterJobs { id } }`, {}, null],
  ['roster', `query ($id: ID!) { roster(id: $id) { id } }`, { id: NONE }, null],
  ['rosterVersions', `query { rosterVersions(startDate: "2026-03-07", endDate: "2026-03-09", siteIds: ["${NONE}"]) { id } }`, {}, null],
  ['generateRoster', GENERATE, { input: { startDate: '2026-03-07', endDate: '2026-03-09', siteIds: [NONE] } }, 'BAD_USER_INPUT'],
  ['resolveRoster', `mutation ($id: ID!) { resolveRoster(rosterId: $id) { id } }`, { id: NONE }, 'NOT_FOUND'],
  ['cancelRosterJob', `mutation ($id: ID!) { cancelRosterJob(id: $id) { id } }`, { id: NONE }, 'NOT_FOUND'],
  ['pinAssignment', `mutation ($id: ID!) { pinAssignment(id: $id, pinned: true) { ${EDIT} } }`, { id: NONE }, 'NOT_FOUND'],
  ['moveAssignment', `mutation ($id: ID!) { moveAssignment(input: { assignmentId: $id, date: "2026-03-08" }) { ${EDIT} } }`, { id: NONE }, 'NOT_FOUND'],
  ['swapAssignments', `mutation ($id: ID!) { swapAssignments(a: $id, b: "999998") { ${EDIT} } }`, { id: NONE }, 'NOT_FOUND'],
  ['addAssignment', `mutation ($id: ID!) { addAssignment(input: { rosterId: $id, analystId: "1", date: "2026-03-08", shiftTemplateId: "1", queueId: "1" }) { ${EDIT} } }`, { id: NONE }, 'NOT_FOUND'],
  ['removeAssignment', `mutation ($id: ID!) { removeAssignment(id: $id) { ${EDIT} } }`, { id: NONE }, 'NOT_FOUND'],
  ['publishRoster', `mutation ($id: ID!) { publishRoster(id: $id) { id } }`, { id: NONE }, 'NOT_FOUND'],
];

/** Runs a subscription over server-sent events; `onEvent` may act on each result, true ends reading. */
async function subscribe(t: TestApp, query: string, variables: Record<string, unknown>, as: TokenClaims | null, onEvent: (e: Record<string, unknown>) => Promise<void> | void = () => undefined) {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (as) headers.authorization = `Bearer ${await mintToken(loadConfig({ NODE_ENV: 'test' }).jwt, as)}`;
  const response = await t.app.fetch('http://deskalign.test/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Record<string, unknown>[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return events;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.startsWith('data:') && l.length > 6)) {
      const event = JSON.parse(line.slice(5)) as Record<string, unknown>;
      events.push(event);
      await onEvent(event);
    }
  }
}

const FOLLOW = `subscription ($id: ID!) { rosterJobUpdated(id: $id) { id status progress { phase } } }`;

describe.each(testDatabases())('roster authorization [%s]', (kind) => {
  let t: TestApp;
  let demo: DemoDesk;
  beforeAll(async () => {
    t = await createTestApp(kind);
    demo = await loadDemoDesk(t);
  });
  afterAll(async () => {
    await t.app.services.rosterJobs.idle();
    await t.close();
  });

  it.each(OPERATIONS)('%s: staff pass, analysts and client managers are FORBIDDEN, anonymous UNAUTHENTICATED', async (_name, query, variables, staffCode) => {
    for (const staff of [ADMIN, SCHEDULER]) {
      const result = await t.gql(query, variables, staff);
      expect(errorCodes(result)).toEqual(staffCode ? [staffCode] : []);
    }
    expect(errorCodes(await t.gql(query, variables, ANALYST))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(query, variables, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(query, variables, null))).toEqual(['UNAUTHENTICATED']);
  });

  it('streams a job over server-sent events until it ends, for staff only', async () => {
    const started = await t.gql<{ generateRoster: { id: string } }>(GENERATE, { input: { startDate: '2026-03-07', endDate: '2026-03-08', siteIds: demo.siteIds, options: { timeLimitSeconds: 30 } } });
    const id = started.data!.generateRoster.id;
    for (const as of [ANALYST, CLIENT_MANAGER, null]) {
      const [event] = await subscribe(t, FOLLOW, { id }, as);
      expect((event.errors as { extensions: { code: string } }[])[0].extensions.code).toBe(as ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
    let cancelled = false;
    const events = await subscribe(t, FOLLOW, { id }, SCHEDULER, async () => {
      if (cancelled) return;
      cancelled = true;
      await t.gql(`mutation ($id: ID!) { cancelRosterJob(id: $id) { id } }`, { id });
    });
    const statuses = events.map((e) => (e.data as { rosterJobUpdated: { status: string } }).rosterJobUpdated.status);
    expect(statuses[0]).toMatch(/^(queued|running)$/);
    expect(statuses.at(-1)).toBe('cancelled');
    const again = await subscribe(t, FOLLOW, { id }, ADMIN);
    expect(again).toEqual([{ data: { rosterJobUpdated: { id, status: 'cancelled', progress: expect.any(Object) } } }]);
  });
});
