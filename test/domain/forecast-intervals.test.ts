import { DateTime } from 'luxon';
import {
  deriveCoverage, forecastIntervals, type CoverageInput, type ForecastEntry, type IsoWeekday, type QueueForecast,
} from '../../src/domain/staffing/forecast-intervals';
import { requiredAgents } from '../../src/domain/staffing/erlang-c';

const NEW_YORK = 'America/New_York';
const LOS_ANGELES = 'America/Los_Angeles';

/** A forecast for every interval of every weekday, with volume = hour of day (so intervals are told apart). */
function roundTheClock(timeZone: string, intervalMinutes: 30 | 60): QueueForecast {
  const entries: ForecastEntry[] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    for (let minute = 0; minute < 24 * 60; minute += intervalMinutes) {
      const localStart = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      entries.push({ weekday: weekday as IsoWeekday, date: null, localStart, volume: Math.floor(minute / 60) });
    }
  }
  return { timeZone, intervalMinutes, entries };
}

const minutesBetween = (start: string, end: string): number => DateTime.fromISO(end).diff(DateTime.fromISO(start), 'minutes').minutes;
const localTimes = (intervals: { localStart: string }[]): string[] =>
  intervals.map((interval) => DateTime.fromISO(interval.localStart, { setZone: true }).toFormat('HH:mm'));

function expectContiguous(intervals: { start: string; end: string }[], totalMinutes: number): void {
  for (let i = 1; i < intervals.length; i += 1) expect(intervals[i].start).toBe(intervals[i - 1].end);
  expect(minutesBetween(intervals[0].start, intervals[intervals.length - 1].end)).toBe(totalMinutes);
}

describe('forecastIntervals on an ordinary day', () => {
  it('gives 24 hourly intervals from local midnight, in UTC', () => {
    const intervals = forecastIntervals(roundTheClock(NEW_YORK, 60), '2026-03-02', '2026-03-02');
    expect(intervals).toHaveLength(24);
    expect(intervals[0]).toEqual({
      start: '2026-03-02T05:00:00.000Z', end: '2026-03-02T06:00:00.000Z',
      localStart: '2026-03-02T00:00:00.000-05:00', localDate: '2026-03-02', occurrence: 1, volume: 0,
    });
    expectContiguous(intervals, 24 * 60);
  });
});

describe('forecastIntervals on the spring-forward day (New York, 2026-03-08, 23 hours)', () => {
  it.each([[60, 23], [30, 46]] as const)('has no 02:00-03:00 local interval at %i minutes', (intervalMinutes, count) => {
    const intervals = forecastIntervals(roundTheClock(NEW_YORK, intervalMinutes), '2026-03-08', '2026-03-08');
    expect(intervals).toHaveLength(count);
    expect(localTimes(intervals).filter((time) => time.startsWith('02:'))).toEqual([]);
    expectContiguous(intervals, 23 * 60);
  });

  it('jumps from 01:00 EST to 03:00 EDT one real hour later', () => {
    const intervals = forecastIntervals(roundTheClock(NEW_YORK, 60), '2026-03-08', '2026-03-08');
    expect(intervals.slice(1, 3).map((interval) => [interval.start, interval.localStart, interval.volume])).toEqual([
      ['2026-03-08T06:00:00.000Z', '2026-03-08T01:00:00.000-05:00', 1],
      ['2026-03-08T07:00:00.000Z', '2026-03-08T03:00:00.000-04:00', 3],
    ]);
  });
});

describe('forecastIntervals on the fall-back day (New York, 2026-11-01, 25 hours)', () => {
  it('produces the 01:00 local hour twice, one real hour apart', () => {
    const intervals = forecastIntervals(roundTheClock(NEW_YORK, 60), '2026-11-01', '2026-11-01');
    expect(intervals).toHaveLength(25);
    expectContiguous(intervals, 25 * 60);
    const oneOClock = intervals.filter((interval) => localTimes([interval])[0] === '01:00');
    expect(oneOClock.map((interval) => [interval.start, interval.localStart, interval.occurrence, interval.volume])).toEqual([
      ['2026-11-01T05:00:00.000Z', '2026-11-01T01:00:00.000-04:00', 1, 1],
      ['2026-11-01T06:00:00.000Z', '2026-11-01T01:00:00.000-05:00', 2, 1],
    ]);
  });

  it('gives each pass through 01:00 its own volume when the forecast tells them apart', () => {
    const forecast: QueueForecast = {
      timeZone: NEW_YORK, intervalMinutes: 30,
      entries: [
        { weekday: 7, date: null, localStart: '01:30', volume: 4 },
        { weekday: null, date: '2026-11-01', localStart: '01:30', occurrence: 1, volume: 9 },
        { weekday: null, date: '2026-11-01', localStart: '01:30', occurrence: 2, volume: 5 },
      ],
    };
    expect(forecastIntervals(forecast, '2026-11-01', '2026-11-01').map((interval) => [interval.start, interval.volume])).toEqual([
      ['2026-11-01T05:30:00.000Z', 9],
      ['2026-11-01T06:30:00.000Z', 5],
    ]);
  });
});

