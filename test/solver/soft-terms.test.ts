import type { Analyst } from '../../solver';
import { analyst, epicQueue, solveChecked, START, targetsFor, tinyProblem, tinyShifts, worksOn } from './fixtures';

const skilled = (id: string, proficiency: number, interest = 0, extra: Partial<Analyst> = {}): Analyst =>
  analyst(id, { skills: [{ skillId: 'epic', proficiency, interest, certificationExpires: null }], ...extra });

describe('soft terms and flexible rules, one tiny case each', () => {
  test('coverage shortfall and surplus per interval target, in analyst-hours', async () => {
    const shifts = tinyShifts(1, ['day']);
    const s = await solveChecked({ period: { startDate: START, endDate: START }, shifts, queues: [epicQueue], analysts: [analyst('ana')], intervalTargets: targetsFor(shifts, 2) });
    expect(s.figures?.shortfallTotal).toBeCloseTo(1);
    expect(s.terms?.underCoverage).toBeCloseTo(100 * 8);
  });

  test('shift targets count analysts on a template and date', async () => {
    const shifts = tinyShifts(1, ['day', 'night']);
    const shiftTargets = [{ id: 'nights', date: START, templateId: 'night', queueId: null, required: 2 }];
    const s = await solveChecked({ period: { startDate: START, endDate: START }, shifts, queues: [epicQueue], analysts: [analyst('ana'), analyst('ben')], shiftTargets });
    expect(s.assignments.filter((a) => a.templateId === 'night')).toHaveLength(2);
  });

  test('over-coverage is priced, so nobody works without demand', async () => {
    const s = await solveChecked(tinyProblem({ intervalTargets: [] }));
    expect(s.assignments).toEqual([]);
  });

  test('requests: a wish not to work a date moves the analyst', async () => {
    const requests = [{ date: START, templateId: null, wantsToWork: false, weight: 10 }];
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { requests }), analyst('ben'), analyst('cy')] }, 1));
    expect(worksOn(s, 'ana')).toEqual([]);
    expect(s.figures?.requestsHonoured).toBe(1);
  });

  test('alignment: the stronger, keener analyst gets the single shift', async () => {
    const shifts = tinyShifts(1, ['day']);
    const s = await solveChecked({ period: { startDate: START, endDate: START }, shifts, queues: [epicQueue], analysts: [skilled('ana', 3), skilled('ben', 5, 2)], intervalTargets: targetsFor(shifts) });
    expect(worksOn(s, 'ben')).toHaveLength(1);
    expect(s.figures?.alignmentMean).toBeCloseTo(7);
  });

  test('shift preference and continuity steer who works what', async () => {
    const ana = analyst('ana', { shiftPreferences: { night: 2, day: -2 } });
    const ben = analyst('ben', { usualClientId: 'north', shiftPreferences: { night: -1 } });
    const s = await solveChecked(tinyProblem({ analysts: [ana, ben] }, 1));
    expect(worksOn(s, 'ana')).toEqual([`night@${START}`]);
    expect(s.terms?.continuity).toBeCloseTo(0);
    expect(worksOn(s, 'ben')).toEqual([`day@${START}`]);
  });

  test('fairness spreads nights across comparable analysts', async () => {
    const keen = analyst('ana', { shiftPreferences: { night: 1 } });
    const s = await solveChecked(tinyProblem({ analysts: [keen, analyst('ben')], weights: { fairnessNights: 10 } }, 4));
    expect(s.figures?.fairnessSpread.nights).toBe(0);
  });

  test('min minutes per period, soft: worth working beyond demand only when heavy enough', async () => {
    const rules = { minMinutesPerPeriod: { value: 960, weight: 100 } };
    const shifts = tinyShifts(2, ['day']);
    const base = { period: { startDate: START, endDate: '2026-03-03' }, shifts, queues: [epicQueue], intervalTargets: targetsFor(shifts.slice(0, 1)) };
    const s = await solveChecked({ ...base, analysts: [analyst('ana', { rules })] });
    expect(worksOn(s, 'ana')).toHaveLength(2);
  });

  test('min minutes per period, hard', async () => {
    const rules = { minMinutesPerPeriod: { value: 1440, hard: true } };
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { rules })], intervalTargets: [] }));
    expect(worksOn(s, 'ana')).toHaveLength(3);
  });

  test('min consecutive working days, hard', async () => {
    // Demand on day 1 only; a stretch must last 2 days, so the analyst works day 2 as well.
    const rules = { minConsecutiveDays: { value: 2, hard: true } };
    const shifts = tinyShifts(3, ['day']);
    const s = await solveChecked({ period: { startDate: START, endDate: '2026-03-04' }, shifts, queues: [epicQueue], analysts: [analyst('ana', { rules })], intervalTargets: targetsFor([shifts[1]]) });
    expect(worksOn(s, 'ana')).toHaveLength(2);
  });

  test('min consecutive days off, soft, priced per missing day', async () => {
    const rules = { minConsecutiveDaysOff: { value: 2, weight: 1 } };
    const shifts = tinyShifts(3, ['day']);
    const targets = targetsFor([shifts[0], shifts[2]]);
    const s = await solveChecked({ period: { startDate: START, endDate: '2026-03-04' }, shifts, queues: [epicQueue], analysts: [analyst('ana', { rules })], intervalTargets: targets });
    expect(worksOn(s, 'ana')).toHaveLength(2);
    expect(s.terms?.minConsecutiveDaysOff).toBeCloseTo(3);
  });

  test('development: a learner works a queue only beside a mentor, within the cap', async () => {
    const learner = skilled('lea', 2, 1, { maxDevelopmentShifts: 1 });
    const mentor = skilled('max', 4, 0, { timeOff: [{ startDate: '2026-03-03', endDate: '2026-03-04' }] });
    const shifts = tinyShifts(3, ['day']);
    const s = await solveChecked({ period: { startDate: START, endDate: '2026-03-04' }, shifts, queues: [epicQueue], analysts: [learner, mentor], intervalTargets: targetsFor(shifts, 2) });
    expect(worksOn(s, 'lea')).toEqual([`day@${START}`]);
    expect(s.figures?.developmentShifts).toBe(1);
  });
});
