import type { DatabaseConfig } from '../../src/config';

export type TestDatabaseKind = 'sqlite' | 'mysql';

/**
 * The databases the database suites run on: always SQLite (in memory); MySQL/MariaDB too when
 * TEST_DATABASE_URL is set. Use with `describe.each(testDatabases())('... [%s]', (kind) => ...)`.
 */
export function testDatabases(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

/**
 * A database of its own for this jest worker: an in-memory SQLite, or on MySQL a database named
 * after TEST_DATABASE_URL's with the worker id appended, dropped and created afresh.
 */
export async function freshDatabaseConfig(kind: TestDatabaseKind): Promise<DatabaseConfig> {
  if (kind === 'sqlite') return { kind: 'sqlite', path: ':memory:' };
  const base = new URL(process.env.TEST_DATABASE_URL ?? '');
  const name = `${base.pathname.slice(1) || 'test'}_w${process.env.JEST_WORKER_ID ?? '0'}`;
  const { createConnection } = await import('mysql2/promise');
  const admin = await createConnection({ host: base.hostname, port: Number(base.port || 3306), user: decodeURIComponent(base.username), password: decodeURIComponent(base.password) });
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return { kind: 'mysql', url: url.toString() };
}
