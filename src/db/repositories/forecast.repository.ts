import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { ForecastEntryEntity, QueueEntity, QueueForecastEntity } from '../entities';

export type QueueForecastValues = Pick<QueueForecastEntity, 'intervalMinutes' | 'handleTimeSeconds' | 'maxOccupancy' | 'shrinkage'>;
export type ForecastEntryValues = Pick<ForecastEntryEntity, 'weekday' | 'onDate' | 'localStart' | 'occurrence' | 'volume'>;
export type ForecastEntryRow = ForecastEntryValues & { queueId: number };

/** Queues' forecast settings and their entries. */
export class ForecastRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  findSettingsByQueueIds(queueIds: readonly number[]): Promise<QueueForecastEntity[]> {
    if (queueIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(QueueForecastEntity).find({ where: { queueId: In([...queueIds]) }, order: { queueId: 'ASC' } });
  }

  /** The queues among these ids, to find their clients. */
  findQueuesByIds(queueIds: readonly number[]): Promise<QueueEntity[]> {
    if (queueIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(QueueEntity).findBy({ id: In([...queueIds]) });
  }

  /**
   * Entries of these queues in the order given. Read raw: a month's derivation reads tens of
   * thousands of entries, and TypeORM's entity hydration would cost more than the Erlang maths.
   */
  async findEntriesByQueueIds(queueIds: readonly number[]): Promise<ForecastEntryRow[]> {
    if (queueIds.length === 0) return [];
    const rows = await this.db.createQueryBuilder(ForecastEntryEntity, 'e')
      .select(['e.queue_id AS queueId', 'e.weekday AS weekday', 'e.on_date AS onDate', 'e.local_start AS localStart', 'e.occurrence AS occurrence', 'e.volume AS volume'])
      .where('e.queue_id IN (:...queueIds)', { queueIds: [...queueIds] })
      .orderBy('e.queue_id').addOrderBy('e.id')
      .getRawMany<ForecastEntryRow>();
    return rows.map((row) => ({
      queueId: Number(row.queueId), weekday: row.weekday === null ? null : Number(row.weekday), onDate: row.onDate,
      localStart: row.localStart, occurrence: Number(row.occurrence), volume: Number(row.volume),
    }));
  }

  /** Replaces the queue's forecast settings and every entry; call inside a transaction. */
  async replace(queueId: number, settings: QueueForecastValues, entries: readonly ForecastEntryValues[]): Promise<void> {
    const settingsRepo = this.db.getRepository(QueueForecastEntity);
    const entryRepo = this.db.getRepository(ForecastEntryEntity);
    await entryRepo.delete({ queueId });
    await settingsRepo.delete({ queueId });
    await settingsRepo.insert({ ...settings, queueId });
    // Chunked so a year of dated half-hours stays within the databases' bound-parameter limits.
    for (let from = 0; from < entries.length; from += 500) {
      await entryRepo.insert(entries.slice(from, from + 500).map((entry) => ({ ...entry, queueId })));
    }
  }
}
