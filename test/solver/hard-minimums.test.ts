import { evaluateRoster, type Analyst, type RosterProblem, type ShiftTarget } from '../../solver';
import { buildRosterModel } from '../../solver/model/build-model';
import { elasticExcess, elasticModel } from '../../solver/model/elastic';
import { assignmentsOf, completeStart } from '../../solver/methods/monolithic';
import { repairHardRules } from '../../solver/methods/sub-mip';
import { mergeSolveOptions } from '../../solver/options';
import { greedyStart } from '../../solver/methods/greedy-start';
import { readCurtoisInstance } from '../../bench/curtois-format';
import { START, analyst, epicQueue, solveChecked, tinyShifts } from './fixtures';

/**
 * Six analysts over two weeks who must each work at least eight shifts in stretches of two or
 * more, while the shift targets ask for fewer: a greedy roster follows demand and breaks the
 * minimums, so only a search that repairs them finds a roster at all.
 */
function hardMinimumsProblem(): RosterProblem {
  const shifts = tinyShifts(14);
  const analysts: Analyst[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => analyst(id, {
    rules: {
      maxConsecutiveDays: 5,
      forbiddenSuccessions: [{ fromTemplateId: 'night', toTemplateId: 'day' }],
      minMinutesPerPeriod: { value: 8 * 480, hard: true },
      minConsecutiveDays: { value: 2, hard: true },
      minConsecutiveDaysOff: { value: 2, hard: true },
    },
  }));
  const shiftTargets: ShiftTarget[] = shifts.map((s) => ({ id: `need ${s.id}`, date: s.date, templateId: s.templateId, queueId: null, required: s.templateId === 'day' ? 2 : 1 }));
  return { period: { startDate: START, endDate: shifts[shifts.length - 1].date }, analysts, shifts, queues: [epicQueue], shiftTargets };
}

describe('hard minimum rules', () => {
  it('the elastic model prices what the real model refuses', () => {
    const ix = buildRosterModel(hardMinimumsProblem());
    const elastic = elasticModel(ix.model);
    expect(elastic).not.toBeNull();
    const nobody = new Float64Array(ix.model.columnCount);
    expect(completeStart(ix, nobody).values).toBeNull();
    const relaxed = completeStart({ ...ix, model: elastic as NonNullable<typeof elastic> }, nobody);
    expect(relaxed.values).not.toBeNull();
    // Six analysts each eight shifts short, priced per minute.
    expect(elasticExcess(ix.model, relaxed.values as Float64Array)).toBeCloseTo(6 * 8 * 480, 6);
  });

  it('the greedy start keeps them here: it tops up minutes and continues short stretches', () => {
    const problem = hardMinimumsProblem();
    const ix = buildRosterModel(problem);
    const elastic = elasticModel(ix.model) as NonNullable<ReturnType<typeof elasticModel>>;
    const greedy = completeStart({ ...ix, model: elastic }, greedyStart({ ...ix, model: elastic }));
    expect(elasticExcess(ix.model, greedy.values as Float64Array)).toBe(0);
  });

  it('the repair re-plans analysts until an empty roster keeps them', async () => {
    const ix = buildRosterModel(hardMinimumsProblem());
    const work = { ...ix, model: elasticModel(ix.model) as NonNullable<ReturnType<typeof elasticModel>> };
    const empty = completeStart(work, new Float64Array(ix.model.columnCount));
    const repaired = await repairHardRules(work, mergeSolveOptions(), empty, Date.now() + 15000);
    expect(elasticExcess(ix.model, repaired.values as Float64Array)).toBe(0);
    const roster = assignmentsOf(ix, repaired.values as Float64Array);
    expect(evaluateRoster(hardMinimumsProblem(), roster).violations).toEqual([]);
  });

  it('a model without hard minimums has no elastic model', () => {
    const problem = hardMinimumsProblem();
    const soft = { ...problem, analysts: problem.analysts.map((a) => ({ ...a, rules: { ...a.rules, minMinutesPerPeriod: { value: 8 * 480 }, minConsecutiveDays: undefined, minConsecutiveDaysOff: undefined } })) };
    expect(elasticModel(buildRosterModel(soft).model)).toBeNull();
  });

  it.each(['fix-and-optimise', 'monolithic'] as const)('%s returns a roster that keeps them', async (method) => {
    const problem = hardMinimumsProblem();
    const solution = await solveChecked(problem, { method, timeLimitSeconds: 15 });
    expect(['optimal', 'feasible']).toContain(solution.status);
    for (const a of problem.analysts) {
      expect(solution.assignments.filter((x) => x.analystId === a.id).length).toBeGreaterThanOrEqual(8);
    }
    expect(evaluateRoster(problem, solution.assignments).violations).toEqual([]);
  });
});

