import { evaluateRoster, type RosterProblem, type RosterSolution, type SolveOptions, type SolveProgress } from '../../solver';
import { generateDesk } from '../../seeds/generator';
import { buildRosterProblem } from '../../src/domain/roster-problem/build-roster-problem';
import { solveChecked } from './fixtures';
import { randomProblem } from './random-problem';

async function solveRecorded(p: RosterProblem, options: Partial<SolveOptions>): Promise<{ solution: RosterSolution; events: SolveProgress[] }> {
  const events: SolveProgress[] = [];
  const solution = await solveChecked(p, { ...options, onProgress: (e) => events.push(e) });
  return { solution, events };
}

/** Phases in the order first seen, repeats collapsed. */
const phasesOf = (events: readonly SolveProgress[]): string[] => events.map((e) => e.phase).filter((ph, i, all) => i === 0 || all[i - 1] !== ph);

/** Objectives never rise, time never runs back, bounds stay below objectives, and the last report is the answer's. */
function expectConsistent(events: readonly SolveProgress[], solution: RosterSolution): void {
  const objectives = events.map((e) => e.objective).filter((o): o is number => o !== null);
  objectives.slice(1).forEach((o, i) => expect(o).toBeLessThanOrEqual(objectives[i] + 1e-6));
  events.slice(1).forEach((e, i) => expect(e.elapsedSeconds).toBeGreaterThanOrEqual(events[i].elapsedSeconds));
  for (const e of events) if (e.objective !== null && e.bound !== null) expect(e.bound).toBeLessThanOrEqual(e.objective + 1e-6);
  expect(events[events.length - 1]).toMatchObject({ phase: 'done', objective: solution.objective, bound: solution.bound, gap: solution.gap });
}

describe('progress reports', () => {
  test('fix-and-optimise on a demo week reports plan, start, lns, mip and done, each better roster, objectives never rising', async () => {
    const p = buildRosterProblem(generateDesk('demo'), { start: '2026-03-07', end: '2026-03-13' });
    const { solution, events } = await solveRecorded(p, { method: 'fix-and-optimise', timeLimitSeconds: 8, seed: 7, gapTolerance: 0.001 });
    expect(solution.method).toBe('fix-and-optimise');
    expect(phasesOf(events)).toEqual(['plan', 'start', 'lns', 'mip', 'done']);
    // The greedy roster on this desk is far from the optimum, so LNS improves it at least once.
    const lns = events.filter((e) => e.phase === 'lns');
    expect(lns.length).toBeGreaterThanOrEqual(2);
    expect(lns[lns.length - 1].objective as number).toBeLessThan(lns[0].objective as number);
    expect(events.find((e) => e.phase === 'start')?.bound).not.toBeNull();
    expectConsistent(events, solution);
  });

  test('monolithic reports start, mip and done', async () => {
    const p = randomProblem(3);
    for (const backend of ['jslp', 'highs'] as const) {
      const { solution, events } = await solveRecorded(p, { method: 'monolithic', backend });
      expect(phasesOf(events)).toEqual(['start', 'mip', 'done']);
      expectConsistent(events, solution);
    }
  });

  test('a reported objective is the evaluator\'s objective of that roster', async () => {
    const p = randomProblem(6);
    const optimum = await solveChecked(p);
    const warm = optimum.assignments.map(({ analystId, shiftId, queueId }) => ({ analystId, shiftId, queueId }));
    // The greedy roster costs more here, so the start reported is the warm start: the optimum.
    const { events } = await solveRecorded(p, { method: 'monolithic', backend: 'highs', gapTolerance: 1, warmStart: warm });
    expect(events[0].phase).toBe('start');
    expect(events[0].objective as number).toBeCloseTo(evaluateRoster(p, warm).objective, 6);
  });

  test('a progress callback that throws does not break the solve', async () => {
    const p = randomProblem(5);
    for (const method of ['monolithic', 'fix-and-optimise'] as const) {
      let calls = 0;
      const onProgress = (): void => {
        calls += 1;
        throw new Error('listener broke');
      };
      const s = await solveChecked(p, { method, backend: 'highs', timeLimitSeconds: 4, onProgress });
      expect(['optimal', 'feasible']).toContain(s.status);
      expect(s.assignments.length).toBeGreaterThan(0);
      expect(calls).toBeGreaterThanOrEqual(3);
    }
  });
});
