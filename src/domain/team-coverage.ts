import { DateTime } from 'luxon';

/** A coverage target row: a weekday pattern (1 = Monday) or one date, local "HH:mm" in the client's zone. */
export interface CoverageTargetRule {
  readonly queueId: number;
  readonly weekday: number | null;
  readonly onDate: string | null;
  readonly localStart: string;
  readonly localEnd: string;
  readonly headcount: number;
}

/** A target made concrete: analysts required on a queue between two instants. */
export interface CoverageInterval {
  readonly queueId: number;
  readonly start: string;
  readonly end: string;
  readonly target: number;
}

/** Someone working a queue between two instants. */
export interface WorkedWindow {
  readonly queueId: number;
  readonly start: string;
  readonly end: string;
}

const instantCache = new Map<string, string>();

/**
 * The UTC instant of a local date and "HH:mm" in a zone ("24:00" is the next midnight). Memoised:
 * luxon's zone arithmetic is slow next to a request's budget, and the same few hundred local
 * times recur on every team view. The cache is bounded by clearing it when full.
 */
function localInstant(date: string, hhmm: string, zone: string): string {
  const key = `${zone}|${date}|${hhmm}`;
  let instant = instantCache.get(key);
  if (instant === undefined) {
    const base = DateTime.fromISO(date, { zone });
    const [h, m] = hhmm.split(':').map(Number);
    instant = (hhmm === '24:00' ? base.plus({ days: 1 }).startOf('day') : base.set({ hour: h, minute: m })).toUTC().toISO()!;
    if (instantCache.size >= 50000) instantCache.clear();
    instantCache.set(key, instant);
  }
  return instant;
}

/**
 * Coverage targets as real instants for each date, in the client's zone, by the rule the roster
 * builder uses: a dated target replaces its queue's weekday pattern on that date; "24:00" is the
 * next midnight; an interval that DST makes empty is dropped. So a 00:00-07:00 target on the US
 * spring-forward Sunday lasts 6 real hours.
 *
 * @example expandCoverageTargets([{ queueId: 1, weekday: 1, onDate: null, localStart: '08:00', localEnd: '12:00', headcount: 3 }], 'America/Chicago', ['2026-03-02'])
 *          // [{ queueId: 1, start: '2026-03-02T14:00:00.000Z', end: '2026-03-02T18:00:00.000Z', target: 3 }]
 */
export function expandCoverageTargets(rules: readonly CoverageTargetRule[], zone: string, dates: readonly string[]): CoverageInterval[] {
  const dated = new Set(rules.filter((r) => r.onDate !== null).map((r) => `${r.queueId}|${r.onDate}`));
  const out: CoverageInterval[] = [];
  for (const date of dates) {
    const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
    for (const r of rules) {
      const applies = r.onDate !== null ? r.onDate === date : r.weekday === weekday && !dated.has(`${r.queueId}|${date}`);
      if (!applies) continue;
      const start = localInstant(date, r.localStart, zone);
      const end = localInstant(date, r.localEnd, zone);
      if (Date.parse(end) <= Date.parse(start)) continue;
      out.push({ queueId: r.queueId, start, end, target: r.headcount });
    }
  }
  return out.sort((a, b) => a.queueId - b.queueId || a.start.localeCompare(b.start));
}

/**
 * Analysts planned on an interval, counting each by the fraction of the interval their shift
 * overlaps: the solver's evaluator counts coverage the same way, so a shift ending half way
 * through an hour adds 0.5.
 * @example plannedCoverage({ queueId: 1, start: '...T08:00Z', end: '...T09:00Z', target: 2 }, [{ queueId: 1, start: '...T07:00Z', end: '...T08:30Z' }]) // 0.5
 */
export function plannedCoverage(interval: CoverageInterval, worked: readonly WorkedWindow[]): number {
  const start = Date.parse(interval.start);
  const end = Date.parse(interval.end);
  return worked
    .filter((w) => w.queueId === interval.queueId)
    .reduce((sum, w) => sum + Math.max(0, Math.min(end, Date.parse(w.end)) - Math.max(start, Date.parse(w.start))) / (end - start), 0);
}
