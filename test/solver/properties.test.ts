import { evaluateRoster, type RosterProblem, type RosterSolution } from '../../solver';
import { buildRosterModel } from '../../solver/model/build-model';
import { greedyStart } from '../../solver/methods/greedy-start';
import { assignmentsOf, completeStart } from '../../solver/methods/monolithic';
import { solveChecked } from './fixtures';
import { randomProblem } from './random-problem';

const SEEDS = [1, 2, 3, 4, 5, 6];

function longestRun(s: RosterSolution, analystId: string, dates: readonly string[]): number {
  const worked = new Set(s.assignments.filter((a) => a.analystId === analystId).map((a) => a.date));
  let best = 0;
  let run = 0;
  for (const d of dates) {
    run = worked.has(d) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

describe('properties over generated instances', () => {
  test.each(SEEDS)('seed %i: every answer passes the evaluator and is optimal', async (seed) => {
    const s = await solveChecked(randomProblem(seed));
    expect(s.status).toBe('optimal');
  });

  test.each(SEEDS)('seed %i: pinning part of an optimum keeps the pins and the objective', async (seed) => {
    const p = randomProblem(seed);
    const first = await solveChecked(p);
    const pins = first.assignments.filter((_, i) => i % 2 === 0).map(({ analystId, shiftId, queueId }) => ({ analystId, shiftId, queueId }));
    const pinned = await solveChecked({ ...p, pins });
    for (const pin of pins) expect(pinned.assignments).toContainEqual(expect.objectContaining(pin));
    expect(pinned.objective).toBeCloseTo(first.objective as number, 6);
  });

  test.each(SEEDS)('seed %i: adding rules the optimum already satisfies keeps the objective', async (seed) => {
    const p = randomProblem(seed);
    const first = await solveChecked(p);
    const dates = [...new Set(p.shifts.map((s) => s.date))].sort();
    const minutes = (id: string): number => first.assignments.filter((a) => a.analystId === id).length * 480;
    const tighter: RosterProblem = {
      ...p,
      analysts: p.analysts.map((a) => ({ ...a, rules: { ...a.rules, maxConsecutiveDays: Math.max(1, longestRun(first, a.id, dates)), maxMinutesPerPeriod: minutes(a.id) } })),
    };
    const second = await solveChecked(tighter);
    expect(second.objective).toBeCloseTo(first.objective as number, 6);
  });
});

describe('fix-and-optimise', () => {
  test.each([1, 2])('seed %i: forced on a small instance it returns an evaluator-clean roster no worse than the greedy start', async (seed) => {
    const p = randomProblem(seed);
    const lns = await solveChecked(p, { method: 'fix-and-optimise', timeLimitSeconds: 8 });
    const exact = await solveChecked(p);
    expect(lns.method).toBe('fix-and-optimise');
    expect(lns.objective as number).toBeGreaterThanOrEqual((exact.objective as number) - 1e-6);
    expect(['optimal', 'feasible']).toContain(lns.status);
  });
});

describe('model and evaluator agree', () => {
  test.each(SEEDS)('seed %i: the greedy start, completed through the rows, costs what the evaluator says', (seed) => {
    const p = randomProblem(seed);
    const ix = buildRosterModel(p);
    const start = completeStart(ix, greedyStart(ix));
    expect(start.values).not.toBeNull();
    const evaluation = evaluateRoster(p, assignmentsOf(ix, start.values as Float64Array));
    expect(evaluation.violations).toEqual([]);
    expect(start.objective).toBeCloseTo(evaluation.objective, 6);
  });
});
