import { execute, parse } from 'graphql';
import pino from 'pino';
import { createContext } from '../../src/api/context';
import { createLoaders } from '../../src/api/loaders';
import { buildSchema } from '../../src/api/schema';
import type { Actor } from '../../src/domain/actor';
import { DomainError } from '../../src/domain/errors';
import type { Services } from '../../src/services';
import { analystFixtures, analystToken, CLIENT_MANAGER } from '../helpers/analyst-fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const PRIVATE = `query ($id: ID!) {
  analyst(id: $id) {
    name
    skills { proficiency }
    interests: skills { interest }
    shiftPreferences { preference }
    shiftRequests { weight }
    timeOff { reason }
  }
}`;

const actorOf = (role: Actor['role'], analystId: number | null = null): Actor => ({ subject: 'test', role, analystId, clientIds: role === 'client_manager' ? [1] : [] });

describe.each(testDatabases())('analyst privacy [%s]', (kind) => {
  let t: TestApp;
  let ana: string;
  let bo: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const f = analystFixtures(t);
    const site = await f.site();
    ana = await f.analyst(site, 'Ana Ruiz');
    bo = await f.analyst(site, 'Bo Chen');
    const skill = await f.skill('EPIC');
    const template = await f.template(site, 'DAY');
    await t.gql(`mutation ($input: SetAnalystSkillsInput!) { setAnalystSkills(input: $input) { id } }`, { input: { analystId: ana, version: 1, skills: [{ skillId: skill, proficiency: 4, interest: -2 }] } });
    await t.gql(`mutation ($input: SetShiftPreferencesInput!) { setShiftPreferences(input: $input) { id } }`, { input: { analystId: ana, version: 2, preferences: [{ shiftTemplateId: template, preference: 2 }] } });
    await t.gql(`mutation ($input: AddShiftRequestInput!) { addShiftRequest(input: $input) { id } }`, { input: { analystId: ana, date: '2026-03-14', wantsToWork: false, weight: 9 } });
    await t.gql(`mutation ($input: RequestTimeOffInput!) { requestTimeOff(input: $input) { id } }`, { input: { analystId: ana, startDate: '2026-04-06', endDate: '2026-04-06', reason: 'Medical appointment' } });
  });

  const everything = { name: 'Ana Ruiz', skills: [{ proficiency: 4 }], interests: [{ interest: -2 }], shiftPreferences: [{ preference: 2 }], shiftRequests: [{ weight: 9 }], timeOff: [{ reason: 'Medical appointment' }] };

  it('shows interests, preferences, requests and time off to the analyst and to staff', async () => {
    expect(await t.gql(PRIVATE, { id: ana }, analystToken(ana))).toEqual({ data: { analyst: everything } });
    expect(await t.gql(PRIVATE, { id: ana })).toEqual({ data: { analyst: everything } });
    expect(await t.gql(PRIVATE, { id: ana }, { role: 'admin' })).toEqual({ data: { analyst: everything } });
  });

  it('hides the whole profile from another analyst and from a client manager', async () => {
    for (const as of [analystToken(bo), CLIENT_MANAGER]) {
      const result = await t.gql(PRIVATE, { id: ana }, as);
      expect(result).toEqual({ data: { analyst: null }, errors: [expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })] });
      expect(JSON.stringify(result)).not.toMatch(/Medical|Ana Ruiz/);
    }
  });

  /**
   * A later issue lets client managers reach their team's analysts (through contracts and
   * rosters). Whatever path reaches an Analyst, its private fields must still refuse: this
   * hands the nested resolvers an analyst the outer query would not have, and reads them as a
   * client manager and as another analyst.
   */
  it.each([
    ['a client manager', actorOf('client_manager')],
    ['another analyst', null],
  ])('refuses the private nested fields to %s even when the analyst is reached another way', async (_who, given) => {
    const actor = given ?? actorOf('analyst', Number(bo));
    const services = t.app.services;
    const leaky: Services = { ...services, analysts: Object.assign(Object.create(services.analysts), { get: () => services.analysts.mustGet(Number(ana)) }) };
    const reads = ['preferencesOf', 'requestsOf', 'timeOffOf'].map((name) => jest.spyOn(services.analystProfiles, name as 'timeOffOf'));
    const refused: [string | undefined, string][] = [];
    // One private field a query: graphql-js reports only the first error that nulls the parent.
    for (const field of ['interests: skills { interest }', 'shiftPreferences { preference }', 'shiftRequests { weight }', 'timeOff { reason }']) {
      const result = await execute({
        schema: buildSchema(),
        document: parse(`query ($id: ID!) { analyst(id: $id) { name ${field} } }`),
        variableValues: { id: ana },
        contextValue: createContext({ actor }, leaky, createLoaders(leaky), pino({ level: 'silent' })),
      });
      expect(result.data).toEqual({ analyst: null });
      refused.push(...(result.errors ?? []).map((e): [string | undefined, string] => [e.path?.filter((p) => typeof p === 'string').join('.'), (e.originalError as DomainError).code]));
    }
    expect(refused).toEqual([
      ['analyst.interests.interest', 'FORBIDDEN'],
      ['analyst.shiftPreferences', 'FORBIDDEN'],
      ['analyst.shiftRequests', 'FORBIDDEN'],
      ['analyst.timeOff', 'FORBIDDEN'],
    ]);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    reads.forEach((read) => read.mockRestore());
  });
});
