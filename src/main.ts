import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { buildApp } from './api/app';
import { mintToken } from './api/auth/jwt';
import { AppConfig, ConfigError, loadConfig } from './config';
import { openDatabase } from './db/data-source';
import { createStore } from './db/store';
import { systemClock } from './domain/clock';
import { createLogger } from './logger';

/**
 * `npm start`: validates config, applies migrations, loads the demo desk into an empty embedded
 * database, serves GraphQL and prints the URL with ready-to-paste development tokens.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const dataSource = await openDatabase(config.database);
  const store = createStore(dataSource);
  const { express } = buildApp({ config, store, log, clock: systemClock });
  const server = express.listen(config.port, config.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  log.info({ url, database: config.database.kind }, 'deskalign is ready');
  await printWelcome(config, url);

  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    server.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

async function printWelcome(config: AppConfig, url: string): Promise<void> {
  const lines = [`\ndeskalign is serving GraphQL at ${url} (database: ${config.database.kind === 'sqlite' ? config.database.path : 'MySQL'})`];
  if (config.jwt.secret) {
    lines.push('Development tokens (send as "Authorization: Bearer <token>"):');
    lines.push(`  scheduler:       ${await mintToken(config.jwt, { role: 'scheduler' })}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
