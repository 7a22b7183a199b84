import { DateTime } from 'luxon';
import { z } from 'zod';
import { isoDate } from './validation';

/** Inclusive ISO local dates. */
export interface DatePeriod {
  readonly startDate: string;
  readonly endDate: string;
}

/** Longest period a schedule or team query may ask for: about a quarter. */
export const MAX_PERIOD_DAYS = 92;

/** Days from startDate to endDate inclusive. */
export function periodDays(period: DatePeriod): number {
  const start = DateTime.fromISO(period.startDate, { zone: 'utc' });
  return Math.round(DateTime.fromISO(period.endDate, { zone: 'utc' }).diff(start, 'days').days) + 1;
}

/**
 * A reading period: two valid dates, end not before start, at most MAX_PERIOD_DAYS long.
 * Cross-field problems point at `endDate`.
 * @example parseInput(periodInput, { startDate: '2026-03-02', endDate: '2026-03-15' }, 'period')
 */
export const periodInput = z.object({ startDate: isoDate, endDate: isoDate }).superRefine((p, ctx) => {
  if (!isoDate.safeParse(p.startDate).success || !isoDate.safeParse(p.endDate).success) return;
  if (p.endDate < p.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must not be before startDate ${p.startDate}` });
  else if (periodDays(p) > MAX_PERIOD_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: `the period may span at most ${MAX_PERIOD_DAYS} days (asked for ${periodDays(p)})` });
  }
});

/** Every ISO date of the period, in order. */
export function periodDates(period: DatePeriod): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(period.startDate, { zone: 'utc' }); d.toISODate()! <= period.endDate; d = d.plus({ days: 1 })) out.push(d.toISODate()!);
  return out;
}

/** The date `days` after (or before, when negative) an ISO date. */
export function shiftDate(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Wall-clock time of an instant in a zone, to the minute, without offset. Uses one cached Intl
 * formatter per zone: luxon's setZone + toFormat costs far more, and a schedule or team view
 * formats hundreds of these per request.
 * @example localWallTime('2026-03-09T04:00:00.000Z', 'America/Chicago') // '2026-03-08T23:00'
 */
export function localWallTime(instant: string, zone: string): string {
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    wallClockFormats.set(zone, format);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(new Date(instant))) part[type] = value;
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}
