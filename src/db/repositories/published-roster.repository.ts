import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Brackets } from 'typeorm';
import type { RosterSegment } from '../../domain/published-rosters';
import { RosterAssignmentEntity, RosterEntity } from '../entities';

/** Who the assignments are for; the segments say which roster is in force for each site and date. */
export interface AssignmentFilter {
  readonly segments: readonly RosterSegment[];
  readonly analystId?: number;
  readonly clientId?: number;
  /** Keyset paging: rows after this (date, id) in (date, id) order. */
  readonly after?: { readonly date: string; readonly id: number };
  readonly limit?: number;
}

/** Published rosters and their assignments, read in a few statements whatever their size. */
export class PublishedRosterRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** Rosters in status published whose period overlaps [startDate, endDate]. */
  findPublishedOverlapping(startDate: string, endDate: string): Promise<RosterEntity[]> {
    return this.db.getRepository(RosterEntity).createQueryBuilder('r')
      .where('r.status = :status', { status: 'published' })
      .andWhere('r.start_date <= :endDate AND r.end_date >= :startDate', { startDate, endDate })
      .orderBy('r.id', 'ASC')
      .getMany();
  }

  /**
   * Assignments in force by the segments, for one analyst, one client's queues, or everyone,
   * ordered by date then id. One statement; an empty segment list matches nothing.
   */
  async findAssignments(filter: AssignmentFilter): Promise<RosterAssignmentEntity[]> {
    if (filter.segments.length === 0) return [];
    const qb = this.db.getRepository(RosterAssignmentEntity).createQueryBuilder('ra')
      .innerJoin('analyst', 'a', 'a.id = ra.analyst_id');
    inForce(qb, filter.segments);
    if (filter.analystId !== undefined) qb.andWhere('ra.analyst_id = :analystId', { analystId: filter.analystId });
    if (filter.clientId !== undefined) {
      qb.innerJoin('queue', 'q', 'q.id = ra.queue_id').andWhere('q.client_id = :clientId', { clientId: filter.clientId });
    }
    if (filter.after) {
      qb.andWhere('(ra.on_date > :afterDate OR (ra.on_date = :afterDate AND ra.id > :afterId))', { afterDate: filter.after.date, afterId: filter.after.id });
    }
    qb.orderBy('ra.on_date', 'ASC').addOrderBy('ra.id', 'ASC');
    if (filter.limit !== undefined) qb.limit(filter.limit);
    return qb.getMany();
  }
}

/** (roster, analyst's site, date range) triples: the rows of the roster in force and nothing superseded. */
function inForce(qb: SelectQueryBuilder<RosterAssignmentEntity>, segments: readonly RosterSegment[]): void {
  qb.where(new Brackets((any) => {
    segments.forEach((s, i) => {
      any.orWhere(`(ra.roster_id = :r${i} AND a.site_id = :s${i} AND ra.on_date BETWEEN :f${i} AND :t${i})`, {
        [`r${i}`]: s.rosterId, [`s${i}`]: s.siteId, [`f${i}`]: s.from, [`t${i}`]: s.to,
      });
    });
  }));
}
