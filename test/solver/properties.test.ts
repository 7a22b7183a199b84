import type { RosterProblem, RosterSolution } from '../../solver';
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