describe('greedy start with shift targets', () => {
  it('fills each template and date up to what it asks for', () => {
    const shifts = tinyShifts(3);
    const problem: RosterProblem = {
      period: { startDate: START, endDate: shifts[shifts.length - 1].date },
      analysts: ['a', 'b', 'c', 'd'].map((id) => analyst(id)),
      shifts, queues: [epicQueue],
      shiftTargets: shifts.map((s) => ({ id: `need ${s.id}`, date: s.date, templateId: s.templateId, queueId: null, required: 1 })),
    };
    const ix = buildRosterModel(problem);
    const x = greedyStart(ix);
    const perShift = new Map<string, number>();
    for (const c of ix.candidates) if (x[c.col] > 0.5) perShift.set(c.shift.id, (perShift.get(c.shift.id) ?? 0) + 1);
    expect(shifts.map((s) => perShift.get(s.id) ?? 0)).toEqual(shifts.map(() => 1));
  });
});

/** A hand-made instance in the benchmark's text format; its optimum (3) is worked out below. */
const TINY_BENCHMARK = `# two staff, three days
SECTION_HORIZON
3

SECTION_SHIFTS
D,480,

SECTION_STAFF
A,D=3,1440,0,3,1,1,1
B,D=3,1440,0,3,1,1,1

SECTION_DAYS_OFF
B,0

SECTION_SHIFT_ON_REQUESTS
A,2,D,2

SECTION_SHIFT_OFF_REQUESTS
A,1,D,3

SECTION_COVER
0,D,1,100,1
1,D,2,100,1
2,D,1,100,1
`;

describe('benchmark text format (bench/curtois-format.ts)', () => {
  it('maps staff rules, days off, requests and cover onto the solver input', () => {
    const p = readCurtoisInstance(TINY_BENCHMARK);
    expect(p.period).toEqual({ startDate: '2024-01-01', endDate: '2024-01-03' });
    expect(p.shifts.map((s) => s.id)).toEqual(['D@2024-01-01', 'D@2024-01-02', 'D@2024-01-03']);
    const b = p.analysts[1];
    expect(b.timeOff).toEqual([{ startDate: '2024-01-01', endDate: '2024-01-01' }]);
    expect(b.rules).toMatchObject({ maxShiftsPerTemplate: { D: 3 }, maxMinutesPerPeriod: 1440, minMinutesPerPeriod: { value: 0, hard: true }, maxWorkingWeekends: 1 });
    expect(p.analysts[0].requests).toEqual([
      { date: '2024-01-03', templateId: 'D', wantsToWork: true, weight: 2 },
      { date: '2024-01-02', templateId: 'D', wantsToWork: false, weight: 3 },
    ]);
    expect(p.shiftTargets?.[1]).toMatchObject({ required: 2, underWeight: 100, overWeight: 1, queueId: null });
  });

  it('solves to the optimum: A works all three days against one off request (3)', async () => {
    // Day 0 only A can work; day 1 needs both, so A's off request (3) beats a shortfall (100);
    // day 2 A's on request makes A the one, and B working too would cost 1 over.
    const solution = await solveChecked(readCurtoisInstance(TINY_BENCHMARK));
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(3, 6);
    expect(solution.backend).toBe('highs');
  });

  it('names the missing section', () => {
    expect(() => readCurtoisInstance('SECTION_HORIZON\n3\n')).toThrow('SECTION_SHIFTS: section missing');
  });
});
