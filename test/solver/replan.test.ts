import { evaluateRoster, type Analyst, type RosterProblem } from '../../solver';
import { highsBackend } from '../../solver/backends/highs-backend';
import type { ModelIndex } from '../../solver/model/candidates';
import { buildRosterModel } from '../../solver/model/build-model';
import { elasticModel } from '../../solver/model/elastic';
import { columnRows } from '../../solver/model/restrict';
import { greedyStart } from '../../solver/methods/greedy-start';
import { assignmentsOf, completeStart } from '../../solver/methods/monolithic';
import { replanAnalyst } from '../../solver/methods/replan';
import { applySubMip, neighbourhoodMip } from '../../solver/methods/sub-mip';
import { START, analyst, epicQueue, targetsFor, tinyShifts } from './fixtures';
import { randomProblem } from './random-problem';

/** The model the search works on (elastic when the problem has hard minimums) and a greedy roster in it. */
function searchStart(problem: RosterProblem): { ix: ModelIndex; work: ModelIndex; values: Float64Array } {
  const ix = buildRosterModel(problem);
  const elastic = elasticModel(ix.model);
  const work = elastic ? { ...ix, model: elastic } : ix;
  return { ix, work, values: completeStart(work, greedyStart(work)).values as Float64Array };
}

/** The cheapest roster that changes only analyst `a`, by an exact sub-MIP over their whole period. */
async function exactReplan(work: ModelIndex, values: Float64Array, a: number): Promise<number> {
  const rowsOf = columnRows(work.model);
  const sub = neighbourhoodMip(work, rowsOf, { analysts: new Set([a]), firstDate: 0, lastDate: work.dates.length - 1 }, values);
  const result = await highsBackend.solve(sub.model, { timeLimitSeconds: 20, seed: 1, gapTolerance: 0 });
  const better = applySubMip(work, rowsOf, sub, result, values);
  return work.model.objectiveOf(better ?? values);
}

