import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { SiteEntity } from '../entities';
import { lockForWrite } from '../row-locks';
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

  /**
   * The ids of those of `ids` that exist, in a transaction: on MySQL their rows stay locked until
   * it ends, so writers that lock the same sites first take turns (always in id order, so two
   * writers never wait on each other crosswise).
   */
  async lockByIds(ids: readonly number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const query = this.repo.createQueryBuilder('s').select('s.id', 'id').where('s.id IN (:...ids)', { ids: [...ids] }).orderBy('s.id', 'ASC');
    return (await lockForWrite(this.db, query).getRawMany<{ id: number | string }>()).map((r) => Number(r.id));
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
