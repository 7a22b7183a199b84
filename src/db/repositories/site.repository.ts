import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { SiteEntity } from '../entities';
import { updateVersioned } from './versioned-update';

export class SiteRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(SiteEntity);
  }

  findAll(includeInactive: boolean): Promise<SiteEntity[]> {
    return this.repo.find({ where: includeInactive ? {} : { active: true }, order: { name: 'ASC', id: 'ASC' } });
  }

  findById(id: number): Promise<SiteEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly number[]): Promise<SiteEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findByName(name: string): Promise<SiteEntity | null> {
    return this.repo.findOneBy({ name });
  }

  async insert(values: Pick<SiteEntity, 'name' | 'timeZone' | 'shrinkage' | 'rules'>): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, active: true }));
    return saved.id;
  }

  update(id: number, version: number, patch: Partial<Pick<SiteEntity, 'name' | 'timeZone' | 'shrinkage' | 'rules' | 'active'>>) {
    const em = 'manager' in this.db ? this.db.manager : this.db;
    return updateVersioned(em, SiteEntity, 'Site', id, version, patch);
  }
}
