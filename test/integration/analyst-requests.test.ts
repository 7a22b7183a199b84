import { analystFixtures, analystToken, CLIENT_MANAGER } from '../helpers/analyst-fixtures';
import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const ADD = `mutation ($input: AddShiftRequestInput!) { addShiftRequest(input: $input) { id date shiftTemplateId wantsToWork weight } }`;
const REMOVE = `mutation ($id: ID!) { removeShiftRequest(id: $id) }`;
const REQUEST_OFF = `mutation ($input: RequestTimeOffInput!) { requestTimeOff(input: $input) { id analystId startDate endDate status reason } }`;
const DECIDE = `mutation ($id: ID!, $approve: Boolean!) { decideTimeOff(id: $id, approve: $approve) { id status } }`;
const CANCEL = `mutation ($id: ID!) { cancelTimeOff(id: $id) }`;
const PROFILE = `query ($id: ID!) { analyst(id: $id) { shiftRequests { date shiftTemplateId wantsToWork weight } timeOff { startDate endDate status reason } } }`;

describe.each(testDatabases())('shift requests and time off [%s]', (kind) => {
  let t: TestApp;
  let f: ReturnType<typeof analystFixtures>;
  let site: string;
  let ana: string;
  let bo: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    f = analystFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    site = await f.site();
    ana = await f.analyst(site, 'Ana Ruiz');
    bo = await f.analyst(site, 'Bo Chen');
  });

  const profile = async (id = ana) => (await t.gql(PROFILE, { id })).data;
  const empty = { analyst: { shiftRequests: [], timeOff: [] } };

  it('adds and removes an analyst\'s own requests to work or not work a day or a shift', async () => {
    const night = await f.template(site, 'NIGHT');
    const me = analystToken(ana);
    const offDay = await t.gql<{ addShiftRequest: { id: string } }>(ADD, { input: { analystId: ana, date: '2026-03-14', wantsToWork: false, weight: 8 } }, me);
    expect(offDay).toEqual({ data: { addShiftRequest: { id: expect.any(String), date: '2026-03-14', shiftTemplateId: null, wantsToWork: false, weight: 8 } } });
    expect(await t.gql(ADD, { input: { analystId: ana, date: '2026-03-10', shiftTemplateId: night, wantsToWork: true, weight: 1 } }, me)).toEqual({
      data: { addShiftRequest: { id: expect.any(String), date: '2026-03-10', shiftTemplateId: night, wantsToWork: true, weight: 1 } },
    });
    expect(await profile()).toEqual({ analyst: { timeOff: [], shiftRequests: [
      { date: '2026-03-10', shiftTemplateId: night, wantsToWork: true, weight: 1 },
      { date: '2026-03-14', shiftTemplateId: null, wantsToWork: false, weight: 8 },
    ] } });
    const id = offDay.data!.addShiftRequest.id;
    expect(errorCodes(await t.gql(REMOVE, { id }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(REMOVE, { id }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(await t.gql(REMOVE, { id }, me)).toEqual({ data: { removeShiftRequest: true } });
    expect(errorCodes(await t.gql(REMOVE, { id }, me))).toEqual(['NOT_FOUND']);
    expect(await profile()).toEqual({ analyst: { timeOff: [], shiftRequests: [{ date: '2026-03-10', shiftTemplateId: night, wantsToWork: true, weight: 1 }] } });
  });

  it.each([
    [{ weight: 11 }, 'input.weight'],
    [{ weight: 0 }, 'input.weight'],
    [{ date: '2026-02-30' }, 'input.date'],
    [{ shiftTemplateId: '999' }, 'input.shiftTemplateId'],
  ])('rejects the request %j as BAD_USER_INPUT on %s and writes nothing', async (bad, field) => {
    const result = await t.gql(ADD, { input: { analystId: ana, date: '2026-03-14', wantsToWork: false, weight: 5, ...bad } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await profile()).toEqual(empty);
  });

  it('refuses requests for another analyst, and from client managers', async () => {
    const input = { analystId: ana, date: '2026-03-14', wantsToWork: false, weight: 5 };
    expect(errorCodes(await t.gql(ADD, { input }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(ADD, { input }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(ADD, { input }, null))).toEqual(['UNAUTHENTICATED']);
    expect(await profile()).toEqual(empty);
    expect((await t.gql(ADD, { input }, ADMIN)).data).toBeTruthy();
  });

  it('takes a time-off request, which staff approve or reject once', async () => {
    const asked = await t.gql<{ requestTimeOff: { id: string } }>(REQUEST_OFF, { input: { analystId: ana, startDate: '2026-04-06', endDate: '2026-04-10', reason: ' Family visit ' } }, analystToken(ana));
    const id = asked.data!.requestTimeOff.id;
    expect(asked).toEqual({ data: { requestTimeOff: { id, analystId: ana, startDate: '2026-04-06', endDate: '2026-04-10', status: 'requested', reason: 'Family visit' } } });
    expect(errorCodes(await t.gql(DECIDE, { id, approve: true }, analystToken(ana)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(DECIDE, { id, approve: true }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(await t.gql(DECIDE, { id, approve: true })).toEqual({ data: { decideTimeOff: { id, status: 'approved' } } });
    const twice = await t.gql(DECIDE, { id, approve: false });
    expect(twice.errors?.[0]).toMatchObject({ message: expect.stringContaining('approved already'), extensions: { code: 'CONFLICT' } });
    const other = await t.gql<{ requestTimeOff: { id: string } }>(REQUEST_OFF, { input: { analystId: ana, startDate: '2026-05-01', endDate: '2026-05-01' } }, analystToken(ana));
    expect(await t.gql(DECIDE, { id: other.data!.requestTimeOff.id, approve: false }, ADMIN)).toEqual({ data: { decideTimeOff: { id: other.data!.requestTimeOff.id, status: 'rejected' } } });
    expect(errorCodes(await t.gql(DECIDE, { id: '999', approve: true }))).toEqual(['NOT_FOUND']);
    expect(await profile()).toEqual({ analyst: { shiftRequests: [], timeOff: [
      { startDate: '2026-04-06', endDate: '2026-04-10', status: 'approved', reason: 'Family visit' },
      { startDate: '2026-05-01', endDate: '2026-05-01', status: 'rejected', reason: null },
    ] } });
  });

  it('lets staff record approved time off directly, but not an analyst', async () => {
    const input = { analystId: ana, startDate: '2026-04-06', endDate: '2026-04-06', approved: true };
    const denied = await t.gql(REQUEST_OFF, { input }, analystToken(ana));
    expect(denied.errors?.[0]).toMatchObject({ message: expect.stringContaining('input.approved'), extensions: { code: 'FORBIDDEN' } });
    expect(await profile()).toEqual(empty);
    expect(await t.gql(REQUEST_OFF, { input })).toEqual({
      data: { requestTimeOff: { id: expect.any(String), analystId: ana, startDate: '2026-04-06', endDate: '2026-04-06', status: 'approved', reason: null } },
    });
  });

  it.each([
    [{ startDate: '2026-04-10', endDate: '2026-04-06' }, 'input.endDate', 'must not be before startDate (2026-04-10)'],
    [{ startDate: '2026-02-30', endDate: '2026-03-02' }, 'input.startDate', 'is not a valid date'],
    [{ startDate: '2026-04-06', endDate: 'soon' }, 'input.endDate', 'must be a date in the form YYYY-MM-DD'],
    [{ startDate: '2026-04-06', endDate: '2026-04-06', reason: 'x'.repeat(501) }, 'input.reason', 'must be at most 500 characters'],
  ])('rejects time off %j as BAD_USER_INPUT on %s and writes nothing', async (bad, field, message) => {
    const result = await t.gql(REQUEST_OFF, { input: { analystId: ana, ...bad } }, analystToken(ana));
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toContain(`${field}: ${message}`);
    expect(await profile()).toEqual(empty);
  });

  it('refuses time off for another analyst; the analyst or staff may cancel it', async () => {
    const input = { analystId: ana, startDate: '2026-04-06', endDate: '2026-04-07' };
    expect(errorCodes(await t.gql(REQUEST_OFF, { input }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(REQUEST_OFF, { input }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(REQUEST_OFF, { input: { ...input, analystId: '999' } }))).toEqual(['NOT_FOUND']);
    expect(await profile()).toEqual(empty);
    const mine = await t.gql<{ requestTimeOff: { id: string } }>(REQUEST_OFF, { input }, analystToken(ana));
    const staffs = await t.gql<{ requestTimeOff: { id: string } }>(REQUEST_OFF, { input: { ...input, approved: true } });
    expect(errorCodes(await t.gql(CANCEL, { id: mine.data!.requestTimeOff.id }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(CANCEL, { id: mine.data!.requestTimeOff.id }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(await t.gql(CANCEL, { id: mine.data!.requestTimeOff.id }, analystToken(ana))).toEqual({ data: { cancelTimeOff: true } });
    expect(await t.gql(CANCEL, { id: staffs.data!.requestTimeOff.id }, ADMIN)).toEqual({ data: { cancelTimeOff: true } });
    expect(errorCodes(await t.gql(CANCEL, { id: mine.data!.requestTimeOff.id }))).toEqual(['NOT_FOUND']);
    expect(await profile()).toEqual(empty);
  });
});
