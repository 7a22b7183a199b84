import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { ForecastEntryEntity, QueueEntity, QueueForecastEntity } from '../entities';

export type QueueForecastValues = Pick<QueueForecastEntity, 'intervalMinutes' | 'handleTimeSeconds' | 'maxOccupancy' | 'shrinkage'>;
export type ForecastEntryValues = Pick<ForecastEntryEntity, 'weekday' | 'onDate' | 'localStart' | 'occurrence' | 'volume'>;

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

  /** Entries of these queues in insertion order, which is the order they were given. */
  findEntriesByQueueIds(queueIds: readonly number[]): Promise<ForecastEntryEntity[]> {
    if (queueIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(ForecastEntryEntity).find({ where: { queueId: In([...queueIds]) }, order: { queueId: 'ASC', id: 'ASC' } });
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