describe('re-planning one analyst by dynamic programming', () => {
  it('only ever lands cheaper rosters that the evaluator scores the same and finds no broken rule in', () => {
    let moves = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const problem = randomProblem(seed);
      const { ix, work, values: start } = searchStart(problem);
      const rowsOf = columnRows(work.model);
      let values = start;
      for (let round = 0; round < 2; round++) {
        for (let a = 0; a < problem.analysts.length; a++) {
          const next = replanAnalyst(work, rowsOf, values, a);
          if (!next) continue;
          expect(work.model.objectiveOf(next)).toBeLessThan(work.model.objectiveOf(values));
          values = next;
          moves++;
        }
      }
      const evaluation = evaluateRoster(problem, assignmentsOf(ix, values));
      expect(evaluation.violations).toEqual([]);
      expect(evaluation.objective).toBeCloseTo(work.model.objectiveOf(values), 6);
    }
    // The greedy start leaves room: the property above must not hold merely because nothing moved.
    expect(moves).toBeGreaterThan(20);
  });

  it('finds the same optimum as an exact sub-MIP over the analyst when no rule sums over the period', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const base = randomProblem(seed);
      // Without period sums (minutes, development shifts) and fairness, the DP is exact.
      const problem: RosterProblem = {
        ...base,
        analysts: base.analysts.map((a): Analyst => ({ ...a, maxDevelopmentShifts: 0, rules: { ...a.rules, minMinutesPerPeriod: undefined } })),
        weights: { fairnessNights: 0, fairnessWeekends: 0 },
      };
      const { work, values } = searchStart(problem);
      const rowsOf = columnRows(work.model);
      for (let a = 0; a < problem.analysts.length; a++) {
        const dp = replanAnalyst(work, rowsOf, values, a);
        const dpObjective = work.model.objectiveOf(dp ?? values);
        expect(dpObjective).toBeCloseTo(await exactReplan(work, values, a), 6);
      }
    }
  });

  it('keeps minutes over the period exactly: the same optimum as an exact sub-MIP when they are the only period sums', async () => {
    let bound = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const base = randomProblem(seed);
      // Caps of one to three shifts' minutes and a soft or hard minimum: tight enough to bind.
      const problem: RosterProblem = {
        ...base,
        analysts: base.analysts.map((a, i): Analyst => ({
          ...a,
          maxDevelopmentShifts: 0,
          rules: { ...a.rules, maxMinutesPerPeriod: 480 * (1 + ((seed + i) % 3)), minMinutesPerPeriod: { value: 480, hard: (seed + i) % 2 === 0, weight: 3 } },
        })),
        weights: { fairnessNights: 0, fairnessWeekends: 0 },
      };
      const { ix, work, values } = searchStart(problem);
      const rowsOf = columnRows(work.model);
      for (let a = 0; a < problem.analysts.length; a++) {
        const dp = replanAnalyst(work, rowsOf, values, a);
        const dpObjective = work.model.objectiveOf(dp ?? values);
        expect(dpObjective).toBeCloseTo(await exactReplan(work, values, a), 6);
        if (dp) {
          // Others may still break a hard minimum of the greedy start; the re-planned analyst may not.
          expect(evaluateRoster(problem, assignmentsOf(ix, dp)).violations.filter((v) => v.analystId === problem.analysts[a].id)).toEqual([]);
          const minutes = assignmentsOf(ix, dp).filter((x) => x.analystId === problem.analysts[a].id).length * 480;
          if (minutes === problem.analysts[a].rules?.maxMinutesPerPeriod) bound++;
        }
      }
    }
    // The caps must have bound somewhere, or the test shows nothing.
    expect(bound).toBeGreaterThan(0);
  });

  it('mends hard stretch rules over the whole period in one move', () => {
    const shifts = tinyShifts(14);
    const rules = { maxConsecutiveDays: 4, minConsecutiveDays: { value: 3, hard: true }, minConsecutiveDaysOff: { value: 2, hard: true } };
    const problem: RosterProblem = {
      period: { startDate: START, endDate: shifts[shifts.length - 1].date },
      analysts: [analyst('ana', { rules })],
      shifts,
      queues: [epicQueue],
      intervalTargets: targetsFor(shifts.filter((s) => s.templateId === 'day')),
    };
    const { ix, work } = searchStart(problem);
    // Ana works every other day: one-day stretches, both ways, all period.
    const broken = new Float64Array(work.model.columnCount);
    for (const c of ix.candidates) if (c.shift.templateId === 'day' && c.dateIdx % 2 === 1) broken[c.col] = 1;
    const start = completeStart(work, broken).values as Float64Array;
    expect(evaluateRoster(problem, assignmentsOf(ix, start)).violations.length).toBeGreaterThan(0);
    const mended = replanAnalyst(work, columnRows(work.model), start, 0);
    expect(mended).not.toBeNull();
    const evaluation = evaluateRoster(problem, assignmentsOf(ix, mended as Float64Array));
    expect(evaluation.violations).toEqual([]);
    // Four on, two off from the start covers 10 of the 14 days, the most the rules allow.
    expect(assignmentsOf(ix, mended as Float64Array)).toHaveLength(10);
  });

  it('keeps rules that sum over the period (template caps, weekends, minutes) however much coverage asks', () => {
    const shifts = tinyShifts(14);
    const problem: RosterProblem = {
      period: { startDate: START, endDate: shifts[shifts.length - 1].date },
      analysts: [analyst('ana', { rules: { maxShiftsPerTemplate: { night: 2 }, maxWorkingWeekends: 1, maxMinutesPerPeriod: 7 * 480, minRestMinutes: 600 } })],
      shifts,
      queues: [epicQueue],
      // Nights are wanted most, days less, both every date.
      intervalTargets: shifts.map((s) => ({ ...targetsFor([s])[0], underWeight: s.templateId === 'night' ? 50 : 20 })),
    };
    const { ix, work } = searchStart(problem);
    const empty = completeStart(work, new Float64Array(work.model.columnCount)).values as Float64Array;
    const planned = replanAnalyst(work, columnRows(work.model), empty, 0) as Float64Array;
    expect(planned).not.toBeNull();
    const roster = assignmentsOf(ix, planned);
    expect(evaluateRoster(problem, roster).violations).toEqual([]);
    expect(roster).toHaveLength(7);
    expect(roster.filter((x) => x.shiftId.startsWith('night'))).toHaveLength(2);
  });
});
