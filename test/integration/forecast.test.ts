import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, createClient, managerOf, startsWithField } from '../helpers/client-fixtures';
import { clientWithQueue, READ_FORECAST, SET_FORECAST } from '../helpers/staffing-fixtures';

describe.each(testDatabases())('queue forecasts [%s]', (kind) => {
  let t: TestApp;
  let clientId: string;
  let queueId: string;
  const valid = () => ({
    queueId, intervalMinutes: 30, handleTimeSeconds: 360, maxOccupancy: 0.85, shrinkage: null,
    entries: [
      { weekday: 1, localStart: '09:00', volume: 42 },
      { weekday: 1, localStart: '09:30', volume: 37.5 },
      { date: '2026-11-01', localStart: '01:00', occurrence: 2, volume: 12 },
    ],
  });
  const readBack = async () => (await t.gql<{ queueForecast: unknown }>(READ_FORECAST, { queueId })).data?.queueForecast;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    ({ clientId, queueId } = await clientWithQueue(t, 'Mercy', 'America/New_York'));
  });

  it('has no forecast until one is set, then reads back what was set, in order', async () => {
    expect(await t.gql(READ_FORECAST, { queueId })).toEqual({ data: { queueForecast: null } });
    const expected = {
      queueId, intervalMinutes: 30, handleTimeSeconds: 360, maxOccupancy: 0.85, shrinkage: null, timeZone: 'America/New_York',
      entries: [
        { weekday: 1, date: null, localStart: '09:00', occurrence: 1, volume: 42 },
        { weekday: 1, date: null, localStart: '09:30', occurrence: 1, volume: 37.5 },
        { weekday: null, date: '2026-11-01', localStart: '01:00', occurrence: 2, volume: 12 },
      ],
    };
    expect(await t.gql(SET_FORECAST, { input: valid() })).toEqual({ data: { setQueueForecast: expected } });
    expect(await readBack()).toEqual(expected);
  });

  it('replaces the whole forecast', async () => {
    await t.gql(SET_FORECAST, { input: valid() });
    const next = { ...valid(), intervalMinutes: 60, handleTimeSeconds: 240, maxOccupancy: 1, shrinkage: 0.25, entries: [{ weekday: 7, localStart: '13:00', volume: 0 }] };
    expect(await t.gql(SET_FORECAST, { input: next }, ADMIN)).toEqual({ data: { setQueueForecast: {
      queueId, intervalMinutes: 60, handleTimeSeconds: 240, maxOccupancy: 1, shrinkage: 0.25, timeZone: 'America/New_York',
      entries: [{ weekday: 7, date: null, localStart: '13:00', occurrence: 1, volume: 0 }],
    } } });
  });

  const entry = (extra: Record<string, unknown>) => ({ entries: [{ weekday: 1, localStart: '09:00', volume: 1 }, { weekday: 1, localStart: '10:00', volume: 2, ...extra }] });
  it.each([
    ['a negative volume', 'input.entries.1.volume', entry({ volume: -1 }), 'must be >= 0; got -1'],
    ['a zero handle time', 'input.handleTimeSeconds', { handleTimeSeconds: 0 }, 'must be > 0; got 0'],
    ['a negative handle time', 'input.handleTimeSeconds', { handleTimeSeconds: -30 }, 'must be > 0; got -30'],
    ['a shrinkage of 1', 'input.shrinkage', { shrinkage: 1 }, 'must be in [0, 1); got 1'],
    ['a negative shrinkage', 'input.shrinkage', { shrinkage: -0.1 }, 'must be in [0, 1); got -0.1'],
    ['an occupancy cap of 0', 'input.maxOccupancy', { maxOccupancy: 0 }, 'must be in (0, 1]; got 0'],
    ['an occupancy cap above 1', 'input.maxOccupancy', { maxOccupancy: 1.2 }, 'must be in (0, 1]; got 1.2'],
    ['45-minute intervals', 'input.intervalMinutes', { intervalMinutes: 45 }, 'must be one of 15, 30, 60; got 45'],
    ['15-minute intervals', 'input.intervalMinutes', { intervalMinutes: 15 }, 'must be 30 or 60; got 15'],
    ['both a weekday and a date', 'input.entries.1.date', entry({ date: '2026-03-03' }), 'give either weekday (1) or date ("2026-03-03"), not both'],
    ['neither a weekday nor a date', 'input.entries.1.weekday', entry({ weekday: null }), 'give a weekday'],
    ['weekday 8', 'input.entries.1.weekday', entry({ weekday: 8 }), 'must be an ISO weekday 1-7'],
    ['a malformed date', 'input.entries.1.date', entry({ weekday: null, date: '2026-02-30' }), 'is not a valid date'],
    ['a start off the grid', 'input.entries.1.localStart', entry({ localStart: '10:15' }), '"10:15" is not on the 30-minute grid'],
    ['a start at 24:00', 'input.entries.1.localStart', entry({ localStart: '24:00' }), 'must be before 24:00'],
    ['a duplicated slot', 'input.entries.1.localStart', entry({ localStart: '09:00' }), 'duplicates entry 0 (weekday 1 09:00, occurrence 1)'],
    ['occurrence 3', 'input.entries.1.occurrence', entry({ occurrence: 3 }), 'must be 1, or 2'],
    ['an unknown queue', 'input.queueId', { queueId: '999' }, 'no queue has id 999'],
  ])('rejects %s as BAD_USER_INPUT on %s and changes nothing', async (_label, field, extra, reason) => {
    await t.gql(SET_FORECAST, { input: valid() });
    const before = await readBack();
    const result = await t.gql(SET_FORECAST, { input: { ...valid(), ...extra } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(startsWithField(field));
    expect(result.errors?.[0].message).toContain(reason);
    expect(result.data).toBeNull();
    expect(await readBack()).toEqual(before);
  });

  it('keeps the invariants in the database too', async () => {
    await t.gql(SET_FORECAST, { input: valid() });
    const insertRaw = (sql: string) => t.dataSource.query(sql);
    await expect(insertRaw(`INSERT INTO forecast_entry (queue_id, weekday, on_date, local_start, occurrence, volume) VALUES (${queueId}, 1, NULL, '11:00', 1, -1)`)).rejects.toThrow();
    await expect(insertRaw(`INSERT INTO forecast_entry (queue_id, weekday, on_date, local_start, occurrence, volume) VALUES (${queueId}, 1, '2026-03-02', '11:00', 1, 1)`)).rejects.toThrow();
    await expect(insertRaw(`INSERT INTO forecast_entry (queue_id, weekday, on_date, local_start, occurrence, volume) VALUES (${queueId}, 1, NULL, '11:00', 3, 1)`)).rejects.toThrow();
    await expect(insertRaw(`UPDATE queue_forecast SET handle_time_seconds = 0`)).rejects.toThrow();
    await expect(insertRaw(`UPDATE queue_forecast SET shrinkage = 1`)).rejects.toThrow();
    await expect(insertRaw(`UPDATE queue_forecast SET interval_minutes = 15`)).rejects.toThrow();
    await expect(insertRaw(`INSERT INTO queue_forecast (queue_id, interval_minutes, handle_time_seconds, max_occupancy) VALUES (${queueId}, 30, 300, 0.9)`)).rejects.toThrow();
  });

  describe('who may do what', () => {
    beforeEach(async () => {
      await t.gql(SET_FORECAST, { input: valid() });
    });

    it('lets a client manager read their own queue\'s forecast, never another client\'s', async () => {
      expect((await t.gql<{ queueForecast: { queueId: string } }>(READ_FORECAST, { queueId }, managerOf(clientId))).data?.queueForecast.queueId).toBe(queueId);
      const other = await createClient(t, 'St. Luke');
      const hidden = await t.gql(READ_FORECAST, { queueId }, managerOf(other));
      expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
      expect(hidden.errors?.[0].message).toBe(`Queue ${queueId} was not found`);
      expect(errorCodes(await t.gql(READ_FORECAST, { queueId: '999' }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await t.gql(READ_FORECAST, { queueId }, ANALYST))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(READ_FORECAST, { queueId }, null))).toEqual(['UNAUTHENTICATED']);
    });

    it('lets only staff set a forecast', async () => {
      const change = { ...valid(), entries: [] };
      for (const who of [ANALYST, managerOf(clientId)]) expect(errorCodes(await t.gql(SET_FORECAST, { input: change }, who))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(SET_FORECAST, { input: change }, null))).toEqual(['UNAUTHENTICATED']);
      expect(await readBack()).toEqual(expect.objectContaining({ entries: expect.arrayContaining([expect.objectContaining({ volume: 42 })]) }));
    });
  });
});
