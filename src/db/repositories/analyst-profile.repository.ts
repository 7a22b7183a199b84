import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AnalystRequestEntity, AnalystShiftPreferenceEntity, AnalystSkillEntity, ShiftTemplateEntity, TimeOffEntity } from '../entities';

type Rows<E> = Omit<E, 'id' | 'analystId'>[];

/** An analyst's skill levels, shift preferences, shift requests and time off. */
export class AnalystProfileRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  findSkillsOf(analystIds: readonly number[]): Promise<AnalystSkillEntity[]> {
    return this.db.getRepository(AnalystSkillEntity).find({ where: { analystId: In([...analystIds]) }, order: { skillId: 'ASC' } });
  }

  /** Replaces the analyst's skill levels; call inside a transaction. */
  async replaceSkills(analystId: number, rows: Rows<AnalystSkillEntity>): Promise<void> {
    const repo = this.db.getRepository(AnalystSkillEntity);
    await repo.delete({ analystId });
    if (rows.length > 0) await repo.insert(rows.map((row) => ({ ...row, analystId })));
  }

  findPreferencesOf(analystIds: readonly number[]): Promise<AnalystShiftPreferenceEntity[]> {
    return this.db.getRepository(AnalystShiftPreferenceEntity).find({ where: { analystId: In([...analystIds]) }, order: { shiftTemplateId: 'ASC' } });
  }

  /** Replaces the analyst's shift preferences; call inside a transaction. */
  async replacePreferences(analystId: number, rows: Rows<AnalystShiftPreferenceEntity>): Promise<void> {
    const repo = this.db.getRepository(AnalystShiftPreferenceEntity);
    await repo.delete({ analystId });
    if (rows.length > 0) await repo.insert(rows.map((row) => ({ ...row, analystId })));
  }

  /** Shift templates among `ids` at the given site. */
  findTemplatesAtSite(siteId: number, ids: readonly number[]): Promise<ShiftTemplateEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(ShiftTemplateEntity).findBy({ siteId, id: In([...ids]) });
  }

  findRequestsOf(analystIds: readonly number[]): Promise<AnalystRequestEntity[]> {
    return this.db.getRepository(AnalystRequestEntity).find({ where: { analystId: In([...analystIds]) }, order: { onDate: 'ASC', id: 'ASC' } });
  }

  findRequestById(id: number): Promise<AnalystRequestEntity | null> {
    return this.db.getRepository(AnalystRequestEntity).findOneBy({ id });
  }

  async insertRequest(values: Omit<AnalystRequestEntity, 'id'>): Promise<number> {
    const repo = this.db.getRepository(AnalystRequestEntity);
    return (await repo.save(repo.create(values))).id;
  }

  async deleteRequest(id: number): Promise<void> {
    await this.db.getRepository(AnalystRequestEntity).delete({ id });
  }

  findTimeOffOf(analystIds: readonly number[]): Promise<TimeOffEntity[]> {
    return this.db.getRepository(TimeOffEntity).find({ where: { analystId: In([...analystIds]) }, order: { startDate: 'ASC', id: 'ASC' } });
  }

  findTimeOffById(id: number): Promise<TimeOffEntity | null> {
    return this.db.getRepository(TimeOffEntity).findOneBy({ id });
  }

  async insertTimeOff(values: Omit<TimeOffEntity, 'id'>): Promise<number> {
    const repo = this.db.getRepository(TimeOffEntity);
    return (await repo.save(repo.create(values))).id;
  }

  /** Sets the status only if it is still `from`; false when someone else decided first. */
  async decideTimeOff(id: number, from: string, to: string): Promise<boolean> {
    const result = await this.db.getRepository(TimeOffEntity).update({ id, status: from }, { status: to });
    return result.affected === 1;
  }

  async deleteTimeOff(id: number): Promise<void> {
    await this.db.getRepository(TimeOffEntity).delete({ id });
  }
}
