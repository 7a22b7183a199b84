import { DateTime } from 'luxon';
import { evaluateRoster, solveRoster, validateRosterProblem, validateSolveOptions } from '../../solver';
import { mergeSolveOptions } from '../../solver/options';
import type { RosterProblem, ShiftInstance } from '../../solver';
import { analyst, epicQueue, solveChecked, START, tinyProblem } from './fixtures';

describe('expected outcomes come back as data', () => {
  test('malformed input is invalid, naming the field and the value', async () => {
    const bad: RosterProblem = {
      ...tinyProblem(),
      period: { startDate: '2026-03-08', endDate: '2026-03-01' },
      analysts: [analyst('ana', { skills: [{ skillId: 'epic', proficiency: 7, interest: 0, certificationExpires: null }] })],
      pins: [{ analystId: 'nobody', shiftId: `day@${START}`, queueId: 'epic' }],
    };
    const fields = validateRosterProblem(bad).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['period.endDate', 'analysts[0].skills[0].proficiency', 'pins[0].analystId']));
    const s = await solveRoster(bad);
    expect(s.status).toBe('invalid');
    expect(s.diagnostics.map((d) => d.message).join('\n')).toContain('7 is outside 0..5');
  });

  test('bad solve options are invalid, naming the option and the value, and nothing is solved', async () => {
    const fields = (options: object) => validateSolveOptions(mergeSolveOptions(options)).map((i) => i.field);
    expect(fields({})).toEqual([]);
    expect(fields({ threads: 1, lnsSteps: Infinity, timeLimitSeconds: 0.5 })).toEqual([]);
    expect(fields({ threads: 0 })).toEqual(['options.threads']);
    expect(fields({ threads: 1.5 })).toEqual(['options.threads']);
    expect(fields({ threads: Number.NaN, timeLimitSeconds: -1, gapTolerance: 2, lnsSteps: -3, method: 'fastest' })).toEqual(
      ['options.timeLimitSeconds', 'options.gapTolerance', 'options.method', 'options.lnsSteps', 'options.threads']);
    let called = 0;
    const s = await solveRoster(tinyProblem(), { threads: 0, onProgress: () => { called++; } });
    expect(s.status).toBe('invalid');
    expect(s.assignments).toEqual([]);
    expect(s.diagnostics.map((d) => d.message)).toEqual(['options.threads: 0 is not a whole number in 1..64']);
    expect(called).toBe(0);
  });

  test('a shift that ends before it starts is rejected', () => {
    const p = tinyProblem();
    const shifts = p.shifts.map((s, i): ShiftInstance => (i === 0 ? { ...s, end: s.start } : s));
    expect(validateRosterProblem({ ...p, shifts })[0].field).toBe('shifts[0].end');
  });

  test('a pin on time off is infeasible and says who and when', async () => {
    const p = tinyProblem({
      analysts: [analyst('ana', { timeOff: [{ startDate: START, endDate: START }] }), analyst('ben')],
      pins: [{ analystId: 'ana', shiftId: `day@${START}`, queueId: 'epic' }],
    });
    const s = await solveRoster(p);
    expect(s.status).toBe('infeasible');
    expect(s.diagnostics[0]).toMatchObject({ rule: 'pin-time-off', analystId: 'ana', date: START });
  });

  test('pins against min rest are infeasible, by how much', async () => {
    const p = tinyProblem({
      analysts: [analyst('ana', { rules: { minRestMinutes: 600 } })],
      pins: [{ analystId: 'ana', shiftId: `night@${START}`, queueId: 'epic' }, { analystId: 'ana', shiftId: 'day@2026-03-03', queueId: 'epic' }],
    });
    const s = await solveRoster(p);
    expect(s.status).toBe('infeasible');
    expect(s.diagnostics[0]).toMatchObject({ rule: 'pin-min-rest', analystId: 'ana', amount: 600 });
  });

  test('a hard minimum beyond availability is infeasible, with the shortfall', async () => {
    const rules = { minMinutesPerPeriod: { value: 2000, hard: true }, fixedDaysOff: [1 as const] };
    const s = await solveRoster(tinyProblem({ analysts: [analyst('ana', { rules })] }));
    expect(s.status).toBe('infeasible');
    expect(s.diagnostics[0]).toMatchObject({ rule: 'min-minutes-per-period', analystId: 'ana', amount: 1040 });
    expect(s.diagnostics[0].message).toContain('2 available day(s)');
  });

  test('a conflict only the MIP finds is still infeasible, never objective 0', async () => {
    // Stretches of at least 3 but at most 2 days leave only the edges of a week: 4 days, not 5.
    const rules = { minConsecutiveDays: { value: 3, hard: true }, maxConsecutiveDays: 2, minMinutesPerPeriod: { value: 5 * 480, hard: true } };
    const s = await solveRoster(tinyProblem({ analysts: [analyst('ana', { rules })] }, 7));
    expect(s.status).toBe('infeasible');
    expect(s.objective).toBeNull();
    expect(s.diagnostics[0].rule).toBe('hard-rules-conflict');
  });

  test('the evaluator lists every broken rule of a hand-edited roster', () => {
    const p = tinyProblem({ analysts: [analyst('ana', { rules: { maxConsecutiveDays: 1 } })] });
    const edits = [{ analystId: 'ana', shiftId: `day@${START}`, queueId: 'epic' }, { analystId: 'ana', shiftId: `night@${START}`, queueId: 'epic' }, { analystId: 'ana', shiftId: 'day@2026-03-03', queueId: 'epic' }];
    expect(evaluateRoster(p, edits).violations.map((v) => v.rule).sort()).toEqual(['max-consecutive-days', 'one-shift-per-day']);
  });
});

