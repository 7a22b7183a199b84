import { loadConfig } from '../config';
import { openDatabase } from './data-source';

/** `npm run migrate`: applies pending migrations to the configured database and exits. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = await openDatabase(config.database);
  const applied = await dataSource.query(`SELECT COUNT(*) AS n FROM migrations`);
  console.log(`Migrations up to date (${applied[0].n} applied) on ${config.database.kind}.`);
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
