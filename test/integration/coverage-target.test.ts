import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, createClient, managerOf, startsWithField } from '../helpers/client-fixtures';

const FIELDS = `id queueId weekday date localStart localEnd headcount`;
const CREATE = `mutation ($input: CreateCoverageTargetInput!) { createCoverageTarget(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateCoverageTargetInput!) { updateCoverageTarget(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteCoverageTarget(id: $id) }`;
const OF_QUEUE = `query ($id: ID!) { queue(id: $id) { coverageTargets { weekday date localStart localEnd headcount } } }`;

describe.each(testDatabases())('coverage targets [%s]', (kind) => {
  let t: TestApp;
  let clientId: string;
  let queueId: string;
  const targetsOfQueue = async () => (await t.gql<{ queue: { coverageTargets: unknown[] } }>(OF_QUEUE, { id: queueId })).data?.queue.coverageTargets;
  const createTarget = async (extra: Record<string, unknown> = {}) =>
    (await t.gql<{ createCoverageTarget: { id: string } }>(CREATE, { input: { queueId, weekday: 1, localStart: '08:00', localEnd: '12:00', headcount: 3, ...extra } })).data!.createCoverageTarget.id;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    clientId = await createClient(t, 'Mercy', 'America/Chicago');
    const queue = await t.gql<{ createQueue: { id: string } }>(`mutation ($input: CreateQueueInput!) { createQueue(input: $input) { id } }`, { input: { clientId, name: 'Epic phone', channel: 'phone' } });
    queueId = queue.data!.createQueue.id;
  });

  it('creates a weekday target and a dated one, listed weekdays first', async () => {
    const weekly = await t.gql(CREATE, { input: { queueId, weekday: 1, localStart: '18:00', localEnd: '24:00', headcount: 2 } });
    expect(weekly).toEqual({ data: { createCoverageTarget: { id: expect.any(String), queueId, weekday: 1, date: null, localStart: '18:00', localEnd: '24:00', headcount: 2 } } });
    await createTarget({ weekday: null, date: '2026-03-08', localStart: '00:00', localEnd: '06:00', headcount: 0 });
    await createTarget({ weekday: 1, localStart: '08:00' });
    expect(await targetsOfQueue()).toEqual([
      { weekday: 1, date: null, localStart: '08:00', localEnd: '12:00', headcount: 3 },
      { weekday: 1, date: null, localStart: '18:00', localEnd: '24:00', headcount: 2 },
      { weekday: null, date: '2026-03-08', localStart: '00:00', localEnd: '06:00', headcount: 0 },
    ]);
  });

  it.each([
    ['both a weekday and a date', 'input.date', { weekday: 2, date: '2026-03-03' }],
    ['neither a weekday nor a date', 'input.weekday', { weekday: null }],
    ['weekday 8', 'input.weekday', { weekday: 8 }],
    ['a malformed date', 'input.date', { weekday: null, date: '03/03/2026' }],
    ['an interval ending before it starts', 'input.localEnd', { localStart: '12:00', localEnd: '08:00' }],
    ['an empty interval', 'input.localEnd', { localStart: '12:00', localEnd: '12:00' }],
    ['a start at 24:00', 'input.localStart', { localStart: '24:00', localEnd: '24:00' }],
    ['a malformed time', 'input.localStart', { localStart: '8:00' }],
    ['a negative head count', 'input.headcount', { headcount: -1 }],
    ['an unknown queue', 'input.queueId', { queueId: '999' }],
  ])('rejects %s as BAD_USER_INPUT on %s and writes nothing', async (_label, field, extra) => {
    const result = await t.gql(CREATE, { input: { queueId, weekday: 1, localStart: '08:00', localEnd: '12:00', headcount: 3, ...extra } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(startsWithField(field));
    expect(await targetsOfQueue()).toEqual([]);
  });

  it('refuses a target overlapping another of the same weekday or date, but lets a date overlap a weekday', async () => {
    const monday = await createTarget({ localStart: '08:00', localEnd: '12:00' });
    const overlap = await t.gql(CREATE, { input: { queueId, weekday: 1, localStart: '11:00', localEnd: '13:00', headcount: 1 } });
    expect(overlap.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.localStart' });
    expect(overlap.errors?.[0].message).toContain(`overlaps target ${monday} (08:00-12:00) on weekday 1`);
    await createTarget({ localStart: '12:00', localEnd: '16:00' });
    await createTarget({ weekday: 2, localStart: '10:00', localEnd: '11:00' });
    await createTarget({ weekday: null, date: '2026-03-02', localStart: '09:00', localEnd: '10:00' });
    const moved = await t.gql(UPDATE, { input: { id: monday, localEnd: '12:30' } });
    expect(moved.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.localStart' });
    expect(await targetsOfQueue()).toEqual([
      { weekday: 1, date: null, localStart: '08:00', localEnd: '12:00', headcount: 3 },
      { weekday: 1, date: null, localStart: '12:00', localEnd: '16:00', headcount: 3 },
      { weekday: 2, date: null, localStart: '10:00', localEnd: '11:00', headcount: 3 },
      { weekday: null, date: '2026-03-02', localStart: '09:00', localEnd: '10:00', headcount: 3 },
    ]);
  });

  it('updates a target, a date replacing its weekday', async () => {
    const id = await createTarget();
    expect(await t.gql(UPDATE, { input: { id, date: '2026-03-09', localEnd: '13:30', headcount: 4 } }))
      .toEqual({ data: { updateCoverageTarget: { id, queueId, weekday: null, date: '2026-03-09', localStart: '08:00', localEnd: '13:30', headcount: 4 } } });
    expect(await t.gql(UPDATE, { input: { id, weekday: 7 } }))
      .toEqual({ data: { updateCoverageTarget: expect.objectContaining({ weekday: 7, date: null }) } });
  });

  it.each([
    ['an end before the start', 'input.localEnd', { localEnd: '07:00' }],
    ['a start after the end', 'input.localStart', { localStart: '13:00' }],
    ['both a weekday and a date', 'input.date', { weekday: 2, date: '2026-03-03' }],
  ])('rejects an update with %s as BAD_USER_INPUT on %s and keeps the target', async (_label, field, extra) => {
    const id = await createTarget();
    const result = await t.gql(UPDATE, { input: { id, ...extra } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await targetsOfQueue()).toEqual([{ weekday: 1, date: null, localStart: '08:00', localEnd: '12:00', headcount: 3 }]);
  });

  it('deletes a target', async () => {
    const id = await createTarget();
    expect(await t.gql(DELETE, { id })).toEqual({ data: { deleteCoverageTarget: id } });
    expect(await targetsOfQueue()).toEqual([]);
    expect(errorCodes(await t.gql(DELETE, { id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(UPDATE, { input: { id, headcount: 1 } }))).toEqual(['NOT_FOUND']);
  });

  describe('who may do what', () => {
    let target: string;
    beforeEach(async () => {
      target = await createTarget();
    });

    it('lets a client manager read their own queue\'s targets and not another client\'s', async () => {
      expect(await t.gql(OF_QUEUE, { id: queueId }, managerOf(clientId)))
        .toEqual({ data: { queue: { coverageTargets: [{ weekday: 1, date: null, localStart: '08:00', localEnd: '12:00', headcount: 3 }] } } });
      const other = await createClient(t, 'St. Luke');
      expect(errorCodes(await t.gql(OF_QUEUE, { id: queueId }, managerOf(other)))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await t.gql(OF_QUEUE, { id: queueId }, ANALYST))).toEqual(['FORBIDDEN']);
    });

    it('lets only staff write', async () => {
      for (const who of [ANALYST, managerOf(clientId)]) {
        expect(errorCodes(await t.gql(CREATE, { input: { queueId, weekday: 2, localStart: '08:00', localEnd: '09:00', headcount: 1 } }, who))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await t.gql(UPDATE, { input: { id: target, headcount: 9 } }, who))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await t.gql(DELETE, { id: target }, who))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await t.gql(DELETE, { id: target }, null))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await t.gql(OF_QUEUE, { id: queueId }, null))).toEqual(['UNAUTHENTICATED']);
      expect((await t.gql(UPDATE, { input: { id: target, headcount: 5 } }, ADMIN)).data).toBeTruthy();
      expect(await targetsOfQueue()).toEqual([expect.objectContaining({ headcount: 5 })]);
    });
  });
});
