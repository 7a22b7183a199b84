import { evaluateRoster, type RosterProblem } from '../../solver';
import { highsBackend } from '../../solver/backends/highs-backend';
import { buildRosterModel } from '../../solver/model/build-model';
import { elasticExcess, elasticModel } from '../../solver/model/elastic';
import { LinearModel } from '../../solver/model/linear-model';
import { columnRows } from '../../solver/model/restrict';
import { ColumnGeneration } from '../../solver/methods/column-generation';
import { greedyStart } from '../../solver/methods/greedy-start';
import { assignmentsOf, completeStart } from '../../solver/methods/monolithic';
import { randomProblem } from './random-problem';

/** Runs pricing until it settles, then the dive to the end; returns the dived roster and the LP values on the way. */
async function generateAndDive(problem: RosterProblem): Promise<{ start: number; firstLp: number; settledLp: number; lastLp: number; roster: Float64Array | null; work: ReturnType<typeof buildRosterModel> }> {
  const ix = buildRosterModel(problem);
  const elastic = elasticModel(ix.model);
  const work = elastic ? { ...ix, model: elastic } : ix;
  const values = completeStart(work, greedyStart(work)).values as Float64Array;
  const cg = new ColumnGeneration(work, columnRows(work.model), values);
  const far = (): number => Date.now() + 60000;
  expect(await cg.step(far())).toBe(true);
  const firstLp = cg.lpValue as number;
  for (let k = 0; k < 500 && !cg.converged; k++) expect(await cg.step(far())).toBe(true);
  expect(cg.converged).toBe(true);
  const settledLp = cg.lpValue as number;
  for (let k = 0; k < 100 && !cg.dived; k++) expect(await cg.dive(far(), far())).toBe(true);
  expect(cg.dived).toBe(true);
  return { start: work.model.objectiveOf(values), firstLp, settledLp, lastLp: cg.lpValue as number, roster: cg.divedRoster(values), work };
}

describe('column generation over whole-period plans', () => {
  it('returns row duals that price every basic column at zero', async () => {
    // min x + 2y + 3z  s.t.  x + y >= 2,  y + z >= 1,  all in [0, 5]: x = 1, y = 1 at the optimum.
    const m = new LinearModel();
    for (const cost of [1, 2, 3]) m.addColumn({ kind: 'aux', rule: 'test', ref: String(cost) }, cost, 0, 5, false);
    m.addRow('xy', [0, 1], [1, 1], 2, Infinity);
    m.addRow('yz', [1, 2], [1, 1], 1, Infinity);
    const lp = await highsBackend.solve(m, { timeLimitSeconds: 5, seed: 1, gapTolerance: 0, relaxation: true, duals: true });
    expect(lp.objective).toBeCloseTo(3, 9);
    const y = lp.duals as Float64Array;
    // Reduced cost = cost - sum of duals times coefficients: zero for x and y, which are basic.
    expect(1 - y[0]).toBeCloseTo(0, 9);
    expect(2 - y[0] - y[1]).toBeCloseTo(0, 9);
    expect(3 - y[1]).toBeGreaterThanOrEqual(-1e-9);
  });

  it('dives to a roster the evaluator scores at the master LP value, keeping every hard rule', async () => {
    let improved = 0;
    for (let seed = 1; seed <= 15; seed++) {
      const problem = randomProblem(seed);
      const { start, firstLp, settledLp, lastLp, roster, work } = await generateAndDive(problem);
      // The master holds the starting roster's plans, so its LP is never dearer than that roster.
      expect(firstLp).toBeLessThanOrEqual(start + 1e-6);
      expect(settledLp).toBeLessThanOrEqual(firstLp + 1e-6);
      expect(roster).not.toBeNull();
      const values = roster as Float64Array;
      // With every analyst fixed, the master's LP value is the roster's cost: plans and master are exact.
      expect(work.model.objectiveOf(values)).toBeCloseTo(lastLp, 6);
      if (elasticExcess(work.model, values) <= 1e-6) {
        const evaluation = evaluateRoster(problem, assignmentsOf(work, values));
        expect(evaluation.violations).toEqual([]);
        expect(evaluation.objective).toBeCloseTo(work.model.objectiveOf(values), 6);
      }
      if (work.model.objectiveOf(values) < start - 1e-6) improved++;
    }
    // The greedy start leaves room: the dive must have found cheaper rosters, not only kept it.
    expect(improved).toBeGreaterThan(5);
  });
});
