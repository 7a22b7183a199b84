import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, createClient, createSite, insertAnalyst, managerOf, startsWithField } from '../helpers/client-fixtures';

const FIELDS = `id startDate endDate serviceLevel targetAnswerSeconds staffing minimumProficiency dedicatedAnalystIds dedicatedAnalysts { id name } active version client { name }`;
const CREATE = `mutation ($input: CreateContractInput!) { createContract(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateContractInput!) { updateContract(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateContract(id: $id) { id active version } }`;
const GET = `query ($id: ID!) { contract(id: $id) { id startDate } }`;
const OF_CLIENT = `query ($id: ID!) { client(id: $id) { contracts { startDate endDate staffing dedicatedAnalystIds version } } }`;

describe.each(testDatabases())('contracts [%s]', (kind) => {
  let t: TestApp;
  let clientId: string;
  let ana: string;
  let ben: string;
  const terms = () => ({ clientId, startDate: '2026-01-01', endDate: '2026-12-31', serviceLevel: 0.8, targetAnswerSeconds: 30, staffing: 'shared' });
  const contractsOfClient = async () => ((await t.gql<{ client: { contracts: unknown[] } }>(OF_CLIENT, { id: clientId })).data?.client.contracts);
  const createContract = async (extra: Record<string, unknown> = {}) =>
    (await t.gql<{ createContract: { id: string } }>(CREATE, { input: { ...terms(), ...extra } })).data!.createContract.id;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    clientId = await createClient(t, 'Mercy');
    const site = await createSite(t);
    ana = await insertAnalyst(t, site, 'Ana Ruiz');
    ben = await insertAnalyst(t, site, 'Ben Okafor');
  });

  it('creates a dedicated contract with its analysts (ids and names only) and its client', async () => {
    const result = await t.gql(CREATE, { input: { ...terms(), staffing: 'dedicated', dedicatedAnalystIds: [ben, ana], minimumProficiency: 3 } });
    expect(result).toEqual({
      data: {
        createContract: {
          id: expect.any(String), startDate: '2026-01-01', endDate: '2026-12-31', serviceLevel: 0.8, targetAnswerSeconds: 30,
          staffing: 'dedicated', minimumProficiency: 3, dedicatedAnalystIds: [ben, ana],
          dedicatedAnalysts: [{ id: ben, name: 'Ben Okafor' }, { id: ana, name: 'Ana Ruiz' }],
          active: true, version: 1, client: { name: 'Mercy' },
        },
      },
    });
  });

  it('lists a client\'s contracts by start date and reads one by id', async () => {
    const later = await createContract({ startDate: '2027-01-01', endDate: '2027-06-30' });
    await createContract();
    expect(await contractsOfClient()).toEqual([
      { startDate: '2026-01-01', endDate: '2026-12-31', staffing: 'shared', dedicatedAnalystIds: [], version: 1 },
      { startDate: '2027-01-01', endDate: '2027-06-30', staffing: 'shared', dedicatedAnalystIds: [], version: 1 },
    ]);
    expect(await t.gql(GET, { id: later })).toEqual({ data: { contract: { id: later, startDate: '2027-01-01' } } });
    expect(errorCodes(await t.gql(GET, { id: '999' }))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['a malformed date', 'input.startDate', { startDate: '2026-1-1' }],
    ['an impossible date', 'input.endDate', { endDate: '2026-02-30' }],
    ['a reversed period', 'input.endDate', { startDate: '2026-06-01', endDate: '2026-05-31' }],
    ['service level 1.5', 'input.serviceLevel', { serviceLevel: 1.5 }],
    ['service level 0', 'input.serviceLevel', { serviceLevel: 0 }],
    ['answer time 0 s', 'input.targetAnswerSeconds', { targetAnswerSeconds: 0 }],
    ['proficiency 6', 'input.minimumProficiency', { minimumProficiency: 6 }],
    ['an unknown client', 'input.clientId', { clientId: '999' }],
    ['dedicated analysts on a shared contract', 'input.dedicatedAnalystIds', { staffing: 'shared', dedicatedAnalystIds: ['ANA'] }],
    ['an unknown analyst', 'input.dedicatedAnalystIds.1', { staffing: 'dedicated', dedicatedAnalystIds: ['ANA', '999'] }],
    ['an analyst listed twice', 'input.dedicatedAnalystIds.1', { staffing: 'dedicated', dedicatedAnalystIds: ['ANA', 'ANA'] }],
  ])('rejects %s as BAD_USER_INPUT on %s and writes nothing', async (_label, field, extra) => {
    const input: Record<string, unknown> = { ...terms(), ...extra };
    if (Array.isArray(input.dedicatedAnalystIds)) input.dedicatedAnalystIds = input.dedicatedAnalystIds.map((id) => (id === 'ANA' ? ana : id));
    const result = await t.gql(CREATE, { input });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(startsWithField(field));
    expect(await contractsOfClient()).toEqual([]);
  });

  it('refuses a period overlapping another active contract of the client, on create and on update', async () => {
    const first = await createContract();
    const overlapping = await t.gql(CREATE, { input: { ...terms(), startDate: '2026-12-31', endDate: '2027-06-30' } });
    expect(overlapping.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
    expect(overlapping.errors?.[0].message).toContain(`overlaps contract ${first} (2026-01-01..2026-12-31)`);
    const next = await createContract({ startDate: '2027-01-01', endDate: '2027-06-30' });
    const stretched = await t.gql(UPDATE, { input: { id: next, version: 1, startDate: '2026-10-01' } });
    expect(stretched.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
    await t.gql(DEACTIVATE, { id: first });
    expect((await t.gql(UPDATE, { input: { id: next, version: 1, startDate: '2026-10-01' } })).data).toEqual({ updateContract: expect.objectContaining({ startDate: '2026-10-01' }) });
    expect(await contractsOfClient()).toEqual([
      { startDate: '2026-01-01', endDate: '2026-12-31', staffing: 'shared', dedicatedAnalystIds: [], version: 2 },
      { startDate: '2026-10-01', endDate: '2027-06-30', staffing: 'shared', dedicatedAnalystIds: [], version: 2 },
    ]);
  });

  it('updates terms and replaces the dedicated analysts together, bumping the version', async () => {
    const id = await createContract({ staffing: 'dedicated', dedicatedAnalystIds: [ana] });
    const result = await t.gql(UPDATE, { input: { id, version: 1, serviceLevel: 0.9, targetAnswerSeconds: 20, dedicatedAnalystIds: [ben] } });
    expect(result.data).toEqual({
      updateContract: expect.objectContaining({ serviceLevel: 0.9, targetAnswerSeconds: 20, dedicatedAnalystIds: [ben], dedicatedAnalysts: [{ id: ben, name: 'Ben Okafor' }], version: 2 }),
    });
    const shared = await t.gql(UPDATE, { input: { id, version: 2, staffing: 'shared', dedicatedAnalystIds: [] } });
    expect(shared.data).toEqual({ updateContract: expect.objectContaining({ staffing: 'shared', dedicatedAnalystIds: [], version: 3 }) });
  });

  it('answers a stale version with CONFLICT and writes nothing, dedicated analysts included', async () => {
    const id = await createContract({ staffing: 'dedicated', dedicatedAnalystIds: [ana] });
    await t.gql(UPDATE, { input: { id, version: 1, endDate: '2026-06-30' } });
    const stale = await t.gql(UPDATE, { input: { id, version: 1, endDate: '2026-03-31', dedicatedAnalystIds: [ben] } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('current version is 2');
    expect(await contractsOfClient()).toEqual([{ startDate: '2026-01-01', endDate: '2026-06-30', staffing: 'dedicated', dedicatedAnalystIds: [ana], version: 2 }]);
  });

  it.each([
    ['a reversed period', 'input.endDate', { endDate: '2025-12-31' }],
    ['a start after the end', 'input.startDate', { startDate: '2027-01-01' }],
    ['shared staffing while analysts are dedicated', 'input.staffing', { staffing: 'shared' }],
    ['service level 1.5', 'input.serviceLevel', { serviceLevel: 1.5 }],
  ])('rejects an update with %s as BAD_USER_INPUT on %s and writes nothing', async (_label, field, extra) => {
    const id = await createContract({ staffing: 'dedicated', dedicatedAnalystIds: [ana] });
    const result = await t.gql(UPDATE, { input: { id, version: 1, ...extra } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await contractsOfClient()).toEqual([{ startDate: '2026-01-01', endDate: '2026-12-31', staffing: 'dedicated', dedicatedAnalystIds: [ana], version: 1 }]);
  });

  it('deactivates a contract and keeps it in the client\'s history', async () => {
    const id = await createContract();
    expect(await t.gql(DEACTIVATE, { id })).toEqual({ data: { deactivateContract: { id, active: false, version: 2 } } });
    expect(await t.gql(OF_CLIENT.replace('version', 'version active'), { id: clientId }))
      .toEqual({ data: { client: { contracts: [expect.objectContaining({ active: false, version: 2 })] } } });
  });

  describe('who may do what', () => {
    let mine: string;
    let theirs: string;
    beforeEach(async () => {
      mine = await createContract();
      const otherClient = await createClient(t, 'St. Luke');
      theirs = await createContract({ clientId: otherClient });
    });

    it('lets a client manager read their own client\'s contracts and nothing of another\'s', async () => {
      const me = managerOf(clientId);
      expect(await t.gql(GET, { id: mine }, me)).toEqual({ data: { contract: { id: mine, startDate: '2026-01-01' } } });
      const other = await t.gql(GET, { id: theirs }, me);
      expect(errorCodes(other)).toEqual(['NOT_FOUND']);
      expect(other.errors?.[0].message).toBe(`Contract ${theirs} was not found`);
      expect(await t.gql(`{ clients { contracts { id } } }`, {}, me)).toEqual({ data: { clients: [{ contracts: [{ id: mine }] }] } });
    });

    it('forbids analysts to read and everyone but staff to write', async () => {
      expect(errorCodes(await t.gql(GET, { id: mine }, ANALYST))).toEqual(['FORBIDDEN']);
      for (const who of [ANALYST, managerOf(clientId)]) {
        expect(errorCodes(await t.gql(CREATE, { input: terms() }, who))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await t.gql(UPDATE, { input: { id: mine, version: 1, serviceLevel: 0.5 } }, who))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await t.gql(DEACTIVATE, { id: mine }, who))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await t.gql(GET, { id: mine }, null))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await t.gql(CREATE, { input: terms() }, null))).toEqual(['UNAUTHENTICATED']);
      expect((await t.gql(UPDATE, { input: { id: mine, version: 1, serviceLevel: 0.5 } }, ADMIN)).data).toBeTruthy();
      expect(await contractsOfClient()).toEqual([expect.objectContaining({ version: 2 })]);
    });
  });
});
