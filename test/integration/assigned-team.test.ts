import { evaluateRoster } from '../../solver';
import { DemoRoster, loadDemoRoster } from '../helpers/demo-roster';
import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

const TEAM = `query ($clientId: ID!, $period: SchedulePeriodInput!) {
  assignedTeam(clientId: $clientId, period: $period) {
    clientId clientName timeZone startDate endDate
    members { analystId name shifts paidMinutes hours skills { skillId code name proficiency } }
    coverage { queueId name channel intervals { start end localStart localEnd target planned shortfall } }
  }
}`;
const FORTNIGHT = { startDate: '2026-03-02', endDate: '2026-03-15' };
const CLIENT = 'client:front-range';
const OTHER = 'client:prairie';

interface Team {
  assignedTeam: {
    members: { analystId: string; name: string; shifts: number; paidMinutes: number; hours: number; skills: { code: string; proficiency: number }[] }[];
    coverage: { queueId: string; name: string; intervals: { start: string; end: string; localStart: string; localEnd: string; target: number; planned: number; shortfall: number }[] }[];
  };
}

describe.each(testDatabases())('assignedTeam [%s]', (kind) => {
  let t: TestApp;
  let demo: DemoRoster;
  let clientId: string;
  const manager = () => ({ role: 'client_manager' as const, clientIds: [Number(clientId)] });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.reset();
    demo = await loadDemoRoster(t.dataSource);
    clientId = String(demo.id(CLIENT));
  });
  afterAll(() => t.close());

  it("lists the analysts on the client's queues with only the skills those queues need and their hours there", async () => {
    const result = await t.gql<Team>(TEAM, { clientId, period: FORTNIGHT }, manager());
    const queueKeys = demo.desk.queues.filter((q) => q.clientKey === CLIENT).map((q) => q.key);
    const onAccount = demo.assignments.filter((a) => queueKeys.includes(a.queueId));
    const needed = new Set(demo.desk.queues.filter((q) => q.clientKey === CLIENT).flatMap((q) => q.requiredSkills.map((s) => s.skillKey)));
    const expected = [...new Set(onAccount.map((a) => a.analystId))].map((key) => {
      const analyst = demo.desk.analysts.find((a) => a.key === key)!;
      const own = onAccount.filter((a) => a.analystId === key);
      const paidMinutes = own.reduce((sum, a) => sum + demo.problem.shifts.find((s) => s.id === a.shiftId)!.paidMinutes, 0);
      const skills = analyst.skills.filter((s) => needed.has(s.skillKey)).map((s) => ({
        skillId: String(demo.id(s.skillKey)), code: demo.desk.skills.find((k) => k.key === s.skillKey)!.code,
        name: demo.desk.skills.find((k) => k.key === s.skillKey)!.name, proficiency: s.proficiency,
      })).sort((a, b) => a.code.localeCompare(b.code));
      return { analystId: String(demo.id(key)), name: analyst.name, shifts: own.length, paidMinutes, hours: Math.round((paidMinutes / 60) * 10000) / 10000, skills };
    }).sort((a, b) => a.name.localeCompare(b.name) || Number(a.analystId) - Number(b.analystId));
    expect(expected.length).toBeGreaterThan(2);
    expect(result.data!.assignedTeam.members).toEqual(expected);
  });

  it("counts coverage per queue and interval exactly as the solver's evaluator does, in the client's zone", async () => {
    const result = await t.gql<Team>(TEAM, { clientId, period: FORTNIGHT }, manager());
    const evaluation = evaluateRoster(demo.problem, demo.assignments);
    const covered = new Map(evaluation.figures.coverage.map((c) => [c.targetId, c]));
    const expected = demo.desk.queues.filter((q) => q.clientKey === CLIENT).map((q) => ({
      queueId: String(demo.id(q.key)),
      intervals: (demo.problem.intervalTargets ?? []).filter((i) => i.queueId === q.key)
        .map((i) => ({ start: new Date(i.start).toISOString(), end: new Date(i.end).toISOString(), target: i.required, planned: covered.get(i.id)!.covered }))
        .sort((a, b) => a.start.localeCompare(b.start)),
    })).sort((a, b) => Number(a.queueId) - Number(b.queueId));
    const got = result.data!.assignedTeam.coverage.map((q) => ({
      queueId: q.queueId, intervals: q.intervals.map(({ start, end, target, planned }) => ({ start, end, target, planned })),
    })).sort((a, b) => Number(a.queueId) - Number(b.queueId));
    expect(got.map((q) => q.intervals.length)).toEqual(expected.map((q) => q.intervals.length));
    got.forEach((q, i) => q.intervals.forEach((interval, j) => {
      const want = expected[i].intervals[j];
      expect({ ...interval, planned: 0 }).toEqual({ ...want, planned: 0 });
      expect(interval.planned).toBeCloseTo(want.planned, 3);
    }));
    for (const interval of result.data!.assignedTeam.coverage.flatMap((q) => q.intervals)) {
      expect(interval.shortfall).toBeCloseTo(Math.max(0, interval.target - interval.planned), 3);
    }
  });

  it("gives local times in the client's zone: spring-forward Sunday's 00:00-24:00 target lasts 23 real hours", async () => {
    const riverside = String(demo.id('client:riverside'));
    const result = await t.gql<Team>(TEAM, { clientId: riverside, period: { startDate: '2026-03-08', endDate: '2026-03-08' } }, { role: 'scheduler' });
    const desk = result.data!.assignedTeam.coverage.find((q) => q.queueId === String(demo.id('queue:riverside:desk')))!;
    expect(desk.intervals.map(({ start, end, localStart, localEnd, target }) => ({ start, end, localStart, localEnd, target }))).toEqual([
      { start: '2026-03-08T05:00:00.000Z', end: '2026-03-09T04:00:00.000Z', localStart: '2026-03-08T00:00', localEnd: '2026-03-09T00:00', target: 1 },
    ]);
  });

  it('lets staff read any client, and answers an unknown client as NOT_FOUND to them', async () => {
    for (const role of ['scheduler', 'admin'] as const) {
      expect((await t.gql<Team>(TEAM, { clientId, period: FORTNIGHT }, { role })).data!.assignedTeam.members.length).toBeGreaterThan(2);
    }
    expect(errorCodes(await t.gql(TEAM, { clientId: '999999', period: FORTNIGHT }, { role: 'scheduler' }))).toEqual(['NOT_FOUND']);
  });

  it('refuses other clients alike whether they exist or not, analysts and anonymous callers', async () => {
    const other = await t.gql(TEAM, { clientId: String(demo.id(OTHER)), period: FORTNIGHT }, manager());
    const missing = await t.gql(TEAM, { clientId: '999999', period: FORTNIGHT }, manager());
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(errorCodes(missing)).toEqual(['FORBIDDEN']);
    expect(other.errors![0].message.replace(/\d+/g, 'N')).toBe(missing.errors![0].message.replace(/\d+/g, 'N'));
    expect(other.data).toBeNull();
    expect(errorCodes(await t.gql(TEAM, { clientId, period: FORTNIGHT }, { role: 'analyst', analystId: demo.id('analyst:001') }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(TEAM, { clientId, period: FORTNIGHT }, null))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    [{ clientId: 'abc', period: FORTNIGHT }, 'clientId'],
    [{ clientId: 'CLIENT', period: { startDate: '2026-03-15', endDate: '2026-03-01' } }, 'period.endDate'],
    [{ clientId: 'CLIENT', period: { startDate: '2026-01-01', endDate: '2026-04-30' } }, 'period.endDate'],
  ])('rejects %j as BAD_USER_INPUT on %s', async (variables, field) => {
    const result = await t.gql(TEAM, { ...variables, clientId: variables.clientId === 'CLIENT' ? clientId : variables.clientId }, { role: 'scheduler' });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
