import { analystFixtures, analystToken, CLIENT_MANAGER } from '../helpers/analyst-fixtures';
import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const FIELDS = `id name email timeZone background usualClientId maxDevelopmentShifts active version
  site { name } rules { maxMinutesPerWeek minRestMinutes } effectiveRules { maxMinutesPerWeek minRestMinutes }`;
const CREATE = `mutation ($input: CreateAnalystInput!) { createAnalyst(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateAnalystInput!) { updateAnalyst(input: $input) { id name timeZone email version } }`;
const GET = `query ($id: ID!) { analyst(id: $id) { id name version } }`;
const NAMES = `{ analysts(filter: { includeInactive: true }) { edges { node { name email version } } } }`;

describe.each(testDatabases())('analysts [%s]', (kind) => {
  let t: TestApp;
  let f: ReturnType<typeof analystFixtures>;
  let siteId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    f = analystFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    siteId = await f.site();
  });

  const ANA = () => ({ name: 'Ana Ruiz', email: 'Ana.Ruiz@Desk.test', siteId, background: 'clinical', rules: { maxMinutesPerWeek: 1200 } });

  it('creates an analyst with the site resolved and the site rules merged under their own', async () => {
    expect(await t.gql(CREATE, { input: { ...ANA(), timeZone: 'America/Chicago', maxDevelopmentShifts: 2 } })).toEqual({
      data: {
        createAnalyst: {
          id: expect.any(String), name: 'Ana Ruiz', email: 'ana.ruiz@desk.test', timeZone: 'America/Chicago', background: 'clinical',
          usualClientId: null, maxDevelopmentShifts: 2, active: true, version: 1, site: { name: 'East' },
          rules: { maxMinutesPerWeek: 1200, minRestMinutes: null },
          effectiveRules: { maxMinutesPerWeek: 1200, minRestMinutes: 660 },
        },
      },
    });
  });

  it.each([
    [{ name: '' }, 'input.name'],
    [{ email: 'not-an-email' }, 'input.email'],
    [{ timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    [{ siteId: '999' }, 'input.siteId'],
    [{ siteId: 'abc' }, 'input.siteId'],
    [{ usualClientId: '999' }, 'input.usualClientId'],
    [{ maxDevelopmentShifts: -1 }, 'input.maxDevelopmentShifts'],
    [{ rules: { minMinutesPerWeek: 3000, maxMinutesPerWeek: 2400 } }, 'input.rules.minMinutesPerWeek'],
  ])('rejects %j as BAD_USER_INPUT on %s and writes nothing', async (bad, field) => {
    const result = await t.gql(CREATE, { input: { ...ANA(), ...bad } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: `));
    expect(await t.gql(NAMES)).toEqual({ data: { analysts: { edges: [] } } });
  });

  it('refuses an email that is taken, whatever its case', async () => {
    await t.gql(CREATE, { input: ANA() });
    const again = await t.gql(CREATE, { input: { ...ANA(), name: 'Other', email: 'ANA.RUIZ@desk.test' } });
    expect(again.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(await t.gql(NAMES)).toEqual({ data: { analysts: { edges: [{ node: { name: 'Ana Ruiz', email: 'ana.ruiz@desk.test', version: 1 } }] } } });
  });

  it('updates with optimistic locking: a stale version is CONFLICT and keeps the newer write', async () => {
    const id = await f.analyst(siteId, 'Ana Ruiz');
    expect(await t.gql(UPDATE, { input: { id, version: 1, name: 'Ana R.' } })).toEqual({
      data: { updateAnalyst: { id, name: 'Ana R.', timeZone: null, email: 'ana.ruiz@desk.test', version: 2 } },
    });
    const stale = await t.gql(UPDATE, { input: { id, version: 1, name: 'Ana X' } });
    expect(stale.errors?.[0].extensions).toEqual({ code: 'CONFLICT' });
    expect(stale.errors?.[0].message).toContain('current version is 2');
    expect(await t.gql(GET, { id })).toEqual({ data: { analyst: { id, name: 'Ana R.', version: 2 } } });
    expect(errorCodes(await t.gql(UPDATE, { input: { id: '999', version: 1, name: 'X' } }))).toEqual(['NOT_FOUND']);
  });

  it('lets an analyst change their own name and time zone, but not email, site, rules or background', async () => {
    const id = await f.analyst(siteId, 'Ana Ruiz');
    const me = analystToken(id);
    expect(await t.gql(UPDATE, { input: { id, version: 1, name: 'Ana R.', timeZone: 'Europe/Madrid' } }, me)).toEqual({
      data: { updateAnalyst: { id, name: 'Ana R.', timeZone: 'Europe/Madrid', email: 'ana.ruiz@desk.test', version: 2 } },
    });
    const otherSite = await f.site('West');
    for (const [field, value] of [['email', 'x@desk.test'], ['siteId', otherSite], ['rules', { maxMinutesPerWeek: 600 }], ['background', 'other']] as const) {
      const denied = await t.gql(UPDATE, { input: { id, version: 2, [field]: value } }, me);
      expect(denied.errors?.[0]).toMatchObject({ message: expect.stringContaining(`input.${field}`), extensions: { code: 'FORBIDDEN' } });
    }
    expect(errorCodes(await t.gql(`mutation ($id: ID!) { deactivateAnalyst(id: $id) { id } }`, { id }, me))).toEqual(['FORBIDDEN']);
    expect(await t.gql(`query ($id: ID!) { analyst(id: $id) { email version active site { name } } }`, { id })).toEqual({
      data: { analyst: { email: 'ana.ruiz@desk.test', version: 2, active: true, site: { name: 'East' } } },
    });
  });

  it('lets staff move an analyst to another site and change their rules', async () => {
    const id = await f.analyst(siteId, 'Ana Ruiz');
    const west = await f.site('West', { maxMinutesPerWeek: 2000, minRestMinutes: 600 });
    const moved = await t.gql(`mutation ($input: UpdateAnalystInput!) { updateAnalyst(input: $input) { site { name } effectiveRules { maxMinutesPerWeek minRestMinutes } } }`, {
      input: { id, version: 1, siteId: west, rules: { minRestMinutes: 720 } },
    }, ADMIN);
    expect(moved).toEqual({ data: { updateAnalyst: { site: { name: 'West' }, effectiveRules: { maxMinutesPerWeek: 2000, minRestMinutes: 720 } } } });
  });

  it('reads one analyst: self or staff; another analyst or a client manager gets FORBIDDEN; anonymous UNAUTHENTICATED', async () => {
    const ana = await f.analyst(siteId, 'Ana Ruiz');
    const bo = await f.analyst(siteId, 'Bo Chen');
    const expected = { data: { analyst: { id: ana, name: 'Ana Ruiz', version: 1 } } };
    expect(await t.gql(GET, { id: ana })).toEqual(expected);
    expect(await t.gql(GET, { id: ana }, ADMIN)).toEqual(expected);
    expect(await t.gql(GET, { id: ana }, analystToken(ana))).toEqual(expected);
    expect(await t.gql(GET, { id: '999' })).toEqual({ data: { analyst: null } });
    expect(errorCodes(await t.gql(GET, { id: ana }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(GET, { id: ana }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(GET, { id: ana }, null))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers myProfile for the token\'s analyst only', async () => {
    const ana = await f.analyst(siteId, 'Ana Ruiz');
    expect(await t.gql(`{ myProfile { id name site { name } } }`, {}, analystToken(ana))).toEqual({ data: { myProfile: { id: ana, name: 'Ana Ruiz', site: { name: 'East' } } } });
    expect(errorCodes(await t.gql(`{ myProfile { id } }`))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(`{ myProfile { id } }`, {}, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(`{ myProfile { id } }`, {}, analystToken('999')))).toEqual(['NOT_FOUND']);
  });

  it('lets only staff create and deactivate analysts', async () => {
    const input = ANA();
    const ana = await f.analyst(siteId, 'Bo Chen');
    const other = await f.analyst(siteId, 'Cy Diaz');
    for (const as of [analystToken(ana), CLIENT_MANAGER]) expect(errorCodes(await t.gql(CREATE, { input }, as))).toEqual(['FORBIDDEN']);
    for (const as of [analystToken(other), CLIENT_MANAGER]) {
      expect(errorCodes(await t.gql(UPDATE, { input: { id: ana, version: 1, name: 'X' } }, as))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(`mutation ($id: ID!) { deactivateAnalyst(id: $id) { id } }`, { id: ana }, as))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await t.gql(CREATE, { input }, null))).toEqual(['UNAUTHENTICATED']);
    expect((await t.gql(CREATE, { input }, ADMIN)).data).toBeTruthy();
    expect(await t.gql(`mutation ($id: ID!) { deactivateAnalyst(id: $id) { active version } }`, { id: ana })).toEqual({ data: { deactivateAnalyst: { active: false, version: 2 } } });
    expect(await t.gql(`{ analysts { edges { node { name version } } } }`)).toEqual({
      data: { analysts: { edges: [{ node: { name: 'Ana Ruiz', version: 1 } }, { node: { name: 'Cy Diaz', version: 1 } }] } },
    });
  });
});
