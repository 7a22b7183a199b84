import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { QueueEntity, QueueSkillEntity, SkillEntity } from '../entities';

/** A queue's required skill with the skill's code. */
export interface RequiredSkillRow {
  queueId: number;
  skillId: number;
  skillCode: string;
  minimumProficiency: number;
}

export class QueueRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(QueueEntity);
  }

  findById(id: number): Promise<QueueEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByClientIds(clientIds: readonly number[]): Promise<QueueEntity[]> {
    return this.repo.find({ where: { clientId: In([...clientIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findByClientAndName(clientId: number, name: string): Promise<QueueEntity | null> {
    return this.repo.findOneBy({ clientId, name });
  }

  async insert(values: Pick<QueueEntity, 'clientId' | 'name' | 'channel'>): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, active: true }));
    return saved.id;
  }

  async update(id: number, patch: Partial<Pick<QueueEntity, 'name' | 'channel' | 'active'>>): Promise<void> {
    if (Object.keys(patch).length > 0) await this.repo.update({ id }, patch);
  }

  /** Required skills of these queues with the skill codes, by skill code. */
  async findRequiredSkillsByQueueIds(queueIds: readonly number[]): Promise<RequiredSkillRow[]> {
    const rows = await this.db
      .createQueryBuilder(QueueSkillEntity, 'qs')
      .innerJoin(SkillEntity, 's', 's.id = qs.skill_id')
      .select(['qs.queue_id AS queueId', 'qs.skill_id AS skillId', 's.code AS skillCode', 'qs.minimum_proficiency AS minimumProficiency'])
      .where('qs.queue_id IN (:...queueIds)', { queueIds: [...queueIds] })
      .orderBy('s.code')
      .getRawMany<RequiredSkillRow>();
    return rows.map((r) => ({ queueId: Number(r.queueId), skillId: Number(r.skillId), skillCode: r.skillCode, minimumProficiency: Number(r.minimumProficiency) }));
  }

  /** Replaces the queue's required skills with `skills`. */
  async replaceRequiredSkills(queueId: number, skills: readonly { skillId: number; minimumProficiency: number }[]): Promise<void> {
    const repo = this.db.getRepository(QueueSkillEntity);
    await repo.delete({ queueId });
    if (skills.length > 0) await repo.insert(skills.map((s) => ({ queueId, ...s })));
  }

  /** Which of these skill ids exist. */
  async findExistingSkillIds(ids: readonly number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.getRepository(SkillEntity).find({ where: { id: In([...ids]) }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }
}
