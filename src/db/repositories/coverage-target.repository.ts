import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { CoverageTargetEntity } from '../entities';

export type CoverageTargetValues = Pick<CoverageTargetEntity, 'queueId' | 'weekday' | 'onDate' | 'localStart' | 'localEnd' | 'headcount'>;

export class CoverageTargetRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(CoverageTargetEntity);
  }

  findById(id: number): Promise<CoverageTargetEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** Targets of these queues: weekday patterns first (by weekday), then dates, each by start. */
  async findByQueueIds(queueIds: readonly number[]): Promise<CoverageTargetEntity[]> {
    const rows = await this.repo.find({ where: { queueId: In([...queueIds]) } });
    // Sorted here, not in SQL, because SQLite and MySQL place NULLs differently.
    const key = (t: CoverageTargetEntity) => `${t.weekday === null ? `1${t.onDate}` : `0${t.weekday}`}|${t.localStart}|${String(t.id).padStart(10, '0')}`;
    return rows.sort((a, b) => key(a).localeCompare(key(b)));
  }

  async insert(values: CoverageTargetValues): Promise<number> {
    const saved = await this.repo.save(this.repo.create(values));
    return saved.id;
  }

  async update(id: number, patch: Partial<Omit<CoverageTargetValues, 'queueId'>>): Promise<void> {
    if (Object.keys(patch).length > 0) await this.repo.update({ id }, patch);
  }

  async delete(id: number): Promise<void> {
    await this.repo.delete({ id });
  }
}
