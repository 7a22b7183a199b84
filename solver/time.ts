import { DateTime } from 'luxon';
import type { IsoWeekday } from './problem';

/** Epoch milliseconds of an ISO instant with offset. */
export function instantMillis(iso: string): number {
  return DateTime.fromISO(iso, { setZone: true }).toMillis();
}

/** Real minutes between two ISO instants (a DST night shift is 420 or 540, not 480). */
export function minutesBetween(startIso: string, endIso: string): number {
  return Math.round((instantMillis(endIso) - instantMillis(startIso)) / 60000);
}

function dateOf(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' });
}

/** @example addDays('2026-03-31', 1) // '2026-04-01' */
export function addDays(date: string, days: number): string {
  return dateOf(date).plus({ days }).toISODate() as string;
}

/** Inclusive list of ISO dates. */
export function datesInPeriod(startDate: string, endDate: string): string[] {
  const out: string[] = [];
  for (let d = startDate; d <= endDate; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Calendar facts per ISO date, memoised: rules ask them for every analyst and date. */
const calendar = new Map<string, { weekday: IsoWeekday; week: string }>();

function calendarOf(date: string): { weekday: IsoWeekday; week: string } {
  let entry = calendar.get(date);
  if (!entry) {
    const d = dateOf(date);
    entry = { weekday: d.weekday as IsoWeekday, week: `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}` };
    calendar.set(date, entry);
  }
  return entry;
}

export function isoWeekday(date: string): IsoWeekday {
  return calendarOf(date).weekday;
}

/** ISO week of a date, e.g. '2026-W10'. */
export function isoWeekKey(date: string): string {
  return calendarOf(date).week;
}

export function isWeekendDate(date: string): boolean {
  return isoWeekday(date) >= 6;
}

export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && dateOf(date).isValid;
}

export function isValidInstant(iso: string): boolean {
  return DateTime.fromISO(iso, { setZone: true }).isValid && /[zZ]|[+-]\d{2}:?\d{2}$/.test(iso);
}
