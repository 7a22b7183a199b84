import {
  contractRuns, datedCoverageTargets, deriveCoverage, explicitRangesOn, periodDays, targetsAsOverrides, type ExplicitTarget,
} from '../../src/domain/staffing';

const weekly = (localStart: string, localEnd: string, headcount: number, weekday = 1): ExplicitTarget => ({ weekday, date: null, localStart, localEnd, headcount });
const dated = (date: string, localStart: string, localEnd: string, headcount: number): ExplicitTarget => ({ weekday: null, date, localStart, localEnd, headcount });

describe('targetsAsOverrides', () => {
  it('puts a target on every grid slot it overlaps, the higher head count winning a shared slot', () => {
    expect(targetsAsOverrides([weekly('08:15', '09:00', 3), weekly('09:00', '09:10', 5), weekly('09:10', '10:00', 4)], 30)).toEqual([
      { weekday: 1, date: null, localStart: '08:00', headcount: 3 },
      { weekday: 1, date: null, localStart: '08:30', headcount: 3 },
      { weekday: 1, date: null, localStart: '09:00', headcount: 5 },
      { weekday: 1, date: null, localStart: '09:30', headcount: 4 },
    ]);
  });
});

describe('explicitRangesOn', () => {
  it('cuts a weekday target where a dated one overrides it', () => {
    const targets = [weekly('08:00', '16:00', 3), dated('2026-03-09', '10:00', '12:00', 6), weekly('08:00', '16:00', 9, 2)];
    expect(explicitRangesOn(targets, '2026-03-09', 1).map(({ localStart, localEnd, headcount }) => `${localStart}-${localEnd}:${headcount}`))
      .toEqual(['10:00-12:00:6', '08:00-10:00:3', '12:00-16:00:3']);
    expect(explicitRangesOn(targets, '2026-03-02', 1).map(({ localStart, localEnd }) => `${localStart}-${localEnd}`)).toEqual(['08:00-16:00']);
  });
});

describe('contractRuns', () => {
  it('cuts a period where the contract changes, and lists the days no contract covers', () => {
    const early = { startDate: '2026-01-01', endDate: '2026-03-03', serviceLevel: 0.8, targetAnswerSeconds: 20 };
    const late = { startDate: '2026-03-05', endDate: '2026-12-31', serviceLevel: 0.9, targetAnswerSeconds: 30 };
    expect(contractRuns(periodDays('2026-03-02', '2026-03-06'), [early, late])).toEqual({
      runs: [
        { startDate: '2026-03-02', endDate: '2026-03-03', serviceLevel: 0.8, targetAnswerSeconds: 20 },
        { startDate: '2026-03-05', endDate: '2026-03-06', serviceLevel: 0.9, targetAnswerSeconds: 30 },
      ],
      uncovered: ['2026-03-04'],
    });
  });
});

describe('datedCoverageTargets', () => {
  const derive = (timeZone: string, intervalMinutes: 30 | 60, entries: { weekday: 1 | 7 | null; date?: string; localStart: string; volume: number; occurrence?: 1 | 2 }[], start: string, end: string) => deriveCoverage({
    forecast: { timeZone, intervalMinutes, entries: entries.map((entry) => ({ date: null, ...entry })) }, periodStart: start, periodEnd: end,
    handleTimeSeconds: 180, serviceLevel: 0.8, targetAnswerSeconds: 20, maxOccupancy: 1, shrinkage: 0.3,
  });

  it('keeps derived intervals no explicit target overlaps, and the explicit targets themselves', () => {
    // 100 calls of 3 minutes per half-hour: 10 Erlangs, 14 agents, 20 heads at 30% shrinkage.
    const derived = derive('America/Chicago', 30, ['09:00', '09:30', '10:00'].map((localStart) => ({ weekday: 1, localStart, volume: 100 })), '2026-03-02', '2026-03-02');
    const targets = [weekly('09:15', '09:45', 5), weekly('18:00', '20:00', 2)];
    expect(datedCoverageTargets('7', derived, targets, periodDays('2026-03-02', '2026-03-02'))).toEqual([
      { queueKey: '7', weekday: null, date: '2026-03-02', localStart: '09:15', localEnd: '09:45', headcount: 5 },
      { queueKey: '7', weekday: null, date: '2026-03-02', localStart: '10:00', localEnd: '10:30', headcount: 20 },
      { queueKey: '7', weekday: null, date: '2026-03-02', localStart: '18:00', localEnd: '20:00', headcount: 2 },
    ]);
  });

  it('gives the repeated hour of a fall-back day one local range with the higher head count, and skips the lost hour in spring', () => {
    const hours = (weekday: 7, volume: number) => ['00:00', '01:00', '02:00', '03:00'].map((localStart) => ({ weekday, localStart, volume }));
    const autumn = derive('America/New_York', 60, [...hours(7, 200), { weekday: null, date: '2026-11-01', localStart: '01:00', occurrence: 2, volume: 400 }], '2026-11-01', '2026-11-01');
    expect(autumn.map((interval) => interval.localTime)).toEqual(['00:00', '01:00', '01:00', '02:00', '03:00']);
    expect(datedCoverageTargets('1', autumn, [], periodDays('2026-11-01', '2026-11-01')).map(({ localStart, localEnd, headcount }) => [localStart, localEnd, headcount])).toEqual([
      ['00:00', '01:00', 20], ['01:00', '02:00', Math.max(20, autumn[2].requiredHeadcount)], ['02:00', '03:00', 20], ['03:00', '04:00', 20],
    ]);
    expect(autumn[2].requiredHeadcount).toBeGreaterThan(20);
    const spring = derive('America/New_York', 60, hours(7, 200), '2026-03-08', '2026-03-08');
    expect(datedCoverageTargets('1', spring, [], periodDays('2026-03-08', '2026-03-08')).map(({ localStart, localEnd }) => `${localStart}-${localEnd}`))
      .toEqual(['00:00-01:00', '01:00-03:00', '03:00-04:00']);
  });
});
