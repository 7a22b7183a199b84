import { DataSource } from 'typeorm';
import { loadConfig } from './src/config';
import { dataSourceOptions } from './src/db/data-source';

/** For the TypeORM CLI (e.g. `npx typeorm-ts-node-commonjs migration:show -d ormconfig.ts`). */
export default new DataSource(dataSourceOptions(loadConfig(process.env).database));