describe('forecastIntervals over a period', () => {
  it('lets a date beat its weekday pattern and leaves unforecast times closed', () => {
    const forecast: QueueForecast = {
      timeZone: NEW_YORK, intervalMinutes: 60,
      entries: [
        { weekday: 1, date: null, localStart: '09:00', volume: 10 },
        { weekday: null, date: '2026-03-09', localStart: '09:00', volume: 25 },
      ],
    };
    const intervals = forecastIntervals(forecast, '2026-03-02', '2026-03-15');
    expect(intervals.map((interval) => [interval.start, interval.volume])).toEqual([
      ['2026-03-02T14:00:00.000Z', 10],
      ['2026-03-09T13:00:00.000Z', 25],
    ]);
  });

  it('places two clients\' 09:00 in their own zones', () => {
    const at = (timeZone: string): string[] => forecastIntervals(
      { timeZone, intervalMinutes: 30, entries: [{ weekday: 1, date: null, localStart: '09:00', volume: 5 }] },
      '2026-03-02', '2026-03-09',
    ).map((interval) => interval.start);
    expect(at(NEW_YORK)).toEqual(['2026-03-02T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    expect(at(LOS_ANGELES)).toEqual(['2026-03-02T17:00:00.000Z', '2026-03-09T16:00:00.000Z']);
  });
});

describe('deriveCoverage', () => {
  const base: CoverageInput = {
    forecast: roundTheClock(NEW_YORK, 30), periodStart: '2026-11-01', periodEnd: '2026-11-01',
    handleTimeSeconds: 180, serviceLevel: 0.8, targetAnswerSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3,
  };

  it('staffs every interval by Erlang C and grosses up for shrinkage', () => {
    const coverage = deriveCoverage({ ...base, forecast: { ...base.forecast, entries: base.forecast.entries.map((entry) => ({ ...entry, volume: 50 })) } });
    expect(coverage).toHaveLength(50);
    const agents = requiredAgents({ ...base, volume: 50, intervalMinutes: 30 });
    for (const interval of coverage) {
      expect(interval).toMatchObject({ volume: 50, agents, requiredHeadcount: Math.ceil(agents / 0.7), source: 'erlang' });
      expect(interval.serviceLevel).toBeGreaterThanOrEqual(0.8);
      expect(interval.occupancy).toBeLessThanOrEqual(0.85);
    }
  });

  it('needs nobody where nothing is forecast', () => {
    const [midnight] = deriveCoverage(base);
    expect(midnight).toMatchObject({ localStart: '2026-11-01T00:00:00.000-04:00', volume: 0, agents: 0, requiredHeadcount: 0, serviceLevel: 1 });
  });

  it('lets an explicit head count win and reports what it achieves', () => {
    const coverage = deriveCoverage({
      ...base, headcountOverrides: [{ weekday: 7, date: null, localStart: '10:00', headcount: 3 }],
    });
    const ten = coverage.find((interval) => interval.localStart.startsWith('2026-11-01T10:00'));
    // 3 heads less 30% shrinkage leave 2 agents on 10 calls of 3 minutes in 30 minutes (1 Erlang).
    expect(ten).toMatchObject({ requiredHeadcount: 3, agents: 2, occupancy: 0.5, source: 'override' });
    expect(coverage.filter((interval) => interval.source === 'override')).toHaveLength(1);
  });

  it('refuses invalid input, naming every problem', () => {
    expect(() => deriveCoverage({
      ...base, shrinkage: 1, forecast: { ...base.forecast, timeZone: 'America/Atlantis', entries: [{ weekday: 1, date: null, localStart: '09:00', volume: -2 }] },
    })).toThrow(/shrinkage must be in \[0, 1\); got 1.*forecast\.timeZone must be an IANA zone; got "America\/Atlantis".*forecast\.entries\.0\.volume must be >= 0; got -2/);
  });
});
