import type { DeskData } from '../../seeds/desk-data';
import { buildRosterProblem } from '../../src/domain/roster-problem/build-roster-problem';
import { evaluateRoster, validateRosterProblem } from '../../solver';

function desk(): DeskData {
  return {
    preset: 'test', seed: 1, periodStart: '2026-03-27', periodEnd: '2026-03-29',
    sites: [{ key: 'site:london', name: 'London', timeZone: 'Europe/London', shrinkage: 0.3, rules: { minRestMinutes: 660, maxConsecutiveDays: 5, maxMinutesPerWeek: 2400, minMinutesPerWeek: 1400, maxShiftsPerTemplate: { 'tpl:night': 2 } } }],
    skills: [{ key: 'skill:epic', code: 'EPIC', name: 'Epic', category: 'ehr' }],
    analysts: [
      {
        key: 'analyst:001', name: 'Ana', email: 'ana@example.test', siteKey: 'site:london', background: 'it', active: true,
        rules: { maxConsecutiveDays: 3, maxShiftsPerTemplate: { 'tpl:day': 1 } },
        skills: [{ skillKey: 'skill:epic', proficiency: 4, interest: 1, certificationExpires: null }],
        shiftPreferences: [{ templateKey: 'tpl:night', preference: 2 }], usualClientKey: 'client:boston',
        requests: [{ wantsToWork: false, date: '2026-03-28', templateKey: null, weight: 3 }, { wantsToWork: true, date: '2026-04-10', templateKey: null, weight: 3 }],
        timeOff: [{ startDate: '2026-03-27', endDate: '2026-03-27', status: 'approved', reason: null }, { startDate: '2026-03-29', endDate: '2026-03-29', status: 'requested', reason: null }],
        maxDevelopmentShifts: 1,
      },
      { key: 'analyst:002', name: 'Old', email: 'old@example.test', siteKey: 'site:london', background: 'other', active: false, rules: {}, skills: [], shiftPreferences: [], usualClientKey: null, requests: [], timeOff: [], maxDevelopmentShifts: 0 },
    ],
    clients: [{ key: 'client:boston', name: 'Boston General', timeZone: 'America/New_York' }],
    contracts: [{ key: 'contract:1', clientKey: 'client:boston', startDate: '2026-01-01', endDate: '2026-12-31', serviceLevel: 0.8, targetAnswerSeconds: 30, staffing: 'dedicated', dedicatedAnalystKeys: ['analyst:001'], minimumProficiency: 3 }],
    queues: [{ key: 'queue:epic', clientKey: 'client:boston', name: 'Epic phone', channel: 'phone', requiredSkills: [{ skillKey: 'skill:epic', minimumProficiency: 2 }], hours: { weekdays: [1, 2, 3, 4, 5, 6, 7], localStart: '00:00', localEnd: '24:00' } }],
    shiftTemplates: [
      { key: 'tpl:day', siteKey: 'site:london', code: 'D', name: 'Day', localStart: '07:00', lengthMinutes: 510, paidMinutes: 480, night: false },
      { key: 'tpl:night', siteKey: 'site:london', code: 'N', name: 'Night', localStart: '23:00', lengthMinutes: 510, paidMinutes: 480, night: true },
    ],
    coverageTargets: [
      { queueKey: 'queue:epic', weekday: 6, date: null, localStart: '08:00', localEnd: '12:00', headcount: 2 },
      { queueKey: 'queue:epic', weekday: 7, date: null, localStart: '20:00', localEnd: '24:00', headcount: 1 },
      { queueKey: 'queue:epic', weekday: null, date: '2026-03-29', localStart: '09:00', localEnd: '10:00', headcount: 3 },
    ],
  };
}

describe('buildRosterProblem', () => {
  const problem = buildRosterProblem(desk(), { start: '2026-03-27', end: '2026-03-29' });

  test('builds valid solver input from active analysts only', () => {
    expect(validateRosterProblem(problem)).toEqual([]);
    expect(problem.analysts.map((a) => a.id)).toEqual(['analyst:001']);
  });

  test('a night shift across the London spring change is an hour shorter in real time and paid an hour less', () => {
    const night = problem.shifts.find((s) => s.id === 'tpl:night@2026-03-28');
    expect(night).toMatchObject({ start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T06:30:00.000Z', paidMinutes: 420 });
    expect(problem.shifts.find((s) => s.id === 'tpl:night@2026-03-27')?.paidMinutes).toBe(480);
  });

  test('coverage targets become real-time intervals in the client zone; a dated target replaces the pattern', () => {
    const targets = problem.intervalTargets ?? [];
    expect(targets.map((t) => [t.start, t.end, t.required])).toEqual([
      ['2026-03-28T12:00:00.000Z', '2026-03-28T16:00:00.000Z', 2],
      ['2026-03-29T13:00:00.000Z', '2026-03-29T14:00:00.000Z', 3],
    ]);
  });

  test('rules merge site defaults under the analyst; only approved time off; requests in the period', () => {
    const ana = problem.analysts[0];
    expect(ana.rules).toMatchObject({ minRestMinutes: 660, maxConsecutiveDays: 3, maxShiftsPerTemplate: { 'tpl:night': 2, 'tpl:day': 1 }, minMinutesPerPeriod: { value: 600 } });
    expect(ana.timeOff).toEqual([{ startDate: '2026-03-27', endDate: '2026-03-27' }]);
    expect(ana.requests).toHaveLength(1);
    expect(ana.templateIds).toEqual(['tpl:day', 'tpl:night']);
  });

  test('contracts set the proficiency floor and dedicated staffing', () => {
    expect(problem.queues[0]).toMatchObject({ requiredSkills: [{ skillId: 'skill:epic', minProficiency: 3 }], dedicatedAnalystIds: ['analyst:001'] });
  });

  test('the evaluator accepts the built problem', () => {
    expect(evaluateRoster(problem, [{ analystId: 'analyst:001', shiftId: 'tpl:day@2026-03-28', queueId: 'queue:epic' }]).violations).toEqual([]);
  });
});
