import type { Repositories } from '../db/store';
import type { RosterAssignmentEntity } from '../db/entities';
import { localWallTime, type DatePeriod } from '../domain/period';
import { rosterSegments, type RosterSegment } from '../domain/published-rosters';
import type { PublishedAssignmentView } from '../domain/roster-view';

/** Which published roster is in force for each site and date of the period (two reads at most). */
export async function segmentsInForce(repos: Repositories, period: DatePeriod): Promise<RosterSegment[]> {
  const rosters = await repos.publishedRosters.findPublishedOverlapping(period.startDate, period.endDate);
  return rosterSegments(rosters.map((r) => ({
    id: r.id, startDate: r.startDate, endDate: r.endDate, siteIds: r.siteIds,
    publishedAt: (r.publishedAt ?? r.createdAt).toISOString(),
  })), period);
}

/** An assignment row as the API shows it, with wall-clock times in `zone`. */
export function toAssignmentView(row: RosterAssignmentEntity, zone: string): PublishedAssignmentView {
  const start = row.startAt.toISOString();
  const end = row.endAt.toISOString();
  return {
    id: String(row.id), rosterId: String(row.rosterId), analystId: row.analystId, queueId: row.queueId, shiftTemplateId: row.shiftTemplateId,
    date: row.onDate, start, end, timeZone: zone, localStart: localWallTime(start, zone), localEnd: localWallTime(end, zone),
    paidMinutes: row.paidMinutes, night: row.night,
  };
}
