import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, createClient, insertSkill, managerOf, startsWithField } from '../helpers/client-fixtures';

const FIELDS = `id name channel active client { name } requiredSkills { skillId skillCode minimumProficiency }`;
const CREATE = `mutation ($input: CreateQueueInput!) { createQueue(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateQueueInput!) { updateQueue(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateQueue(id: $id) { id active } }`;
const GET = `query ($id: ID!) { queue(id: $id) { id name } }`;
const OF_CLIENT = `query ($id: ID!) { client(id: $id) { queues(includeInactive: true) { name channel active requiredSkills { skillCode minimumProficiency } } } }`;

describe.each(testDatabases())('queues [%s]', (kind) => {
  let t: TestApp;
  let clientId: string;
  let epic: string;
  let reset: string;
  const queuesOfClient = async () => (await t.gql<{ client: { queues: unknown[] } }>(OF_CLIENT, { id: clientId })).data?.client.queues;
  const createQueue = async (extra: Record<string, unknown> = {}) =>
    (await t.gql<{ createQueue: { id: string } }>(CREATE, { input: { clientId, name: 'Epic phone', channel: 'phone', ...extra } })).data!.createQueue.id;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    clientId = await createClient(t, 'Mercy');
    epic = await insertSkill(t, 'epic');
    reset = await insertSkill(t, 'password-reset');
  });

  it('creates a queue with its required skills and client', async () => {
    const result = await t.gql(CREATE, {
      input: { clientId, name: 'Epic phone', channel: 'phone', requiredSkills: [{ skillId: reset, minimumProficiency: 2 }, { skillId: epic, minimumProficiency: 3 }] },
    });
    expect(result).toEqual({
      data: {
        createQueue: {
          id: expect.any(String), name: 'Epic phone', channel: 'phone', active: true, client: { name: 'Mercy' },
          requiredSkills: [{ skillId: epic, skillCode: 'epic', minimumProficiency: 3 }, { skillId: reset, skillCode: 'password-reset', minimumProficiency: 2 }],
        },
      },
    });
  });

  it('reads a queue by id and lists a client\'s queues by name', async () => {
    const id = await createQueue();
    await createQueue({ name: 'Access chat', channel: 'chat' });
    expect(await t.gql(GET, { id })).toEqual({ data: { queue: { id, name: 'Epic phone' } } });
    expect(await queuesOfClient()).toEqual([
      { name: 'Access chat', channel: 'chat', active: true, requiredSkills: [] },
      { name: 'Epic phone', channel: 'phone', active: true, requiredSkills: [] },
    ]);
    expect(errorCodes(await t.gql(GET, { id: '999' }))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['an empty name', 'input.name', { name: ' ' }],
    ['an unknown client', 'input.clientId', { clientId: '999' }],
    ['an unknown skill', 'input.requiredSkills.1.skillId', { requiredSkills: [{ skillId: 'EPIC', minimumProficiency: 3 }, { skillId: '999', minimumProficiency: 3 }] }],
    ['a skill listed twice', 'input.requiredSkills.1.skillId', { requiredSkills: [{ skillId: 'EPIC', minimumProficiency: 3 }, { skillId: 'EPIC', minimumProficiency: 2 }] }],
    ['proficiency 6', 'input.requiredSkills.0.minimumProficiency', { requiredSkills: [{ skillId: 'EPIC', minimumProficiency: 6 }] }],
    ['a name the client already uses', 'input.name', { name: 'Taken' }],
  ])('rejects %s as BAD_USER_INPUT on %s and writes nothing', async (_label, field, extra) => {
    await createQueue({ name: 'Taken' });
    const input: Record<string, unknown> = { clientId, name: 'Epic phone', channel: 'phone', ...extra };
    if (Array.isArray(input.requiredSkills)) input.requiredSkills = input.requiredSkills.map((s: { skillId: string }) => ({ ...s, skillId: s.skillId === 'EPIC' ? epic : s.skillId }));
    const result = await t.gql(CREATE, { input });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(startsWithField(field));
    expect(await queuesOfClient()).toEqual([{ name: 'Taken', channel: 'phone', active: true, requiredSkills: [] }]);
  });

  it('allows the same queue name at another client', async () => {
    await createQueue();
    const other = await createClient(t, 'St. Luke');
    expect((await t.gql(CREATE, { input: { clientId: other, name: 'Epic phone', channel: 'phone' } })).data).toBeTruthy();
  });

  it('replaces the set of required skills in one update', async () => {
    const id = await createQueue({ requiredSkills: [{ skillId: epic, minimumProficiency: 3 }] });
    const result = await t.gql(UPDATE, { input: { id, name: 'Access phone', requiredSkills: [{ skillId: reset, minimumProficiency: 1 }] } });
    expect(result.data).toEqual({ updateQueue: expect.objectContaining({ name: 'Access phone', requiredSkills: [{ skillId: reset, skillCode: 'password-reset', minimumProficiency: 1 }] }) });
    const kept = await t.gql(UPDATE, { input: { id, channel: 'portal' } });
    expect(kept.data).toEqual({ updateQueue: expect.objectContaining({ channel: 'portal', requiredSkills: [expect.objectContaining({ skillCode: 'password-reset' })] }) });
  });

  it('rejects an update naming an unknown skill and keeps the old set', async () => {
    const id = await createQueue({ requiredSkills: [{ skillId: epic, minimumProficiency: 3 }] });
    const result = await t.gql(UPDATE, { input: { id, name: 'Renamed', requiredSkills: [{ skillId: reset, minimumProficiency: 1 }, { skillId: '999', minimumProficiency: 1 }] } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.requiredSkills.1.skillId' });
    expect(await queuesOfClient()).toEqual([{ name: 'Epic phone', channel: 'phone', active: true, requiredSkills: [{ skillCode: 'epic', minimumProficiency: 3 }] }]);
  });

  it('deactivates a queue, hiding it from the client\'s default list', async () => {
    const id = await createQueue();
    expect(await t.gql(DEACTIVATE, { id })).toEqual({ data: { deactivateQueue: { id, active: false } } });
    expect(await t.gql(`query ($id: ID!) { client(id: $id) { queues { name } } }`, { id: clientId })).toEqual({ data: { client: { queues: [] } } });
    expect(errorCodes(await t.gql(DEACTIVATE, { id: '999' }))).toEqual(['NOT_FOUND']);
  });

  describe('who may do what', () => {
    let mine: string;
    let theirs: string;
    beforeEach(async () => {
      mine = await createQueue();
      theirs = await createQueue({ clientId: await createClient(t, 'St. Luke') });
    });

    it('lets a client manager read their own client\'s queues and nothing of another\'s', async () => {
      const me = managerOf(clientId);
      expect(await t.gql(GET, { id: mine }, me)).toEqual({ data: { queue: { id: mine, name: 'Epic phone' } } });
      const other = await t.gql(GET, { id: theirs }, me);
      expect(errorCodes(other)).toEqual(['NOT_FOUND']);
      expect(other.errors?.[0].message).toBe(`Queue ${theirs} was not found`);
      expect(await t.gql(`{ clients { queues { id } } }`, {}, me)).toEqual({ data: { clients: [{ queues: [{ id: mine }] }] } });
    });

    it('forbids analysts to read and everyone but staff to write', async () => {
      expect(errorCodes(await t.gql(GET, { id: mine }, ANALYST))).toEqual(['FORBIDDEN']);
      for (const who of [ANALYST, managerOf(clientId)]) {
        expect(errorCodes(await t.gql(CREATE, { input: { clientId, name: 'New', channel: 'chat' } }, who))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await t.gql(UPDATE, { input: { id: mine, name: 'X' } }, who))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await t.gql(DEACTIVATE, { id: mine }, who))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await t.gql(GET, { id: mine }, null))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await t.gql(DEACTIVATE, { id: mine }, null))).toEqual(['UNAUTHENTICATED']);
      expect((await t.gql(UPDATE, { input: { id: mine, name: 'By admin' } }, ADMIN)).data).toBeTruthy();
      expect(await queuesOfClient()).toEqual([expect.objectContaining({ name: 'By admin', active: true })]);
    });
  });
});
