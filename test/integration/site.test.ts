import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const CREATE = `mutation ($input: CreateSiteInput!) { createSite(input: $input) { id name timeZone shrinkage version active rules { maxMinutesPerWeek minRestMinutes } } }`;
const UPDATE = `mutation ($input: UpdateSiteInput!) { updateSite(input: $input) { id name version } }`;
const LIST = `{ sites { name } }`;

describe.each(testDatabases())('sites [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('creates a site with its zone and default rules, and lists it', async () => {
    const created = await t.gql(CREATE, { input: { name: 'East', timeZone: 'America/New_York', rules: { maxMinutesPerWeek: 2400, minRestMinutes: 660 } } });
    expect(created).toEqual({
      data: { createSite: { id: expect.any(String), name: 'East', timeZone: 'America/New_York', shrinkage: 0, version: 1, active: true, rules: { maxMinutesPerWeek: 2400, minRestMinutes: 660 } } },
    });
    expect(await t.gql(LIST)).toEqual({ data: { sites: [{ name: 'East' }] } });
  });

  it.each([
    [{ name: '', timeZone: 'UTC' }, 'input.name'],
    [{ name: 'Mars base', timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    [{ name: 'East', timeZone: 'UTC', shrinkage: 1 }, 'input.shrinkage'],
    [{ name: 'East', timeZone: 'UTC', rules: { minMinutesPerWeek: 3000, maxMinutesPerWeek: 2400 } }, 'input.rules.minMinutesPerWeek'],
    [{ name: 'East', timeZone: 'UTC', rules: { fixedDaysOff: [8] } }, 'input.rules.fixedDaysOff.0'],
  ])('rejects %j as BAD_USER_INPUT on %s and writes nothing', async (input, field) => {
    const result = await t.gql(CREATE, { input });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: `));
    expect(await t.gql(LIST)).toEqual({ data: { sites: [] } });
  });

  it('refuses a duplicate name', async () => {
    await t.gql(CREATE, { input: { name: 'East', timeZone: 'UTC' } });
    const again = await t.gql(CREATE, { input: { name: 'East', timeZone: 'America/Chicago' } });
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(await t.gql(LIST)).toEqual({ data: { sites: [{ name: 'East' }] } });
  });

  it('answers a stale version with CONFLICT and keeps the newer write', async () => {
    const { data } = await t.gql<{ createSite: { id: string } }>(CREATE, { input: { name: 'East', timeZone: 'UTC' } });
    const id = data!.createSite.id;
    expect(await t.gql(UPDATE, { input: { id, version: 1, name: 'East 2' } })).toEqual({ data: { updateSite: { id, name: 'East 2', version: 2 } } });
    const stale = await t.gql(UPDATE, { input: { id, version: 1, name: 'East 3' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('current version is 2');
    expect(await t.gql(LIST)).toEqual({ data: { sites: [{ name: 'East 2' }] } });
  });

  it('lets only staff write; others get FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const input = { name: 'East', timeZone: 'UTC' };
    expect(errorCodes(await t.gql(CREATE, { input }, { role: 'analyst', analystId: 1 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(CREATE, { input }, { role: 'client_manager', clientIds: [1] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(CREATE, { input }, null))).toEqual(['UNAUTHENTICATED']);
    expect((await t.gql(CREATE, { input }, { role: 'admin' })).data).toBeTruthy();
  });

  it('deactivates a site and hides it from the default list', async () => {
    const { data } = await t.gql<{ createSite: { id: string } }>(CREATE, { input: { name: 'East', timeZone: 'UTC' } });
    await t.gql(`mutation ($id: ID!) { deactivateSite(id: $id) { active } }`, { id: data!.createSite.id });
    expect(await t.gql(LIST)).toEqual({ data: { sites: [] } });
    expect(await t.gql(`{ sites(includeInactive: true) { name active } }`)).toEqual({ data: { sites: [{ name: 'East', active: false }] } });
  });
});

describe('GraphQL-level input errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('answers a variable of the wrong type as BAD_USER_INPUT naming the field, not "Unexpected error."', async () => {
    const result = await t.gql(UPDATE, { input: { id: '1', version: 'one' } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.version' });
    expect(result.errors?.[0].message).toContain('Int cannot represent');
  });
});

describe('query limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('refuses a query nested deeper than the limit before running it', async () => {
    const nest = (levels: number): string => (levels === 0 ? 'name' : `contracts { client { ${nest(levels - 1)} } }`);
    const deep = `{ clients { ${nest(7)} } }`;
    const result = await t.gql(deep);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: sites { id }`).join(' ');
    const result = await t.gql(`{ ${aliases} }`);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });
});
