import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, createClient, managerOf, startsWithField } from '../helpers/client-fixtures';

const CREATE = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id name timeZone active version } }`;
const UPDATE = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id name timeZone version } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateClient(id: $id) { id active version } }`;
const LIST = `{ clients(includeInactive: true) { name } }`;
const GET = `query ($id: ID!) { client(id: $id) { id name } }`;

describe.each(testDatabases())('clients [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('creates a client with its zone, reads it and lists it', async () => {
    const created = await t.gql<{ createClient: { id: string } }>(CREATE, { input: { name: 'Mercy Health', timeZone: 'America/Chicago' } });
    expect(created).toEqual({ data: { createClient: { id: expect.any(String), name: 'Mercy Health', timeZone: 'America/Chicago', active: true, version: 1 } } });
    const id = created.data!.createClient.id;
    expect(await t.gql(GET, { id })).toEqual({ data: { client: { id, name: 'Mercy Health' } } });
    expect(await t.gql(`{ clients { name timeZone } }`)).toEqual({ data: { clients: [{ name: 'Mercy Health', timeZone: 'America/Chicago' }] } });
  });

  it.each([
    ['an empty name', 'input.name', { name: '', timeZone: 'UTC' }],
    ['an unknown zone', 'input.timeZone', { name: 'Mercy', timeZone: 'Mars/Olympus' }],
    ['a 161-character name', 'input.name', { name: 'x'.repeat(161), timeZone: 'UTC' }],
  ])('rejects %s as BAD_USER_INPUT on %s and writes nothing', async (_label, field, input) => {
    const result = await t.gql(CREATE, { input });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(startsWithField(field));
    expect(await t.gql(LIST)).toEqual({ data: { clients: [] } });
  });

  it('refuses a duplicate name on create and on update', async () => {
    await createClient(t, 'Mercy');
    const other = await createClient(t, 'St. Luke');
    const again = await t.gql(CREATE, { input: { name: 'Mercy', timeZone: 'UTC' } });
    expect(again.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const renamed = await t.gql(UPDATE, { input: { id: other, version: 1, name: 'Mercy' } });
    expect(renamed.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await t.gql(LIST)).toEqual({ data: { clients: [{ name: 'Mercy' }, { name: 'St. Luke' }] } });
  });

  it('updates with optimistic locking: a stale version is CONFLICT and writes nothing', async () => {
    const id = await createClient(t, 'Mercy');
    expect(await t.gql(UPDATE, { input: { id, version: 1, name: 'Mercy Health', timeZone: 'America/Denver' } }))
      .toEqual({ data: { updateClient: { id, name: 'Mercy Health', timeZone: 'America/Denver', version: 2 } } });
    const stale = await t.gql(UPDATE, { input: { id, version: 1, name: 'Mercy Old' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('current version is 2');
    expect(await t.gql(LIST)).toEqual({ data: { clients: [{ name: 'Mercy Health' }] } });
  });

  it('rejects an unknown zone on update and keeps the row', async () => {
    const id = await createClient(t, 'Mercy');
    const result = await t.gql(UPDATE, { input: { id, version: 1, timeZone: 'Nowhere/Land' } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    expect(await t.gql(`{ clients { timeZone version } }`)).toEqual({ data: { clients: [{ timeZone: 'America/Chicago', version: 1 }] } });
  });

  it('deactivates a client, hiding it from the default list', async () => {
    const id = await createClient(t, 'Mercy');
    expect(await t.gql(DEACTIVATE, { id })).toEqual({ data: { deactivateClient: { id, active: false, version: 2 } } });
    expect(await t.gql(`{ clients { name } }`)).toEqual({ data: { clients: [] } });
    expect(await t.gql(`{ clients(includeInactive: true) { name active } }`)).toEqual({ data: { clients: [{ name: 'Mercy', active: false }] } });
  });

  it('answers NOT_FOUND for an unknown client and for updates of one', async () => {
    expect(errorCodes(await t.gql(GET, { id: '999' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(UPDATE, { input: { id: '999', version: 1, name: 'X' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(DEACTIVATE, { id: '999' }))).toEqual(['NOT_FOUND']);
  });

  describe('who may do what', () => {
    let mine: string;
    let theirs: string;
    beforeEach(async () => {
      mine = await createClient(t, 'Mercy');
      theirs = await createClient(t, 'St. Luke');
    });

    it('lets admins and schedulers read and write everything', async () => {
      expect(await t.gql(`{ clients { name } }`, {}, ADMIN)).toEqual({ data: { clients: [{ name: 'Mercy' }, { name: 'St. Luke' }] } });
      expect((await t.gql(UPDATE, { input: { id: mine, version: 1, name: 'Mercy 2' } }, ADMIN)).data).toBeTruthy();
      expect((await t.gql(CREATE, { input: { name: 'Third', timeZone: 'UTC' } }, ADMIN)).data).toBeTruthy();
    });

    it('shows a client manager only their own clients, and never reveals that others exist', async () => {
      expect(await t.gql(`{ clients { name } }`, {}, managerOf(mine))).toEqual({ data: { clients: [{ name: 'Mercy' }] } });
      expect(await t.gql(GET, { id: mine }, managerOf(mine))).toEqual({ data: { client: { id: mine, name: 'Mercy' } } });
      const other = await t.gql(GET, { id: theirs }, managerOf(mine));
      const missing = await t.gql(GET, { id: '999' }, managerOf(mine));
      expect(errorCodes(other)).toEqual(['NOT_FOUND']);
      expect(other.errors?.[0].message).toBe(`Client ${theirs} was not found`);
      expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
      expect(other.data).toEqual({ client: null });
    });

    it('forbids client managers and analysts to write, and analysts to read', async () => {
      expect(errorCodes(await t.gql(CREATE, { input: { name: 'X', timeZone: 'UTC' } }, managerOf(mine)))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(UPDATE, { input: { id: mine, version: 1, name: 'X' } }, managerOf(mine)))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(DEACTIVATE, { id: mine }, managerOf(mine)))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(CREATE, { input: { name: 'X', timeZone: 'UTC' } }, ANALYST))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(`{ clients { name } }`, {}, ANALYST))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(GET, { id: mine }, ANALYST))).toEqual(['FORBIDDEN']);
      expect(await t.gql(LIST)).toEqual({ data: { clients: [{ name: 'Mercy' }, { name: 'St. Luke' }] } });
    });

    it('answers anonymous requests UNAUTHENTICATED', async () => {
      expect(errorCodes(await t.gql(`{ clients { name } }`, {}, null))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await t.gql(GET, { id: mine }, null))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await t.gql(CREATE, { input: { name: 'X', timeZone: 'UTC' } }, null))).toEqual(['UNAUTHENTICATED']);
    });
  });
});
