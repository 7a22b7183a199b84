import pino from 'pino';
import type { DataSource, Logger } from 'typeorm';
import { buildApp, App } from '../../src/api/app';
import { mintToken, TokenClaims } from '../../src/api/auth/jwt';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/data-source';
import { createStore } from '../../src/db/store';
import { fixedClock } from '../../src/domain/clock';
import { freshDatabaseConfig, TestDatabaseKind } from './test-databases';

export const TEST_NOW = '2026-03-02T09:00:00Z';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

export interface TestApp {
  readonly app: App;
  readonly dataSource: DataSource;
  /** Runs an operation in-process as the given token's bearer (or anonymously). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: TokenClaims | null): Promise<GraphQLResult<T>>;
  /** Deletes every row, so each test starts from empty tables on a migrated schema. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export const SCHEDULER: TokenClaims = { role: 'scheduler' };
export const ADMIN: TokenClaims = { role: 'admin' };

/** A migrated database of the given kind and the app over it, with a fixed clock. */
export async function createTestApp(kind: TestDatabaseKind, options: { logger?: Logger } = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const dataSource = await openDatabase(await freshDatabaseConfig(kind), options);
  const app = buildApp({ config, store: createStore(dataSource), log: pino({ level: 'silent' }), clock: fixedClock(TEST_NOW) });
  return {
    app,
    dataSource,
    async gql(query, variables = {}, as = SCHEDULER) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as) headers.authorization = `Bearer ${await mintToken(config.jwt, as)}`;
      const response = await app.fetch('http://deskalign.test/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as never;
    },
    reset: () => deleteAllRows(dataSource),
    close: () => dataSource.destroy(),
  };
}

/** Empties every table; foreign key checks are off (MySQL) or deferred to commit (SQLite) meanwhile. */
async function deleteAllRows(dataSource: DataSource): Promise<void> {
  const mysql = dataSource.options.type === 'mysql';
  await dataSource.transaction(async (em) => {
    await em.query(mysql ? 'SET FOREIGN_KEY_CHECKS = 0' : 'PRAGMA defer_foreign_keys = ON');
    for (const { tableName } of dataSource.entityMetadatas) await em.query(`DELETE FROM ${dataSource.driver.escape(tableName)}`);
    if (mysql) await em.query('SET FOREIGN_KEY_CHECKS = 1');
  });
}

/** The error codes of a result, for compact assertions. */
export function errorCodes(result: GraphQLResult): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
