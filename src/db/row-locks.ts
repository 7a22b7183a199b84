import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

/**
 * Locks the rows a query reads until the surrounding transaction ends, on MySQL/MariaDB. SQLite
 * has a single connection and one writer at a time (and the store runs its transactions one
 * after another there), so it reads plainly.
 */
export function lockForWrite<T extends object>(db: DataSource | EntityManager, query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const dataSource = 'options' in db ? db : db.dataSource;
  return dataSource.options.type === 'mysql' ? query.setLock('pessimistic_write') : query;
}
