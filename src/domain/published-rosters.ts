import { periodDates, type DatePeriod } from './period';

/** A published roster as far as choosing the current one matters. */
export interface PublishedRosterRef {
  readonly id: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly siteIds: readonly number[];
  /** When it was published; later wins, then the higher id. */
  readonly publishedAt: string;
}

/** Dates [from, to] of one site for which `rosterId` is the roster in force. */
export interface RosterSegment {
  readonly rosterId: number;
  readonly siteId: number;
  readonly from: string;
  readonly to: string;
}

function newer(a: PublishedRosterRef, b: PublishedRosterRef): boolean {
  return a.publishedAt > b.publishedAt || (a.publishedAt === b.publishedAt && a.id > b.id);
}

/**
 * Which published roster is in force for each site and date of the period: the latest published
 * one covering that site and date. Rosters for other sites or overlapping periods stay in force
 * where no later roster covers them, so a partial re-publish never hides another site's shifts.
 * Contiguous dates of one roster and site are merged into one segment.
 *
 * @example rosterSegments([{ id: 1, startDate: '2026-03-02', endDate: '2026-03-15', siteIds: [3], publishedAt: '...' }], period)
 *          // [{ rosterId: 1, siteId: 3, from: '2026-03-02', to: '2026-03-15' }] clipped to the period
 */
export function rosterSegments(rosters: readonly PublishedRosterRef[], period: DatePeriod): RosterSegment[] {
  const sites = [...new Set(rosters.flatMap((r) => r.siteIds))].sort((a, b) => a - b);
  const segments: RosterSegment[] = [];
  for (const siteId of sites) {
    let open: { rosterId: number; from: string; to: string } | null = null;
    for (const date of periodDates(period)) {
      const winner = rosters
        .filter((r) => r.siteIds.includes(siteId) && r.startDate <= date && r.endDate >= date)
        .reduce<PublishedRosterRef | null>((best, r) => (best === null || newer(r, best) ? r : best), null);
      if (open && winner?.id === open.rosterId) {
        open.to = date;
        continue;
      }
      if (open) segments.push({ ...open, siteId });
      open = winner ? { rosterId: winner.id, from: date, to: date } : null;
    }
    if (open) segments.push({ ...open, siteId });
  }
  return segments;
}
