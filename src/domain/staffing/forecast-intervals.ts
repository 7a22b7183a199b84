/**
 * From a forecast in a client's local time to staffing per real interval.
 *
 * A forecast is written on the client's wall clock ("Mondays 09:00-09:30: 42 calls"), but agents
 * work in real time. Each local day is walked in real time from its midnight to the next, one
 * interval at a time, and every interval takes the forecast for the wall-clock time it shows. So on
 * a spring-forward day (23 hours) the 02:00 interval simply never occurs, and on a fall-back day
 * (25 hours) 01:00 occurs twice: both intervals are produced, each with its own volume.
 */
import { DateTime, IANAZone, Info } from 'luxon';
import { evaluateAgents, staffInterval, type IntervalStaffing } from './erlang-c';
import { validateStaffingInput, type StaffingIssue } from './staffing-input';
import type { Seconds } from './units';

/** ISO weekday, 1 = Monday ... 7 = Sunday (luxon's numbering). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock slot a forecast or override applies to: a weekly pattern or one date. */
export interface LocalSlot {
  weekday: IsoWeekday | null;
  date: string | null;
  /** "HH:mm" on the interval grid. */
  localStart: string;
  /** On a fall-back day, 1 = the first pass through this local time, 2 = the second; omitted = both. */
  occurrence?: 1 | 2;
}

export interface ForecastEntry extends LocalSlot {
  /** Contacts expected in the interval. */
  volume: number;
}

export interface HeadcountOverride extends LocalSlot {
  headcount: number;
}

export interface QueueForecast {
  /** The client's IANA zone, in which the entries' local times are given. */
  timeZone: string;
  intervalMinutes: 30 | 60;
  entries: readonly ForecastEntry[];
}

export interface ForecastInterval {
  /** UTC ISO instants; end is start + interval (cut at the local day's end). */
  start: string;
  end: string;
  /** ISO instant with the client's offset, e.g. "2026-11-01T01:00:00.000-04:00". */
  localStart: string;
  localDate: string;
  /** 1, or 2 for the second pass through a repeated local time. */
  occurrence: 1 | 2;
  volume: number;
}

/** Finds the entry for a slot: a date beats a weekday, a stated occurrence beats "both". */
class SlotIndex<T extends LocalSlot> {
  private readonly byKey = new Map<string, T>();

  constructor(items: readonly T[]) {
    for (const item of items) this.byKey.set(SlotIndex.key(item.date ?? `w${item.weekday}`, item.localStart, item.occurrence), item);
  }

  private static key(day: string, localTime: string, occurrence: number | undefined): string {
    return `${day}|${localTime}|${occurrence ?? '*'}`;
  }

  find(date: string, weekday: number, localTime: string, occurrence: number): T | undefined {
    return this.byKey.get(SlotIndex.key(date, localTime, occurrence)) ?? this.byKey.get(SlotIndex.key(date, localTime, undefined))
      ?? this.byKey.get(SlotIndex.key(`w${weekday}`, localTime, occurrence)) ?? this.byKey.get(SlotIndex.key(`w${weekday}`, localTime, undefined));
  }
}

