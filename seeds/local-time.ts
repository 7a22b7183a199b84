/**
 * Local wall-clock intervals measured in real minutes, so DST days count what really happens:
 * on 2026-03-08 in America/New_York the local hour 02:00-03:00 lasts 0 minutes, on 2026-11-01 the
 * local hour 01:00-02:00 lasts 120 (it happens twice).
 */
import { DateTime } from 'luxon';

const SLOT_MINUTES = 15;
const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;
const slotCache = new Map<string, readonly number[]>();
const datesCache = new Map<string, readonly string[]>();
const weekdayCache = new Map<string, number>();

/** Every ISO date from `startDate` to `endDate`, both inclusive. */
export function periodDates(startDate: string, endDate: string): readonly string[] {
  const cacheKey = `${startDate}|${endDate}`;
  const cached = datesCache.get(cacheKey);
  if (cached) return cached;
  const dates: string[] = [];
  const end = DateTime.fromISO(endDate, { zone: 'utc' });
  for (let day = DateTime.fromISO(startDate, { zone: 'utc' }); day <= end; day = day.plus({ days: 1 })) {
    dates.push(day.toISODate() ?? '');
  }
  datesCache.set(cacheKey, dates);
  return dates;
}

/** ISO weekday (1 = Monday) of an ISO date. */
export function isoWeekdayOf(date: string): number {
  let weekday = weekdayCache.get(date);
  if (weekday === undefined) {
    weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
    weekdayCache.set(date, weekday);
  }
  return weekday;
}

/** "HH:mm" (or "24:00") to minutes after local midnight. */
export function localTimeToMinutes(localTime: string): number {
  const [hours, minutes] = localTime.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Real minutes spent in each local quarter-hour of a date in a zone. Walks real time from local
 * midnight to the next local midnight and files each quarter-hour under the wall clock it shows;
 * a skipped hour gets 0, a repeated hour gets 30 per quarter.
 */
export function localSlotMinutes(timeZone: string, date: string): readonly number[] {
  const cacheKey = `${timeZone}|${date}`;
  const cached = slotCache.get(cacheKey);
  if (cached) return cached;
  const slots = new Array<number>(SLOTS_PER_DAY).fill(0);
  const dayStart = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  const nextDayStart = dayStart.plus({ days: 1 });
  for (let instant = dayStart; instant < nextDayStart; instant = instant.plus({ minutes: SLOT_MINUTES })) {
    slots[Math.floor((instant.hour * 60 + instant.minute) / SLOT_MINUTES)] += SLOT_MINUTES;
  }
  slotCache.set(cacheKey, slots);
  return slots;
}

/**
 * Real minutes in the local interval [localStart, localEnd) of a date; times on a 15-minute grid.
 *
 * @example
 * localIntervalRealMinutes('America/New_York', '2026-11-01', '01:00', '02:00'); // 120
 */
export function localIntervalRealMinutes(timeZone: string, date: string, localStart: string, localEnd: string): number {
  const slots = localSlotMinutes(timeZone, date);
  let total = 0;
  for (let slot = localTimeToMinutes(localStart) / SLOT_MINUTES; slot < localTimeToMinutes(localEnd) / SLOT_MINUTES; slot += 1) {
    total += slots[slot];
  }
  return total;
}
