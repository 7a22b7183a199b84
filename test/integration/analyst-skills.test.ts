import { analystFixtures, analystToken, CLIENT_MANAGER } from '../helpers/analyst-fixtures';
import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const SET_SKILLS = `mutation ($input: SetAnalystSkillsInput!) {
  setAnalystSkills(input: $input) { version skills { skill { code } proficiency interest certificationExpires } }
}`;
const SET_PREFS = `mutation ($input: SetShiftPreferencesInput!) { setShiftPreferences(input: $input) { version shiftPreferences { shiftTemplateId preference } } }`;
const PROFILE = `query ($id: ID!) { analyst(id: $id) { version skills { skill { code } proficiency interest certificationExpires } shiftPreferences { shiftTemplateId preference } } }`;

describe.each(testDatabases())('analyst skills and shift preferences [%s]', (kind) => {
  let t: TestApp;
  let f: ReturnType<typeof analystFixtures>;
  let site: string;
  let ana: string;
  let epic: string;
  let pwd: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    f = analystFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    site = await f.site();
    ana = await f.analyst(site, 'Ana Ruiz');
    epic = await f.skill('EPIC');
    pwd = await f.skill('PWD', 'access');
  });

  const profile = async () => (await t.gql(PROFILE, { id: ana })).data;

  it('lets an analyst set their own levels, interests and certifications, replacing the set and bumping the version', async () => {
    const me = analystToken(ana);
    const first = await t.gql(SET_SKILLS, { input: { analystId: ana, version: 1, skills: [
      { skillId: epic, proficiency: 3, interest: 2, certificationExpires: '2027-01-31' },
      { skillId: pwd, proficiency: 5 },
    ] } }, me);
    expect(first).toEqual({ data: { setAnalystSkills: { version: 2, skills: [
      { skill: { code: 'EPIC' }, proficiency: 3, interest: 2, certificationExpires: '2027-01-31' },
      { skill: { code: 'PWD' }, proficiency: 5, interest: 0, certificationExpires: null },
    ] } } });
    const second = await t.gql(SET_SKILLS, { input: { analystId: ana, version: 2, skills: [{ skillId: pwd, proficiency: 4, interest: -1 }] } }, me);
    expect(second).toEqual({ data: { setAnalystSkills: { version: 3, skills: [{ skill: { code: 'PWD' }, proficiency: 4, interest: -1, certificationExpires: null }] } } });
    expect(await t.gql(SET_SKILLS, { input: { analystId: ana, version: 3, skills: [] } })).toEqual({ data: { setAnalystSkills: { version: 4, skills: [] } } });
  });

  describe('rejects bad skill input and writes nothing', () => {
    it.each([
      [{ proficiency: 7 }, 'input.skills.0.proficiency', 'must be between 0 and 5 (got 7)'],
      [{ proficiency: -1 }, 'input.skills.0.proficiency', 'must be between 0 and 5 (got -1)'],
      [{ interest: 3 }, 'input.skills.0.interest', 'must be between -2 and 2 (got 3)'],
      [{ certificationExpires: '2026-02-30' }, 'input.skills.0.certificationExpires', 'is not a valid date'],
      [{ certificationExpires: '30/01/2027' }, 'input.skills.0.certificationExpires', 'must be a date in the form YYYY-MM-DD'],
      [{ skillId: '999' }, 'input.skills.0.skillId', 'there is no skill 999'],
    ])('%j -> %s', async (bad, field, message) => {
      await t.gql(SET_SKILLS, { input: { analystId: ana, version: 1, skills: [{ skillId: pwd, proficiency: 1 }] } });
      const before = await profile();
      const result = await t.gql(SET_SKILLS, { input: { analystId: ana, version: 2, skills: [{ skillId: epic, proficiency: 3, ...bad }] } });
      expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toContain(`${field}: ${message}`);
      expect(await profile()).toEqual(before);
    });

    it('a skill named twice', async () => {
      const result = await t.gql(SET_SKILLS, { input: { analystId: ana, version: 1, skills: [{ skillId: epic, proficiency: 1 }, { skillId: epic, proficiency: 2 }] } });
      expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.skills.1.skillId' });
      expect(await profile()).toEqual({ analyst: { version: 1, skills: [], shiftPreferences: [] } });
    });
  });

  it('answers a stale version with CONFLICT and keeps the skills as they were', async () => {
    await t.gql(SET_SKILLS, { input: { analystId: ana, version: 1, skills: [{ skillId: pwd, proficiency: 1 }] } });
    const before = await profile();
    const stale = await t.gql(SET_SKILLS, { input: { analystId: ana, version: 1, skills: [{ skillId: epic, proficiency: 5 }] } });
    expect(stale.errors?.[0].extensions).toEqual({ code: 'CONFLICT' });
    expect(stale.errors?.[0].message).toContain('current version is 2');
    expect(await profile()).toEqual(before);
    expect(errorCodes(await t.gql(SET_SKILLS, { input: { analystId: '999', version: 1, skills: [] } }))).toEqual(['NOT_FOUND']);
  });

  it('lets staff set anyone\'s skills, and nobody else: other analysts and client managers get FORBIDDEN', async () => {
    const bo = await f.analyst(site, 'Bo Chen');
    const input = { analystId: ana, version: 1, skills: [{ skillId: epic, proficiency: 5 }] };
    expect(errorCodes(await t.gql(SET_SKILLS, { input }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SET_SKILLS, { input: { ...input, skills: [{ skillId: epic, proficiency: 9 }] } }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SET_SKILLS, { input }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SET_SKILLS, { input }, null))).toEqual(['UNAUTHENTICATED']);
    expect(await profile()).toEqual({ analyst: { version: 1, skills: [], shiftPreferences: [] } });
    expect((await t.gql(SET_SKILLS, { input }, { role: 'admin' })).data).toEqual({
      setAnalystSkills: { version: 2, skills: [{ skill: { code: 'EPIC' }, proficiency: 5, interest: 0, certificationExpires: null }] },
    });
  });

  it('sets shift preferences for templates at the analyst\'s site, replacing the set', async () => {
    const day = await f.template(site, 'DAY');
    const night = await f.template(site, 'NIGHT');
    const me = analystToken(ana);
    expect(await t.gql(SET_PREFS, { input: { analystId: ana, version: 1, preferences: [{ shiftTemplateId: night, preference: -2 }, { shiftTemplateId: day, preference: 2 }] } }, me)).toEqual({
      data: { setShiftPreferences: { version: 2, shiftPreferences: [{ shiftTemplateId: day, preference: 2 }, { shiftTemplateId: night, preference: -2 }] } },
    });
    expect(await t.gql(SET_PREFS, { input: { analystId: ana, version: 2, preferences: [{ shiftTemplateId: day, preference: 1 }] } }, me)).toEqual({
      data: { setShiftPreferences: { version: 3, shiftPreferences: [{ shiftTemplateId: day, preference: 1 }] } },
    });
  });

  it('rejects bad preferences, a stale version and other people, and writes nothing', async () => {
    const day = await f.template(site, 'DAY');
    const elsewhere = await f.template(await f.site('West'), 'DAY');
    const bo = await f.analyst(site, 'Bo Chen');
    const cases: [Record<string, unknown>, string][] = [
      [{ version: 1, preferences: [{ shiftTemplateId: day, preference: 3 }] }, 'input.preferences.0.preference'],
      [{ version: 1, preferences: [{ shiftTemplateId: day, preference: 1 }, { shiftTemplateId: elsewhere, preference: 1 }] }, 'input.preferences.1.shiftTemplateId'],
      [{ version: 1, preferences: [{ shiftTemplateId: '999', preference: 1 }] }, 'input.preferences.0.shiftTemplateId'],
      [{ version: 1, preferences: [{ shiftTemplateId: day, preference: 1 }, { shiftTemplateId: day, preference: 2 }] }, 'input.preferences.1.shiftTemplateId'],
    ];
    for (const [input, field] of cases) {
      const result = await t.gql(SET_PREFS, { input: { analystId: ana, ...input } });
      expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const valid = { analystId: ana, version: 1, preferences: [{ shiftTemplateId: day, preference: 1 }] };
    expect(errorCodes(await t.gql(SET_PREFS, { input: { ...valid, version: 7 } }))).toEqual(['CONFLICT']);
    expect(errorCodes(await t.gql(SET_PREFS, { input: valid }, analystToken(bo)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SET_PREFS, { input: valid }, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(await profile()).toEqual({ analyst: { version: 1, skills: [], shiftPreferences: [] } });
  });
});
