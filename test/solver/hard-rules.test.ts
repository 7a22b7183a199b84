import { analyst, epicQueue, solveChecked, START, targetsFor, tinyProblem, tinyShifts, worksOn } from './fixtures';

// Each case is tiny and built so the rule binds: without it the roster would differ.
describe('hard rules, one tiny case each', () => {
  test('eligibility: proficiency below the queue minimum keeps an analyst off the queue', async () => {
    const weak = analyst('ben', { skills: [{ skillId: 'epic', proficiency: 2, interest: 0, certificationExpires: null }] });
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana'), weak] }));
    expect(worksOn(s, 'ben')).toEqual([]);
    expect(s.figures?.shortfallTotal).toBeGreaterThan(0);
  });

  test('eligibility: an expired certification stops the skill after its date', async () => {
    const lapsing = analyst('ana', { skills: [{ skillId: 'epic', proficiency: 4, interest: 0, certificationExpires: START }] });
    const s = await solveChecked(tinyProblem({ analysts: [lapsing] }));
    expect(worksOn(s, 'ana').every((id) => id.endsWith(START))).toBe(true);
    expect(worksOn(s, 'ana')).toHaveLength(1);
  });

  test('eligibility: only dedicated analysts work a dedicated queue', async () => {
    const s = await solveChecked(tinyProblem({ queues: [{ ...epicQueue, dedicatedAnalystIds: ['ana'] }] }));
    expect(worksOn(s, 'ben')).toEqual([]);
  });

  test('analysts work only their own templates (their site)', async () => {
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { templateIds: ['day'] }), analyst('ben')] }));
    expect(s.assignments.filter((a) => a.analystId === 'ana').every((a) => a.templateId === 'day')).toBe(true);
  });

  test('at most one shift per analyst per day', async () => {
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana')] }, 1));
    expect(worksOn(s, 'ana')).toHaveLength(1);
  });

  test('time off is never worked', async () => {
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { timeOff: [{ startDate: '2026-03-03', endDate: '2026-03-03' }] }), analyst('ben')] }));
    expect(worksOn(s, 'ana').some((id) => id.endsWith('2026-03-03'))).toBe(false);
  });

  test('fixed days off are never worked', async () => {
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { rules: { fixedDaysOff: [2] } }), analyst('ben')] }));
    expect(worksOn(s, 'ana').some((id) => id.endsWith('2026-03-03'))).toBe(false);
  });

  test('pins are kept even against alignment', async () => {
    const expert = analyst('ben', { skills: [{ skillId: 'epic', proficiency: 5, interest: 2, certificationExpires: null }] });
    const pins = [{ analystId: 'ana', shiftId: `day@${START}`, queueId: 'epic' }];
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana'), expert], pins }, 1));
    expect(worksOn(s, 'ana')).toEqual([`day@${START}`]);
  });

  test('min rest between shifts is measured on real instants', async () => {
    // night 23:00-07:00 then day 07:00: zero rest. With 11 h required only one of them is worked.
    const shifts = [tinyShifts(1, ['night'])[0], tinyShifts(2, ['day'])[1]];
    const base = { period: { startDate: START, endDate: '2026-03-03' }, shifts, queues: [epicQueue], intervalTargets: targetsFor(shifts) };
    const free = await solveChecked({ ...base, analysts: [analyst('ana')] });
    const rested = await solveChecked({ ...base, analysts: [analyst('ana', { rules: { minRestMinutes: 660 } })] });
    expect(worksOn(free, 'ana')).toHaveLength(2);
    expect(worksOn(rested, 'ana')).toHaveLength(1);
  });

  test('forbidden successions', async () => {
    const shifts = [tinyShifts(1, ['night'])[0], tinyShifts(2, ['late'])[1]];
    const rules = { forbiddenSuccessions: [{ fromTemplateId: 'night', toTemplateId: 'late' }] };
    const s = await solveChecked({ period: { startDate: START, endDate: '2026-03-03' }, shifts, queues: [epicQueue], intervalTargets: targetsFor(shifts), analysts: [analyst('ana', { rules })] });
    expect(worksOn(s, 'ana')).toHaveLength(1);
  });

  test('max consecutive working days', async () => {
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { rules: { maxConsecutiveDays: 2 } })] }, 3));
    expect(worksOn(s, 'ana')).toHaveLength(2);
  });

  test('max minutes per week and per period', async () => {
    const week = await solveChecked(tinyProblem({ analysts: [analyst('ana', { rules: { maxMinutesPerWeek: 960 } })] }, 3));
    const period = await solveChecked(tinyProblem({ analysts: [analyst('ana', { rules: { maxMinutesPerPeriod: 480 } })] }, 3));
    expect(worksOn(week, 'ana')).toHaveLength(2);
    expect(worksOn(period, 'ana')).toHaveLength(1);
  });

  test('max shifts per template per period', async () => {
    // Ana prefers nights, so without the rule she would work all three.
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { shiftPreferences: { night: 2 }, rules: { maxShiftsPerTemplate: { night: 1 } } })] }, 3));
    expect(s.assignments.filter((a) => a.templateId === 'night')).toHaveLength(1);
    const free = await solveChecked(tinyProblem({ analysts: [analyst('ana', { shiftPreferences: { night: 2 } })] }, 3));
    expect(free.assignments.filter((a) => a.templateId === 'night')).toHaveLength(3);
  });

  test('max working weekends per period', async () => {
    // 2026-03-07/08 and 03-14/15 are two weekends inside a 14-day period.
    const s = await solveChecked(tinyProblem({ analysts: [analyst('ana', { rules: { maxWorkingWeekends: 1 } })] }, 14));
    const weekend = worksOn(s, 'ana').filter((id) => /03-(07|08|14|15)$/.test(id));
    expect(new Set(weekend.map((id) => (id.endsWith('07') || id.endsWith('08') ? 1 : 2))).size).toBe(1);
  });
});
