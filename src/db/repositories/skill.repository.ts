import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { SkillEntity } from '../entities';

export class SkillRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(SkillEntity);
  }

  findAll(includeInactive: boolean): Promise<SkillEntity[]> {
    return this.repo.find({ where: includeInactive ? {} : { active: true }, order: { name: 'ASC', id: 'ASC' } });
  }

  findById(id: number): Promise<SkillEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly number[]): Promise<SkillEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.repo.findBy({ id: In([...ids]) });
  }

  findByCode(code: string): Promise<SkillEntity | null> {
    return this.repo.findOneBy({ code });
  }

  async insert(values: Pick<SkillEntity, 'code' | 'name' | 'category'>): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, active: true }));
    return saved.id;
  }

  async update(id: number, patch: Partial<Pick<SkillEntity, 'code' | 'name' | 'category' | 'active'>>): Promise<void> {
    if (Object.keys(patch).length > 0) await this.repo.update({ id }, patch);
  }
}
