import type { DataSource, EntityManager } from 'typeorm';
import { In, MoreThan } from 'typeorm';
import { RosterAssignmentEntity, RosterEntity } from '../entities';
import { rosterScopeKey } from '../entities/roster.entity';
import { lockForWrite } from '../row-locks';
import { updateVersioned } from './versioned-update';

export type NewRoster = Pick<RosterEntity, 'startDate' | 'endDate' | 'siteIds' | 'solveStatus' | 'method' | 'objective' | 'bound' | 'gap' | 'figures' | 'seconds' | 'jobId'>;
export type NewAssignment = Omit<RosterAssignmentEntity, 'id' | 'rosterId'>;
export type RosterPatch = Partial<Pick<RosterEntity, 'status' | 'publishedVersion' | 'publishedAt' | 'objective' | 'figures'>>;

/** Rosters and their assignments. Site sets are stored sorted, so equal sets compare as equal text. */
export class RosterRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get rosters() {
    return this.db.getRepository(RosterEntity);
  }

  private get assignments() {
    return this.db.getRepository(RosterAssignmentEntity);
  }

  /** A draft with all its assignments; call inside a transaction. */
  async insertDraft(roster: NewRoster, rows: readonly NewAssignment[]): Promise<number> {
    const saved = await this.rosters.save(this.rosters.create({ ...roster, scopeKey: rosterScopeKey(roster.startDate, roster.endDate, roster.siteIds), status: 'draft', publishedVersion: null, publishedAt: null }));
    for (let i = 0; i < rows.length; i += 200) {
      await this.assignments.insert(rows.slice(i, i + 200).map((row) => ({ ...row, rosterId: saved.id })));
    }
    return saved.id;
  }

  findById(id: number): Promise<RosterEntity | null> {
    return this.rosters.findOneBy({ id });
  }

  /** Rosters of exactly this period and site set, newest first. */
  findForPeriod(startDate: string, endDate: string, siteIds: readonly number[], statuses?: readonly string[]): Promise<RosterEntity[]> {
    return this.rosters.createQueryBuilder('r')
      .where('r.start_date = :startDate AND r.end_date = :endDate AND r.site_ids = :sites', { startDate, endDate, sites: JSON.stringify([...siteIds]) })
      .andWhere(statuses ? 'r.status IN (:...statuses)' : '1 = 1', { statuses })
      .orderBy('r.id', 'DESC').getMany();
  }

  /**
   * Every roster of the period and site set, read in a transaction so that on MySQL it sees the
   * latest committed rows and locks them until the transaction ends.
   */
  findForPeriodLocked(startDate: string, endDate: string, siteIds: readonly number[]): Promise<RosterEntity[]> {
    const query = this.rosters.createQueryBuilder('r').where('r.scope_key = :key', { key: rosterScopeKey(startDate, endDate, siteIds) }).orderBy('r.id', 'DESC');
    return lockForWrite(this.db, query).getMany();
  }

  update(id: number, version: number, patch: RosterPatch): Promise<void> {
    const em = 'manager' in this.db ? this.db.manager : this.db;
    return updateVersioned(em, RosterEntity, 'Roster', id, version, patch);
  }

  findAssignments(rosterId: number): Promise<RosterAssignmentEntity[]> {
    return this.assignments.find({ where: { rosterId }, order: { id: 'ASC' } });
  }

  /** One page in id order, after the cursor's id. */
  findAssignmentPage(rosterId: number, afterId: number, limit: number): Promise<RosterAssignmentEntity[]> {
    return this.assignments.find({ where: { rosterId, id: MoreThan(afterId) }, order: { id: 'ASC' }, take: limit });
  }

  countAssignments(rosterId: number): Promise<number> {
    return this.assignments.countBy({ rosterId });
  }

  findAssignmentById(id: number): Promise<RosterAssignmentEntity | null> {
    return this.assignments.findOneBy({ id });
  }

  findAssignmentsByIds(ids: readonly number[]): Promise<RosterAssignmentEntity[]> {
    return this.assignments.findBy({ id: In([...ids]) });
  }

  async insertAssignment(rosterId: number, row: NewAssignment): Promise<number> {
    const result = await this.assignments.insert({ ...row, rosterId });
    return Number(result.identifiers[0].id);
  }

  async updateAssignment(id: number, patch: Partial<NewAssignment>): Promise<void> {
    await this.assignments.update({ id }, patch);
  }

  async deleteAssignment(id: number): Promise<void> {
    await this.assignments.delete({ id });
  }
}
