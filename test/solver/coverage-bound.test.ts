import { evaluateRoster, solveRoster, type RosterProblem } from '../../solver';
import { buildRosterModel } from '../../solver/model/build-model';
import { planCoverage } from '../../solver/methods/coverage-plan';
import { greedyStart, plannedStart } from '../../solver/methods/greedy-start';
import { assignmentsOf, completeStart } from '../../solver/methods/monolithic';
import { mergeSolveOptions } from '../../solver/options';
import { generateDesk } from '../../seeds/generator';
import { buildRosterProblem } from '../../src/domain/roster-problem/build-roster-problem';
import { analyst, solveChecked, START, targetsFor, tinyProblem, tinyShifts, epicQueue } from './fixtures';
import { randomProblem } from './random-problem';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

async function boundOf(problem: RosterProblem): Promise<{ bound: number | null; rosters: number[] }> {
  const ix = buildRosterModel(problem);
  const plan = await planCoverage(ix, mergeSolveOptions(), 5);
  const rosters: number[] = [];
  const starts = [greedyStart(ix), ...(plan.counts ? [plannedStart(ix, plan.counts)] : [])];
  for (const x of starts) {
    const done = completeStart(ix, x);
    if (done.values) rosters.push(evaluateRoster(problem, assignmentsOf(ix, done.values)).objective);
  }
  return { bound: plan.bound, rosters };
}

describe('coverage relaxation bound', () => {
  test.each(SEEDS)('seed %i: the bound is at most the optimum and every heuristic roster', async (seed) => {
    const problem = randomProblem(seed);
    const { bound, rosters } = await boundOf(problem);
    const optimum = await solveChecked(problem);
    expect(optimum.status).toBe('optimal');
    expect(bound).not.toBeNull();
    expect(bound as number).toBeLessThanOrEqual((optimum.objective as number) + 1e-6);
    for (const objective of rosters) expect(bound as number).toBeLessThanOrEqual(objective + 1e-6);
  });

  test('tight on a hand-made case: two shifts a week for one analyst leave one 8-hour day uncovered', async () => {
    const shifts = tinyShifts(3, ['day']);
    const problem: RosterProblem = {
      period: { startDate: START, endDate: shifts[2].date },
      analysts: [analyst('ana', { rules: { maxMinutesPerWeek: 960 } })],
      shifts,
      queues: [epicQueue],
      intervalTargets: targetsFor(shifts),
    };
    const { bound } = await boundOf(problem);
    const optimum = await solveChecked(problem);
    // 8 analyst-hours short at the default under-coverage weight 100; nothing over.
    expect(bound).toBeCloseTo(800, 6);
    expect((optimum.terms?.underCoverage ?? 0) + (optimum.terms?.overCoverage ?? 0)).toBeCloseTo(800, 6);
  });

  test('per-queue capacity: one analyst serving two queues cannot cover both', async () => {
    const problem = tinyProblem({
      analysts: [analyst('ana', { skills: [{ skillId: 'epic', proficiency: 3, interest: 0, certificationExpires: null }, { skillId: 'phone', proficiency: 3, interest: 0, certificationExpires: null }] })],
      queues: [epicQueue, { id: 'phone', clientId: 'north', requiredSkills: [{ skillId: 'phone', minProficiency: 3 }] }],
      intervalTargets: [...targetsFor(tinyShifts(3)), ...targetsFor(tinyShifts(3), 1, 'phone')],
    });
    const { bound } = await boundOf(problem);
    const optimum = await solveChecked(problem);
    expect(bound as number).toBeLessThanOrEqual((optimum.objective as number) + 1e-6);
    // Six 8-hour shifts per queue, at most one shift a day for the one analyst: >= 9 shifts short.
    expect(bound as number).toBeGreaterThanOrEqual(9 * 8 * 100 - 1e-6);
  });

  test('generated S desk: the reported bound is below the roster and the clock holds', async () => {
    const desk = generateDesk('S', { seed: 20260302 });
    const problem = buildRosterProblem(desk, { start: desk.periodStart, end: desk.periodEnd });
    const s = await solveRoster(problem, { timeLimitSeconds: 6, seed: 3, method: 'fix-and-optimise' });
    expect(s.violations).toEqual([]);
    expect(s.bound).not.toBeNull();
    expect(s.bound as number).toBeLessThanOrEqual((s.objective as number) + 1e-6);
    expect(s.seconds).toBeLessThan(6 + 1);
  }, 30000);
});
