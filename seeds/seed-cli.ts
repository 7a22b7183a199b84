import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/data-source';
import { generateDesk } from './generator';
import { isEmptyDesk, loadDesk } from './load-desk';

/** `npm run seed [-- --preset demo|S|M|L]`: loads a generated desk into the configured, empty database. */
async function main(): Promise<void> {
  const presetFlag = process.argv.indexOf('--preset');
  const preset = (presetFlag >= 0 ? process.argv[presetFlag + 1] : 'demo') as 'demo' | 'S' | 'M' | 'L';
  if (!['demo', 'S', 'M', 'L'].includes(preset)) throw new Error(`--preset must be demo, S, M or L (got ${JSON.stringify(preset)})`);
  const config = loadConfig(process.env);
  const dataSource = await openDatabase(config.database);
  try {
    if (!(await isEmptyDesk(dataSource))) {
      console.log('The database already holds sites; nothing was loaded. Seed an empty database.');
      return;
    }
    const desk = generateDesk(preset);
    const { firstAnalystId, firstClientId } = await loadDesk(dataSource, desk);
    console.log(`Loaded the ${preset} desk: ${desk.sites.length} sites, ${desk.analysts.length} analysts, ${desk.clients.length} clients, ${desk.queues.length} queues.`);
    console.log(`Try: npm run token -- --role analyst --analyst ${firstAnalystId}   |   npm run token -- --role client_manager --client ${firstClientId}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
