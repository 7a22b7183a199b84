import { evaluateRoster, solveRoster, type Queue } from '../../solver';
import { HighsPool } from '../../solver/backends/highs-pool';
import { highsBackend } from '../../solver/backends/highs-backend';
import { buildRosterModel } from '../../solver/model/build-model';
import { rowsHold } from '../../solver/model/complete';
import { columnRows } from '../../solver/model/restrict';
import { assignmentsOf, completeStart } from '../../solver/methods/monolithic';
import { applySubMip, neighbourhoodMip, subMipRequest } from '../../solver/methods/sub-mip';
import { mergeSolveOptions } from '../../solver/options';
import { analyst, epicQueue, targetsFor, tinyProblem, tinyShifts } from './fixtures';

const cernerQueue: Queue = { id: 'cerner', clientId: 'south', requiredSkills: [{ skillId: 'cerner', minProficiency: 3 }] };

/** Four Epic analysts over a week; every Epic night and day shift wants one analyst. */
function week() {
  const shifts = tinyShifts(7);
  return tinyProblem({
    analysts: ['e1', 'e2', 'e3', 'e4'].map((id) => analyst(id, { rules: { maxConsecutiveDays: 4 } })),
    shifts, queues: [epicQueue, cernerQueue],
    intervalTargets: targetsFor(shifts, 1, 'epic'),
  }, 7);
}

describe('HiGHS pool', () => {
  it('solves models on its threads to the same optimum as the calling thread, two at once', async () => {
    const ix = buildRosterModel(week());
    const request = { timeLimitSeconds: 20, seed: 1, gapTolerance: 1e-6 };
    const here = await highsBackend.solve(ix.model, request);
    const pool = new HighsPool(2);
    try {
      const [a, b] = await Promise.all([pool.solve(ix.model, request), pool.solve(ix.model, { ...request, seed: 2 })]);
      expect(here.status).toBe('optimal');
      expect(a.status).toBe('optimal');
      expect(b.status).toBe('optimal');
      expect(a.objective).toBeCloseTo(here.objective as number, 6);
      expect(b.objective).toBeCloseTo(here.objective as number, 6);
      expect(rowsHold(ix.model, a.values as Float64Array)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('answers on the calling thread when its threads cannot start', async () => {
    const ix = buildRosterModel(week());
    const pool = new HighsPool(2, 'no-such-module');
    try {
      const result = await pool.solve(ix.model, { timeLimitSeconds: 20, seed: 1, gapTolerance: 1e-6 });
      expect(result.status).toBe('optimal');
    } finally {
      await pool.close();
    }
  });
});

describe('sub-MIPs solved side by side', () => {
  it('an answer cut from an older roster lands on the newer one exactly and keeps every rule', async () => {
    const ix = buildRosterModel(week());
    const rowsOf = columnRows(ix.model);
    const options = mergeSolveOptions({ seed: 1 });
    const base = completeStart(ix, new Float64Array(ix.model.columnCount)).values as Float64Array;
    // Two analysts re-planned from the same empty roster over windows that share 5 March: each
    // alone covers what it can, so both cover the shared date and the second answer, put on
    // top of the first, leaves surplus there that its own sub-MIP never saw.
    const first = neighbourhoodMip(ix, rowsOf, { analysts: new Set([0]), firstDate: 0, lastDate: 3 }, base);
    const second = neighbourhoodMip(ix, rowsOf, { analysts: new Set([1]), firstDate: 3, lastDate: 6 }, base);
    const [a, b] = await Promise.all([first, second].map((sub) => highsBackend.solve(sub.model, subMipRequest(sub, options, 10))));
    const afterFirst = applySubMip(ix, rowsOf, first, a, base) as Float64Array;
    expect(afterFirst).not.toBeNull();
    const afterBoth = applySubMip(ix, rowsOf, second, b, afterFirst);
    expect(afterBoth).not.toBeNull();
    const values = afterBoth as Float64Array;
    expect(rowsHold(ix.model, values)).toBe(true);
    const evaluation = evaluateRoster(ix.problem, assignmentsOf(ix, values));
    expect(evaluation.violations).toEqual([]);
    const shared = assignmentsOf(ix, values);
    expect(shared.filter((x) => x.shiftId.endsWith('@2026-03-05')).length).toBeGreaterThanOrEqual(2);
    // The slacks were worked out again for the roster both answers made, so the model's
    // objective is the evaluator's, surplus on the shared date included.
    expect(ix.model.objectiveOf(values)).toBeCloseTo(evaluation.objective, 6);
    expect(evaluation.figures.surplusTotal).toBeGreaterThan(0);
    // Neither roster it landed on was changed.
    expect(ix.model.objectiveOf(afterFirst)).toBeCloseTo(evaluateRoster(ix.problem, assignmentsOf(ix, afterFirst)).objective, 6);
  });

  it('an answer that is no better is not applied', async () => {
    const ix = buildRosterModel(week());
    const rowsOf = columnRows(ix.model);
    const base = completeStart(ix, new Float64Array(ix.model.columnCount)).values as Float64Array;
    const sub = neighbourhoodMip(ix, rowsOf, { analysts: new Set([0]), firstDate: 0, lastDate: 6 }, base);
    const unchanged = { status: 'feasible' as const, objective: null, bound: null, values: Float64Array.from(sub.columns, (j) => base[j]) };
    const copy = Float64Array.from(base);
    expect(applySubMip(ix, rowsOf, sub, unchanged, base)).toBeNull();
    expect(base).toEqual(copy);
  });

  it('fix-and-optimise on two threads with a step cap gives the same roster for the same seed, and a valid one', async () => {
    const options = { seed: 5, method: 'fix-and-optimise', lnsSteps: 8, threads: 2, timeLimitSeconds: 30 } as const;
    const a = await solveRoster(week(), options);
    const b = await solveRoster(week(), options);
    expect(a.method).toBe('fix-and-optimise');
    expect(b.assignments).toEqual(a.assignments);
    const evaluation = evaluateRoster(week(), a.assignments);
    expect(evaluation.violations).toEqual([]);
    expect(a.objective).toBeCloseTo(evaluation.objective, 6);
  });
});
