import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Options for the configured database. MySQL/MariaDB keeps instants in UTC (`timezone: 'Z'`);
 * SQLite is the embedded default (a file, or ':memory:' in tests). Never `synchronize`:
 * migrations are the only way the schema changes.
 */
export function dataSourceOptions(db: DatabaseConfig, extra: DataSourceExtras = {}): DataSourceOptions {
  const common = { entities, migrations, namingStrategy: new SnakeNamingStrategy(), synchronize: false, logging: false, ...extra } as const;
  if (db.kind === 'mysql') {
    return { ...common, type: 'mysql', url: db.url, timezone: 'Z', charset: 'utf8mb4_unicode_ci', dateStrings: ['DATE'] };
  }
  return { ...common, type: 'better-sqlite3', database: db.path, enableWAL: db.path !== ':memory:', prepareDatabase: enableForeignKeys };
}

function enableForeignKeys(db: { pragma(source: string): unknown }): void {
  db.pragma('foreign_keys = ON');
}

/** Optional additions, e.g. a logger that counts statements in tests. */
export interface DataSourceExtras {
  readonly logger?: Logger;
}

/** Connects and brings the schema up to date; the caller owns the returned DataSource. */
export async function openDatabase(db: DatabaseConfig, extra: DataSourceExtras = {}): Promise<DataSource> {
  if (db.kind === 'sqlite' && db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  const dataSource = new DataSource(dataSourceOptions(db, extra));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
