import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, managerOf, startsWithField } from '../helpers/client-fixtures';
import { referenceFigures } from '../helpers/erlang-reference';

const STAFFING = `query ($volume: Float!, $intervalMinutes: Int!, $handleTimeSeconds: Float!, $serviceLevel: Float!, $targetAnswerSeconds: Float!, $shrinkage: Float!, $maxOccupancy: Float!) {
  staffing(volume: $volume, intervalMinutes: $intervalMinutes, handleTimeSeconds: $handleTimeSeconds, serviceLevel: $serviceLevel,
    targetAnswerSeconds: $targetAnswerSeconds, shrinkage: $shrinkage, maxOccupancy: $maxOccupancy) {
    trafficErlangs agents requiredHeadcount serviceLevel averageSpeedOfAnswer occupancy
  }
}`;

/** The classic worked example: 100 calls in 30 minutes, 3-minute handle time (10 Erlangs), 80% in 20 s. */
const CLASSIC = { volume: 100, intervalMinutes: 30, handleTimeSeconds: 180, serviceLevel: 0.8, targetAnswerSeconds: 20, shrinkage: 0.3, maxOccupancy: 1 };

type Figures = { trafficErlangs: number; agents: number; requiredHeadcount: number; serviceLevel: number; averageSpeedOfAnswer: number | null; occupancy: number };

describe.each(testDatabases())('the staffing query [%s]', (kind) => {
  let t: TestApp;
  const ask = async (args: Record<string, unknown>, as = ANALYST as never) => t.gql<{ staffing: Figures }>(STAFFING, { ...CLASSIC, ...args }, as);

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('answers the worked example: 13 agents give 79.6%, so 14, grossed up to 20 for 30% shrinkage', async () => {
    const at14 = referenceFigures(10, 14, 20, 180);
    expect(referenceFigures(10, 13, 20, 180).serviceLevel).toBeCloseTo(0.7956, 4);
    const { data } = await ask({});
    expect(data?.staffing).toEqual({
      trafficErlangs: 10, agents: 14, requiredHeadcount: 20, serviceLevel: expect.any(Number), averageSpeedOfAnswer: expect.any(Number), occupancy: expect.any(Number),
    });
    expect(data!.staffing.serviceLevel).toBeCloseTo(at14.serviceLevel, 12);
    expect(data!.staffing.serviceLevel).toBeCloseTo(0.888, 3); // the published example's 88.8%
    expect(data!.staffing.averageSpeedOfAnswer).toBeCloseTo(at14.averageSpeedOfAnswer, 10);
    expect(data!.staffing.averageSpeedOfAnswer).toBeCloseTo(7.8, 1); // the published 7.8 s
    expect(data!.staffing.occupancy).toBeCloseTo(10 / 14, 12);
  });

  it('meets a target exactly at 13 agents\' level with 13, and one just above it with 14', async () => {
    const level13 = referenceFigures(10, 13, 20, 180).serviceLevel;
    expect((await ask({ serviceLevel: level13, shrinkage: 0 })).data?.staffing).toMatchObject({ agents: 13, requiredHeadcount: 13 });
    expect((await ask({ serviceLevel: level13 + 1e-6, shrinkage: 0 })).data?.staffing).toMatchObject({ agents: 14, requiredHeadcount: 14 });
  });

  it.each([
    [0, 14], [0.25, 19], [0.3, 20], [0.5, 28], [0.9, 140],
  ])('grosses 14 agents up for shrinkage %d to %d heads', async (shrinkage, heads) => {
    // ceil(14 / (1 - s)) by hand: 14, 18.67 -> 19, 20, 28, 140.
    expect((await ask({ shrinkage })).data?.staffing).toMatchObject({ agents: 14, requiredHeadcount: heads });
  });

  it('lets the occupancy cap add agents beyond the service level\'s need', async () => {
    // 10 Erlangs at most 70% busy need 10 / 0.7 = 14.3, so 15 agents.
    expect((await ask({ maxOccupancy: 0.7, shrinkage: 0 })).data?.staffing).toMatchObject({ agents: 15, occupancy: 10 / 15 });
  });

  it('stays finite for hundreds of Erlangs, and answers no volume with no one', async () => {
    const { data } = await ask({ volume: 6000, handleTimeSeconds: 300, intervalMinutes: 60, shrinkage: 0 });
    expect(data?.staffing.trafficErlangs).toBe(500);
    expect(data?.staffing.agents).toBeGreaterThan(500);
    expect(data?.staffing.agents).toBeLessThan(530);
    expect(data?.staffing.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(Number.isFinite(data?.staffing.averageSpeedOfAnswer)).toBe(true);
    expect((await ask({ volume: 0 })).data?.staffing).toEqual({ trafficErlangs: 0, agents: 0, requiredHeadcount: 0, serviceLevel: 1, averageSpeedOfAnswer: 0, occupancy: 0 });
  });

  it.each([
    ['volume', { volume: -5 }, 'must be >= 0; got -5'],
    ['handleTimeSeconds', { handleTimeSeconds: 0 }, 'must be > 0; got 0'],
    ['serviceLevel', { serviceLevel: 1 }, 'must be in (0, 1), both ends excluded; got 1'],
    ['serviceLevel', { serviceLevel: 0 }, 'must be in (0, 1), both ends excluded; got 0'],
    ['targetAnswerSeconds', { targetAnswerSeconds: 0 }, 'must be > 0; got 0'],
    ['targetAnswerSeconds', { targetAnswerSeconds: -20 }, 'must be > 0; got -20'],
    ['shrinkage', { shrinkage: 1 }, 'must be in [0, 1); got 1'],
    ['maxOccupancy', { maxOccupancy: 1.5 }, 'must be in (0, 1]; got 1.5'],
    ['intervalMinutes', { intervalMinutes: 45 }, 'must be one of 15, 30, 60; got 45'],
  ])('answers BAD_USER_INPUT on %s for %j', async (field, args, reason) => {
    const result = await ask(args);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toBe(`${field}: ${reason}`);
    expect(result.errors?.[0].message).toMatch(startsWithField(field));
  });

  it('answers any signed-in role, but not an anonymous caller', async () => {
    for (const who of [ANALYST, managerOf('1'), { role: 'scheduler' as const }, { role: 'admin' as const }]) {
      expect((await ask({}, who as never)).data?.staffing.agents).toBe(14);
    }
    expect(errorCodes(await ask({}, null as never))).toEqual(['UNAUTHENTICATED']);
  });
});
