import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import {
  AnalystEntity, AnalystSkillEntity, ClientEntity, CoverageTargetEntity, QueueEntity, QueueSkillEntity, ShiftTemplateEntity, SkillEntity,
} from '../entities';

/** An analyst's public face on a roster, with the zone their schedule is read in. */
export interface AnalystFace {
  readonly id: number;
  readonly name: string;
  readonly siteId: number;
  /** The analyst's own zone, else the home site's. */
  readonly timeZone: string;
}

export interface AnalystSkillRow {
  readonly analystId: number;
  readonly skillId: number;
  readonly code: string;
  readonly name: string;
  readonly proficiency: number;
}

/**
 * The names and small facts rosters need about analysts, queues, clients, templates and skills,
 * each read for many ids in one statement: the one read path for both the draft review and the
 * published views (and their DataLoaders). Only public analyst columns leave this class: never
 * interests, preferences, requests, time off or rules.
 */
export class RosterDirectoryRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  async findAnalystFaces(ids: readonly number[]): Promise<AnalystFace[]> {
    if (ids.length === 0) return [];
    const rows: { id: number | string; name: string; site_id: number | string; zone: string }[] = await this.db
      .createQueryBuilder()
      .select(['a.id AS id', 'a.name AS name', 'a.site_id AS site_id', 'COALESCE(a.time_zone, s.time_zone) AS zone'])
      .from('analyst', 'a')
      .innerJoin('site', 's', 's.id = a.site_id')
      .where('a.id IN (:...ids)', { ids: [...ids] })
      .getRawMany();
    return rows.map((r) => ({ id: Number(r.id), name: r.name, siteId: Number(r.site_id), timeZone: r.zone }));
  }

  findQueues(ids: readonly number[]): Promise<QueueEntity[]> {
    return this.db.getRepository(QueueEntity).findBy({ id: In([...ids]) });
  }

  findQueuesOfClient(clientId: number): Promise<QueueEntity[]> {
    return this.db.getRepository(QueueEntity).find({ where: { clientId }, order: { name: 'ASC', id: 'ASC' } });
  }

  findClients(ids: readonly number[]): Promise<ClientEntity[]> {
    return this.db.getRepository(ClientEntity).findBy({ id: In([...ids]) });
  }

  findClient(id: number): Promise<ClientEntity | null> {
    return this.db.getRepository(ClientEntity).findOneBy({ id });
  }

  findShiftTemplates(ids: readonly number[]): Promise<ShiftTemplateEntity[]> {
    return this.db.getRepository(ShiftTemplateEntity).findBy({ id: In([...ids]) });
  }

  findQueueSkills(queueIds: readonly number[]): Promise<QueueSkillEntity[]> {
    return this.db.getRepository(QueueSkillEntity).findBy({ queueId: In([...queueIds]) });
  }

  findCoverageTargets(queueIds: readonly number[]): Promise<CoverageTargetEntity[]> {
    return this.db.getRepository(CoverageTargetEntity).find({ where: { queueId: In([...queueIds]) }, order: { id: 'ASC' } });
  }

  /** Proficiency of the given analysts in the given skills only, with the skill's code and name. */
  async findAnalystSkills(analystIds: readonly number[], skillIds: readonly number[]): Promise<AnalystSkillRow[]> {
    if (analystIds.length === 0 || skillIds.length === 0) return [];
    const rows: { analyst_id: number | string; skill_id: number | string; code: string; name: string; proficiency: number | string }[] = await this.db
      .createQueryBuilder()
      .select(['ask.analyst_id AS analyst_id', 'ask.skill_id AS skill_id', 'sk.code AS code', 'sk.name AS name', 'ask.proficiency AS proficiency'])
      .from(AnalystSkillEntity, 'ask')
      .innerJoin(SkillEntity, 'sk', 'sk.id = ask.skill_id')
      .where('ask.analyst_id IN (:...analystIds)', { analystIds: [...analystIds] })
      .andWhere('ask.skill_id IN (:...skillIds)', { skillIds: [...skillIds] })
      .orderBy('sk.code', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ analystId: Number(r.analyst_id), skillId: Number(r.skill_id), code: r.code, name: r.name, proficiency: Number(r.proficiency) }));
  }

  findAnalystByCalendarToken(token: string): Promise<AnalystEntity | null> {
    return this.db.getRepository(AnalystEntity).findOne({ where: { calendarToken: token }, select: { id: true } });
  }

  async findCalendarToken(analystId: number): Promise<{ token: string | null } | null> {
    const row = await this.db.getRepository(AnalystEntity).findOne({ where: { id: analystId }, select: { id: true, calendarToken: true } });
    return row && { token: row.calendarToken };
  }

  /**
   * Replaces the feed token. Plain SQL on purpose: TypeORM's update would bump the analyst's
   * version, and a rotated feed must not make someone's open profile edit CONFLICT.
   */
  async setCalendarToken(analystId: number, token: string): Promise<void> {
    await this.db.query('UPDATE analyst SET calendar_token = ? WHERE id = ?', [token, analystId]);
  }
}