interface RealInterval {
  startMs: number;
  endMs: number;
  /** "HH:mm" on the client's wall clock. */
  localTime: string;
  /** ISO instant with the client's offset. */
  localStart: string;
  occurrence: 1 | 2;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * The real intervals of one local day, in order; 23, 24 or 25 hours' worth. Wall-clock times are
 * worked out from the UTC offset by arithmetic; the zone is asked for the offset of every interval
 * only on a day whose offset changes (luxon's per-instant conversion is the slow part).
 */
function realIntervalsOfLocalDay(timeZone: string, date: string, intervalMinutes: number): readonly RealInterval[] {
  const cacheKey = `${timeZone}|${date}|${intervalMinutes}`;
  const cached = localDayCache.get(cacheKey);
  if (cached) return cached;
  // Queues of clients in one zone share their days; the bound keeps a long-running process small.
  if (localDayCache.size >= LOCAL_DAY_CACHE_LIMIT) localDayCache.clear();
  const intervals = walkLocalDay(timeZone, date, intervalMinutes);
  localDayCache.set(cacheKey, intervals);
  return intervals;
}

const LOCAL_DAY_CACHE_LIMIT = 20_000;
const localDayCache = new Map<string, readonly RealInterval[]>();

function walkLocalDay(timeZone: string, date: string, intervalMinutes: number): RealInterval[] {
  const zone = IANAZone.create(timeZone);
  const dayStart = DateTime.fromISO(date, { zone }).startOf('day');
  const dayStartMs = dayStart.toMillis();
  const dayEndMs = dayStart.plus({ days: 1 }).toMillis();
  const steadyOffset = zone.offset(dayStartMs) === zone.offset(dayEndMs - 1) ? zone.offset(dayStartMs) : null;
  const stepMs = intervalMinutes * 60_000;
  const seen = new Set<string>();
  const intervals: RealInterval[] = [];
  for (let startMs = dayStartMs; startMs < dayEndMs; startMs += stepMs) {
    const offset = steadyOffset ?? zone.offset(startMs);
    const minuteOfDay = (((startMs / 60_000 + offset) % 1440) + 1440) % 1440;
    const localTime = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
    intervals.push({
      startMs, endMs: Math.min(startMs + stepMs, dayEndMs), localTime,
      localStart: `${date}T${localTime}:00.000${formatOffset(offset)}`,
      occurrence: seen.has(localTime) ? 2 : 1,
    });
    seen.add(localTime);
  }
  return intervals;
}

function* datesOfPeriod(periodStart: string, periodEnd: string): Generator<DateTime> {
  const end = DateTime.fromISO(periodEnd, { zone: 'utc' });
  for (let day = DateTime.fromISO(periodStart, { zone: 'utc' }); day <= end; day = day.plus({ days: 1 })) yield day;
}

/**
 * Real UTC intervals over a period, each with the volume its local time is forecast to get.
 * Local times with no forecast entry (closed hours) produce no interval.
 *
 * @example
 * forecastIntervals({ timeZone: 'America/New_York', intervalMinutes: 60,
 *   entries: [{ weekday: 7, date: null, localStart: '01:00', volume: 12 }] }, '2026-11-01', '2026-11-01');
 * // two intervals: 05:00Z (01:00 EDT) and 06:00Z (01:00 EST), 12 contacts each
 */
export function forecastIntervals(forecast: QueueForecast, periodStart: string, periodEnd: string): ForecastInterval[] {
  return locateIntervals(forecast, periodStart, periodEnd).map(({ weekday: _weekday, localTime: _localTime, ...interval }) => interval);
}

/** A forecast interval that still knows the local weekday and wall-clock time it was matched by. */
interface LocatedInterval extends ForecastInterval {
  weekday: number;
  localTime: string;
}

function locateIntervals(forecast: QueueForecast, periodStart: string, periodEnd: string): LocatedInterval[] {
  const index = new SlotIndex(forecast.entries);
  const intervals: LocatedInterval[] = [];
  for (const day of datesOfPeriod(periodStart, periodEnd)) {
    const date = day.toISODate() ?? '';
    for (const real of realIntervalsOfLocalDay(forecast.timeZone, date, forecast.intervalMinutes)) {
      const entry = index.find(date, day.weekday, real.localTime, real.occurrence);
      if (!entry) continue;
      intervals.push({
        start: new Date(real.startMs).toISOString(),
        end: new Date(real.endMs).toISOString(),
        localStart: real.localStart,
        localDate: date,
        occurrence: real.occurrence,
        volume: entry.volume,
        weekday: day.weekday,
        localTime: real.localTime,
      });
    }
  }
  return intervals;
}

export interface CoverageInput {
  forecast: QueueForecast;
  /** ISO local dates in the client's zone, both inclusive. */
  periodStart: string;
  periodEnd: string;
  handleTimeSeconds: number;
  serviceLevel: number;
  targetAnswerSeconds: number;
  maxOccupancy: number;
  shrinkage: number;
  /** Head counts a scheduler set by hand; they win over the Erlang figure for their slot. */
  headcountOverrides?: readonly HeadcountOverride[];
}

export interface CoverageInterval extends IntervalStaffing {
  start: string;
  end: string;
  localStart: string;
  volume: number;
  averageSpeedOfAnswer: Seconds;
  source: 'erlang' | 'override';
}

const issue = (field: string, value: unknown, message: string): StaffingIssue => ({ field, value, message });

/**
 * Every problem with a coverage input, or [] when it is valid: the Erlang parameters, the zone,
 * the interval length, the period, each entry's volume and each override's head count.
 *
 * @example
 * validateCoverageInput({ ...input, shrinkage: 1 });
 * // [{ field: 'shrinkage', value: 1, message: 'shrinkage must be in [0, 1); got 1' }]
 */
export function validateCoverageInput(input: CoverageInput): StaffingIssue[] {
  const issues = validateStaffingInput({ ...input, volume: 0, intervalMinutes: input.forecast.intervalMinutes }, { withShrinkage: true });
  if (!Info.isValidIANAZone(input.forecast.timeZone)) {
    issues.push(issue('forecast.timeZone', input.forecast.timeZone, `forecast.timeZone must be an IANA zone; got "${input.forecast.timeZone}"`));
  }
  if (![30, 60].includes(input.forecast.intervalMinutes)) {
    issues.push(issue('forecast.intervalMinutes', input.forecast.intervalMinutes, `forecast.intervalMinutes must be 30 or 60; got ${input.forecast.intervalMinutes}`));
  }
  for (const field of ['periodStart', 'periodEnd'] as const) {
    const parsed = DateTime.fromISO(input[field]);
    if (!parsed.isValid) issues.push(issue(field, input[field], `${field} must be an ISO date; got "${input[field]}" (${parsed.invalidExplanation})`));
  }
  if (input.periodEnd < input.periodStart) {
    issues.push(issue('periodEnd', input.periodEnd, `periodEnd must be on or after periodStart ${input.periodStart}; got ${input.periodEnd}`));
  }
  input.forecast.entries.forEach((entry, position) => {
    if (!(Number.isFinite(entry.volume) && entry.volume >= 0)) {
      issues.push(issue(`forecast.entries.${position}.volume`, entry.volume, `forecast.entries.${position}.volume must be >= 0; got ${entry.volume}`));
    }
  });
  (input.headcountOverrides ?? []).forEach((override, position) => {
    if (!(Number.isInteger(override.headcount) && override.headcount >= 0)) {
      issues.push(issue(`headcountOverrides.${position}.headcount`, override.headcount,
        `headcountOverrides.${position}.headcount must be a whole number >= 0; got ${override.headcount}`));
    }
  });
  return issues;
}

/**
 * Coverage per real interval for one queue: Erlang C agents for the forecast volume, grossed up for
 * shrinkage. Where an override gives a head count, it wins, and the figures show what that head
 * count (less shrinkage) would achieve. Throws a RangeError listing every issue on invalid input.
 *
 * @example
 * deriveCoverage({ forecast, periodStart: '2026-03-02', periodEnd: '2026-03-29', handleTimeSeconds: 360,
 *   serviceLevel: 0.8, targetAnswerSeconds: 30, maxOccupancy: 0.85, shrinkage: 0.3 });
 */
export function deriveCoverage(input: CoverageInput): CoverageInterval[] {
  const issues = validateCoverageInput(input);
  if (issues.length > 0) throw new RangeError(`Invalid coverage input: ${issues.map((entry) => entry.message).join('; ')}`);
  const overrides = new SlotIndex(input.headcountOverrides ?? []);
  const byVolume = new Map<number, IntervalStaffing>();
  const staffingFor = (volume: number): IntervalStaffing => {
    let staffing = byVolume.get(volume);
    if (!staffing) {
      staffing = staffInterval({ ...input, volume, intervalMinutes: input.forecast.intervalMinutes });
      byVolume.set(volume, staffing);
    }
    return staffing;
  };
  return locateIntervals(input.forecast, input.periodStart, input.periodEnd).map((interval) => {
    const override = overrides.find(interval.localDate, interval.weekday, interval.localTime, interval.occurrence);
    const { start, end, localStart, volume } = interval;
    if (!override) return { start, end, localStart, volume, ...staffingFor(volume), source: 'erlang' as const };
    // Agents on contacts are what is left of the head count after shrinkage.
    const agents = Math.floor(override.headcount * (1 - input.shrinkage) + 1e-9);
    const staffing = evaluateAgents({ ...input, volume, intervalMinutes: input.forecast.intervalMinutes }, agents);
    return { start, end, localStart, volume, ...staffing, requiredHeadcount: override.headcount, source: 'override' as const };
  });
}
