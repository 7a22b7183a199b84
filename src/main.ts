import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import type { AddressInfo } from 'node:net';
import { buildApp } from './api/app';
import { mintToken } from './api/auth/jwt';
import { AppConfig, ConfigError, loadConfig } from './config';
import { openDatabase } from './db/data-source';
import { createStore } from './db/store';
import { systemClock } from './domain/clock';
import { createLogger } from './logger';
import { generateDesk } from '../seeds/generator';
import { isEmptyDesk, loadDesk } from '../seeds/load-desk';

/**
 * `npm start`: validates config, applies migrations, loads the demo desk into an empty embedded
 * database, serves GraphQL and prints the URL with ready-to-paste development tokens.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const dataSource = await openDatabase(config.database);
  const demo = await seedDemoIfNew(config, dataSource);
  if (demo) log.info(demo, 'loaded the demo desk into the new embedded database');
  const store = createStore(dataSource);
  const { express, services } = buildApp({ config, store, log, clock: systemClock });
  const interrupted = await services.rosterJobs.recoverInterrupted();
  if (interrupted) log.warn({ jobs: interrupted }, 'roster jobs left unfinished by the previous process were marked failed');
  const server = express.listen(config.port, config.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://${['0.0.0.0', '127.0.0.1'].includes(config.host) ? 'localhost' : config.host}:${port}/graphql`;
  log.info({ url, database: config.database.kind }, 'deskalign is ready');
  await printWelcome(config, url, await demoIds(dataSource));

  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    server.close();
    await services.rosterJobs.idle();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** The embedded database is filled with the demo desk once, on its first start; MySQL only by `npm run seed`. */
async function seedDemoIfNew(config: AppConfig, dataSource: DataSource): Promise<{ analysts: number; clients: number } | null> {
  if (config.database.kind !== 'sqlite' || !config.seedDemoOnEmptySqlite || !(await isEmptyDesk(dataSource))) return null;
  const desk = generateDesk('demo');
  await loadDesk(dataSource, desk);
  return { analysts: desk.analysts.length, clients: desk.clients.length };
}

/** The lowest active analyst and client ids, for example tokens. */
async function demoIds(dataSource: DataSource): Promise<{ analystId: number | null; clientId: number | null }> {
  const [analyst] = await dataSource.query('SELECT MIN(id) AS id FROM analyst WHERE active = ?', [true]);
  const [client] = await dataSource.query('SELECT MIN(id) AS id FROM client WHERE active = ?', [true]);
  return { analystId: analyst?.id ?? null, clientId: client?.id ?? null };
}

async function printWelcome(config: AppConfig, url: string, ids: { analystId: number | null; clientId: number | null }): Promise<void> {
  const lines = [`\ndeskalign is serving GraphQL at ${url} (database: ${config.database.kind === 'sqlite' ? config.database.path : 'MySQL'})`];
  if (config.jwt.secret) {
    lines.push('Development tokens (send as "Authorization: Bearer <token>"):');
    lines.push(`  scheduler:                 ${await mintToken(config.jwt, { role: 'scheduler' })}`);
    if (ids.analystId) lines.push(`  analyst ${ids.analystId}:                 ${await mintToken(config.jwt, { role: 'analyst', analystId: ids.analystId })}`);
    if (ids.clientId) {
      lines.push(`  client manager (client ${ids.clientId}): ${await mintToken(config.jwt, { role: 'client_manager', clientIds: [ids.clientId] })}`);
    }
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