describe('time is real time', () => {
  test('a night shift across the spring DST change covers 7 hours, not 8', async () => {
    const zone = 'Europe/London';
    const start = DateTime.fromISO('2026-03-28T23:00', { zone });
    const end = DateTime.fromISO('2026-03-29T07:00', { zone });
    const night: ShiftInstance = { id: 'night@2026-03-28', date: '2026-03-28', templateId: 'night', start: start.toUTC().toISO() as string, end: end.toUTC().toISO() as string, paidMinutes: 480, night: true };
    const p: RosterProblem = {
      period: { startDate: '2026-03-28', endDate: '2026-03-28' }, analysts: [analyst('ana')], shifts: [night], queues: [epicQueue],
      intervalTargets: [{ id: 'whole-night', queueId: 'epic', start: night.start, end: DateTime.fromISO('2026-03-29T08:00', { zone }).toUTC().toISO() as string, required: 1 }],
    };
    const s = await solveChecked(p);
    expect(s.figures?.coverage[0].covered).toBeCloseTo(7 / 8);
    expect(s.figures?.shortfallTotal).toBeCloseTo(1 / 8);
  });
});

describe('determinism and backends', () => {
  test('the same input and seed give the same roster', async () => {
    const p = tinyProblem({ analysts: [analyst('ana'), analyst('ben'), analyst('cy')] }, 5);
    const a = await solveRoster(p, { seed: 3, backend: 'highs' });
    const b = await solveRoster(p, { seed: 3, backend: 'highs' });
    expect(b.assignments).toEqual(a.assignments);
  });

  test('fix-and-optimise with a step cap gives the same roster for the same seed', async () => {
    const p = tinyProblem({ analysts: [analyst('ana'), analyst('ben'), analyst('cy'), analyst('dee')] }, 7);
    const options = { seed: 5, method: 'fix-and-optimise', lnsSteps: 6, timeLimitSeconds: 30 } as const;
    const a = await solveRoster(p, options);
    const b = await solveRoster(p, options);
    expect(a.method).toBe('fix-and-optimise');
    expect(b.assignments).toEqual(a.assignments);
  });

  test('HiGHS and javascript-lp-solver reach the same optimum on small cases', async () => {
    for (const days of [1, 3, 5]) {
      const p = tinyProblem({ analysts: [analyst('ana', { rules: { maxConsecutiveDays: 2, minRestMinutes: 660 } }), analyst('ben', { shiftPreferences: { night: 2 } })] }, days);
      const highs = await solveChecked(p, { backend: 'highs' });
      const jslp = await solveChecked(p, { backend: 'jslp' });
      expect(highs.backend).toBe('highs');
      expect(jslp.backend).toBe('jslp');
      expect(jslp.objective).toBeCloseTo(highs.objective as number, 6);
    }
  });
});

describe('default options', () => {
  test('a small problem with default options is proved optimal', async () => {
    const s = await solveRoster(tinyProblem());
    expect(s.status).toBe('optimal');
    expect(s.gap).toBe(0);
  });
});
