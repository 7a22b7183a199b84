import type { DataSource, EntityManager } from 'typeorm';
import { ShiftTemplateEntity } from '../entities';

export type ShiftTemplateValues = Pick<ShiftTemplateEntity, 'siteId' | 'code' | 'name' | 'localStart' | 'lengthMinutes' | 'paidMinutes' | 'night'>;

export class ShiftTemplateRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(ShiftTemplateEntity);
  }

  /** Templates of one site or of all, by site, start and code. */
  findAll(siteId: number | null, includeInactive: boolean): Promise<ShiftTemplateEntity[]> {
    const where = { ...(siteId === null ? {} : { siteId }), ...(includeInactive ? {} : { active: true }) };
    return this.repo.find({ where, order: { siteId: 'ASC', localStart: 'ASC', code: 'ASC' } });
  }

  findById(id: number): Promise<ShiftTemplateEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findBySiteAndCode(siteId: number, code: string): Promise<ShiftTemplateEntity | null> {
    return this.repo.findOneBy({ siteId, code });
  }

  async insert(values: ShiftTemplateValues): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, active: true }));
    return saved.id;
  }

  async update(id: number, patch: Partial<Omit<ShiftTemplateValues, 'siteId'> & { active: boolean }>): Promise<void> {
    if (Object.keys(patch).length > 0) await this.repo.update({ id }, patch);
  }
}
