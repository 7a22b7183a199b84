import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const CREATE = `mutation ($input: CreateSkillInput!) { createSkill(input: $input) { id code name category active } }`;
const UPDATE = `mutation ($input: UpdateSkillInput!) { updateSkill(input: $input) { id code name category active } }`;
const LIST = `{ skills { code } }`;
const EPIC = { code: 'EPIC_AMB', name: 'Epic Ambulatory', category: 'ehr' };

describe.each(testDatabases())('skills [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const create = async (input = EPIC) => (await t.gql<{ createSkill: { id: string } }>(CREATE, { input })).data!.createSkill.id;

  it('creates a skill, reads it one by one and in the list', async () => {
    const created = await t.gql(CREATE, { input: EPIC });
    expect(created).toEqual({ data: { createSkill: { id: expect.any(String), ...EPIC, active: true } } });
    const id = (created.data!.createSkill as { id: string }).id;
    expect(await t.gql(`query ($id: ID!) { skill(id: $id) { code name } }`, { id })).toEqual({ data: { skill: { code: 'EPIC_AMB', name: 'Epic Ambulatory' } } });
    expect(await t.gql(`{ skill(id: "999") { code } }`)).toEqual({ data: { skill: null } });
    expect(await t.gql(LIST)).toEqual({ data: { skills: [{ code: 'EPIC_AMB' }] } });
  });

  it('updates code, name and category', async () => {
    const id = await create();
    expect(await t.gql(UPDATE, { input: { id, name: 'Epic Inpatient', code: 'EPIC_IP' } })).toEqual({
      data: { updateSkill: { id, code: 'EPIC_IP', name: 'Epic Inpatient', category: 'ehr', active: true } },
    });
    expect(errorCodes(await t.gql(UPDATE, { input: { id: '999', name: 'X' } }))).toEqual(['NOT_FOUND']);
  });

  it('deactivates a skill: hidden from the default list, kept with includeInactive', async () => {
    const id = await create();
    expect(await t.gql(`mutation ($id: ID!) { deactivateSkill(id: $id) { active } }`, { id })).toEqual({ data: { deactivateSkill: { active: false } } });
    expect(await t.gql(LIST)).toEqual({ data: { skills: [] } });
    expect(await t.gql(`{ skills(includeInactive: true) { code active } }`)).toEqual({ data: { skills: [{ code: 'EPIC_AMB', active: false }] } });
  });

  it('refuses a code that is taken, on create and on update, and writes nothing', async () => {
    await create();
    const again = await t.gql(CREATE, { input: { ...EPIC, name: 'Another' } });
    expect(again.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.code' });
    const other = await create({ code: 'PWD', name: 'Password resets', category: 'access' });
    const taken = await t.gql(UPDATE, { input: { id: other, code: 'EPIC_AMB' } });
    expect(taken.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect(await t.gql(`{ skills { code name } }`)).toEqual({ data: { skills: [{ code: 'EPIC_AMB', name: 'Epic Ambulatory' }, { code: 'PWD', name: 'Password resets' }] } });
  });

  it.each([
    [{ ...EPIC, code: '' }, 'input.code'],
    [{ ...EPIC, code: 'has space' }, 'input.code'],
    [{ ...EPIC, name: '  ' }, 'input.name'],
  ])('rejects %j as BAD_USER_INPUT on %s and writes nothing', async (input, field) => {
    const result = await t.gql(CREATE, { input });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: `));
    expect(await t.gql(LIST)).toEqual({ data: { skills: [] } });
  });

  it('rejects an unknown category before it reaches the service', async () => {
    const result = await t.gql(`mutation { createSkill(input: { code: "X", name: "X", category: cooking }) { id } }`);
    expect(result.errors?.[0]).toMatchObject({ message: 'Value "cooking" does not exist in "SkillCategory" enum.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(await t.gql(LIST)).toEqual({ data: { skills: [] } });
  });

  it('lets staff write and everyone signed in read', async () => {
    const id = await create();
    const others = [{ role: 'analyst' as const, analystId: 1 }, { role: 'client_manager' as const, clientIds: [1] }];
    for (const as of others) {
      expect(errorCodes(await t.gql(CREATE, { input: { ...EPIC, code: 'X' } }, as))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(UPDATE, { input: { id, name: 'X' } }, as))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(`mutation ($id: ID!) { deactivateSkill(id: $id) { id } }`, { id }, as))).toEqual(['FORBIDDEN']);
      expect(await t.gql(LIST, {}, as)).toEqual({ data: { skills: [{ code: 'EPIC_AMB' }] } });
    }
    expect(errorCodes(await t.gql(LIST, {}, null))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(CREATE, { input: { ...EPIC, code: 'X' } }, null))).toEqual(['UNAUTHENTICATED']);
    expect((await t.gql(CREATE, { input: { ...EPIC, code: 'ADMIN_MADE' } }, { role: 'admin' })).data).toBeTruthy();
    expect(await t.gql(`{ skills { code } }`)).toEqual({ data: { skills: [{ code: 'EPIC_AMB' }, { code: 'ADMIN_MADE' }] } });
  });
});
