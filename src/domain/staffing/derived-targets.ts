/**
 * From explicit coverage targets (local ranges such as "Mondays 08:15-12:00: 3 analysts") and
 * derived coverage intervals to what the roster consumes: dated targets on the client's wall clock.
 */
import type { CoverageInterval, HeadcountOverride, IsoWeekday } from './forecast-intervals';

/** An explicit coverage target as stored: a weekday pattern or one date, "HH:mm" to "HH:mm" (or "24:00"). */
export interface ExplicitTarget {
  weekday: number | null;
  date: string | null;
  localStart: string;
  localEnd: string;
  headcount: number;
}

/** A target for one date, in the shape of the desk data the roster solver reads (seeds/desk-data.ts DeskCoverageTarget). */
export interface DatedCoverageTarget {
  queueKey: string;
  weekday: null;
  date: string;
  localStart: string;
  localEnd: string;
  headcount: number;
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Explicit targets as per-interval head-count overrides on the forecast's grid: every grid slot a
 * target overlaps takes its head count (the highest, if targets off the grid share a slot). They
 * apply to both passes through a repeated hour.
 *
 * @example
 * targetsAsOverrides([{ weekday: 1, date: null, localStart: '08:15', localEnd: '09:00', headcount: 3 }], 30);
 * // [{ weekday: 1, date: null, localStart: '08:00', headcount: 3 }, { ..., localStart: '08:30', headcount: 3 }]
 */
export function targetsAsOverrides(targets: readonly ExplicitTarget[], intervalMinutes: number): HeadcountOverride[] {
  const bySlot = new Map<string, HeadcountOverride>();
  for (const target of targets) {
    const first = Math.floor(toMinutes(target.localStart) / intervalMinutes) * intervalMinutes;
    for (let minute = first; minute < toMinutes(target.localEnd); minute += intervalMinutes) {
      const key = `${target.date ?? target.weekday}|${minute}`;
      const current = bySlot.get(key);
      if (current && current.headcount >= target.headcount) continue;
      bySlot.set(key, { weekday: target.weekday as IsoWeekday | null, date: target.date, localStart: toHhmm(minute), headcount: target.headcount });
    }
  }
  return [...bySlot.values()];
}

/**
 * The explicit ranges that hold on one date: its dated targets, and its weekday's targets with
 * the parts a dated target covers cut away (a date overrides its weekday pattern where they overlap).
 */
export function explicitRangesOn(targets: readonly ExplicitTarget[], date: string, weekday: number): ExplicitTarget[] {
  const dated = targets.filter((target) => target.date === date);
  const weekly = targets.filter((target) => target.date === null && target.weekday === weekday);
  const pieces: ExplicitTarget[] = [...dated];
  for (const target of weekly) {
    let parts: [number, number][] = [[toMinutes(target.localStart), toMinutes(target.localEnd)]];
    for (const cut of dated) {
      const [cutStart, cutEnd] = [toMinutes(cut.localStart), toMinutes(cut.localEnd)];
      parts = parts.flatMap(([start, end]): [number, number][] => (cutEnd <= start || end <= cutStart ? [[start, end]]
        : [[start, cutStart], [cutEnd, end]].filter(([from, to]) => from < to) as [number, number][]));
    }
    for (const [start, end] of parts) pieces.push({ ...target, localStart: toHhmm(start), localEnd: toHhmm(end) });
  }
  return pieces;
}

/**
 * The wall-clock minutes an interval occupies. Across a fall-back change the clock runs back, so
 * an interval ending in the repeated hour (01:30 EDT to 01:00 EST) ends "before" it starts: it
 * occupies its real length from its start on the wall clock instead.
 */
function wallRange(interval: CoverageInterval): [number, number] {
  const start = toMinutes(interval.localTime);
  const end = toMinutes(interval.localEndTime);
  return end > start ? [start, end] : [start, start + (Date.parse(interval.end) - Date.parse(interval.start)) / 60_000];
}

/**
 * Dated targets for one queue over a period: the explicit targets that hold on each date, plus
 * every derived interval no explicit target of that date overlaps. The two passes through a
 * repeated hour share one local range, so they become one target with the higher head count (the
 * roster counts a local range in real minutes: 01:00-02:00 on a fall-back day lasts two hours).
 *
 * @example
 * datedCoverageTargets('7', derivedIntervals, [{ weekday: 1, date: null, localStart: '09:00', localEnd: '10:00', headcount: 5 }], ['2026-03-02']);
 * // derived 08:30-09:00 and 10:00-10:30 kept; 09:00-10:00 from the explicit target, head count 5
 */
export function datedCoverageTargets(
  queueKey: string, derived: readonly CoverageInterval[], targets: readonly ExplicitTarget[], dates: readonly { date: string; weekday: number }[],
): DatedCoverageTarget[] {
  const derivedByDate = new Map<string, CoverageInterval[]>();
  for (const interval of derived) {
    const ofDate = derivedByDate.get(interval.localDate);
    if (ofDate) ofDate.push(interval);
    else derivedByDate.set(interval.localDate, [interval]);
  }
  const result: DatedCoverageTarget[] = [];
  for (const { date, weekday } of dates) {
    const explicit = explicitRangesOn(targets, date, weekday).map((t) => [toMinutes(t.localStart), toMinutes(t.localEnd), t] as const);
    const byRange = new Map<string, DatedCoverageTarget>();
    for (const [, , target] of explicit) {
      byRange.set(`${target.localStart}-${target.localEnd}`, { queueKey, weekday: null, date, localStart: target.localStart, localEnd: target.localEnd, headcount: target.headcount });
    }
    for (const interval of derivedByDate.get(date) ?? []) {
      const [start, end] = wallRange(interval);
      if (explicit.some(([from, to]) => from < end && start < to)) continue;
      const key = `${toHhmm(start)}-${toHhmm(end)}`;
      const headcount = Math.max(byRange.get(key)?.headcount ?? 0, interval.requiredHeadcount);
      byRange.set(key, { queueKey, weekday: null, date, localStart: toHhmm(start), localEnd: toHhmm(end), headcount });
    }
    result.push(...[...byRange.values()].sort((a, b) => a.localStart.localeCompare(b.localStart) || a.localEnd.localeCompare(b.localEnd)));
  }
  return result;
}
