import { analystFixtures, analystToken, CLIENT_MANAGER } from '../helpers/analyst-fixtures';
import { createTestApp, errorCodes, GraphQLResult, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const SEARCH = `query ($first: Int, $after: String, $filter: AnalystFilter) {
  analysts(first: $first, after: $after, filter: $filter) {
    edges { node { id name } cursor }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

interface Page {
  analysts: { edges: { node: { id: string; name: string }; cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

describe.each(testDatabases())('analyst search [%s]', (kind) => {
  let t: TestApp;
  let f: ReturnType<typeof analystFixtures>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    f = analystFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const search = (variables: Record<string, unknown>) => t.gql<Page>(SEARCH, variables);
  const names = async (filter: Record<string, unknown>) => (await search({ filter })).data!.analysts.edges.map((e) => e.node.name);

  it('pages through every analyst once, in name then id order, with stable cursors', async () => {
    const site = await f.site();
    // Repeated names check that ties are broken by id, not left to the database.
    const created: string[] = [];
    for (let i = 0; i < 23; i++) created.push(await f.analyst(site, `analyst ${String.fromCharCode(97 + (i % 8))}`, { email: `a${i}@desk.test` }));
    const seen: { id: string; name: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data }: GraphQLResult<Page> = await search({ first: 5, after });
      const page = data!.analysts;
      expect(page.totalCount).toBe(23);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      seen.push(...page.edges.map((e) => e.node));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen.map((a) => a.id).sort()).toEqual([...created].sort());
    const expected = [...seen].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.id) - Number(b.id)));
    expect(seen).toEqual(expected);
    expect((await search({ first: 100 })).data!.analysts.edges.map((e) => e.node)).toEqual(seen);
  });

  it('neither repeats nor skips rows when an analyst is added before the cursor mid-way', async () => {
    const site = await f.site();
    for (const name of ['b', 'c', 'd', 'e']) await f.analyst(site, name);
    const first = (await search({ first: 2 })).data!.analysts;
    expect(first.edges.map((e) => e.node.name)).toEqual(['b', 'c']);
    await f.analyst(site, 'a');
    const second = (await search({ first: 2, after: first.pageInfo.endCursor })).data!.analysts;
    expect(second.edges.map((e) => e.node.name)).toEqual(['d', 'e']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(5);
  });

  it('defaults to 20 rows a page', async () => {
    const site = await f.site();
    for (let i = 0; i < 21; i++) await f.analyst(site, `n${String(i).padStart(2, '0')}`);
    const page = (await search({})).data!.analysts;
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(21);
  });

  it('filters by site, background, skill level, name text and active flag', async () => {
    const east = await f.site('East');
    const west = await f.site('West');
    const epic = await f.skill('EPIC');
    const ana = await f.analyst(east, 'Ana Ruiz', { background: 'clinical' });
    const bo = await f.analyst(east, 'Bo Chen', { background: 'hospitality' });
    await f.analyst(west, 'Cy 100%_Diaz', { background: 'clinical' });
    const dee = await f.analyst(west, 'Dee Anand');
    const setSkill = (analystId: string, proficiency: number) =>
      t.gql(`mutation ($input: SetAnalystSkillsInput!) { setAnalystSkills(input: $input) { id } }`, { input: { analystId, version: 1, skills: [{ skillId: epic, proficiency }] } });
    await setSkill(ana, 4);
    await setSkill(bo, 2);
    await setSkill(dee, 0);
    await t.gql(`mutation ($id: ID!) { deactivateAnalyst(id: $id) { id } }`, { id: dee });

    expect(await names({ siteId: east })).toEqual(['Ana Ruiz', 'Bo Chen']);
    expect(await names({ background: 'clinical' })).toEqual(['Ana Ruiz', 'Cy 100%_Diaz']);
    expect(await names({ skill: { skillId: epic } })).toEqual(['Ana Ruiz', 'Bo Chen']);
    expect(await names({ skill: { skillId: epic, minProficiency: 3 } })).toEqual(['Ana Ruiz']);
    expect(await names({ skill: { skillId: epic, minProficiency: 0 }, includeInactive: true })).toEqual(['Ana Ruiz', 'Bo Chen', 'Dee Anand']);
    expect(await names({ text: 'AN' })).toEqual(['Ana Ruiz']);
    expect(await names({ text: 'an', includeInactive: true })).toEqual(['Ana Ruiz', 'Dee Anand']);
    expect(await names({ text: '0%_d' })).toEqual(['Cy 100%_Diaz']);
    expect(await names({ text: '%' })).toEqual(['Cy 100%_Diaz']);
    expect(await names({ text: '_' })).toEqual(['Cy 100%_Diaz']);
    expect(await names({ text: 'n_' })).toEqual([]);
    expect(await names({ siteId: west, background: 'clinical', text: 'cy' })).toEqual(['Cy 100%_Diaz']);
    expect((await search({ filter: { siteId: east, text: 'zzz' } })).data!.analysts).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it('loads a page\'s sites, skills and skill levels in one batch each, not one query per analyst', async () => {
    const site = await f.site();
    const epic = await f.skill('EPIC');
    for (let i = 0; i < 6; i++) {
      const id = await f.analyst(site, `n${i}`);
      await t.gql(`mutation ($input: SetAnalystSkillsInput!) { setAnalystSkills(input: $input) { id } }`, { input: { analystId: id, version: 1, skills: [{ skillId: epic, proficiency: 3 }] } });
    }
    const { services } = t.app;
    const spies = [jest.spyOn(services.sites, 'findManyByIds'), jest.spyOn(services.skills, 'findManyByIds'), jest.spyOn(services.analystProfiles, 'skillsOf')];
    const result = await t.gql<{ analysts: { edges: unknown[] } }>(`{ analysts { edges { node { site { name } effectiveRules { maxMinutesPerWeek } skills { proficiency skill { code } } } } } }`);
    expect(result.data!.analysts.edges).toHaveLength(6);
    expect(result.data!.analysts.edges[0]).toEqual({ node: { site: { name: 'East' }, effectiveRules: { maxMinutesPerWeek: 2400 }, skills: [{ proficiency: 3, skill: { code: 'EPIC' } }] } });
    for (const spy of spies) {
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();
    }
  });

  it.each([
    [{ first: 500 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ first: -3 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: Buffer.from('["x"]').toString('base64url') }, 'after'],
    [{ filter: { siteId: 'east' } }, 'filter.siteId'],
    [{ filter: { skill: { skillId: '1', minProficiency: 6 } } }, 'filter.skill.minProficiency'],
  ])('answers %j with BAD_USER_INPUT on %s', async (variables, field) => {
    const result = await search(variables);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: `));
  });

  it('is for staff: analysts and client managers get FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const ana = await f.analyst(await f.site(), 'Ana Ruiz');
    expect(errorCodes(await t.gql(SEARCH, {}, analystToken(ana)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SEARCH, {}, CLIENT_MANAGER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SEARCH, {}, null))).toEqual(['UNAUTHENTICATED']);
    expect((await t.gql<Page>(SEARCH, {}, { role: 'admin' })).data!.analysts.totalCount).toBe(1);
  });
});
