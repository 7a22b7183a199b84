import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { Rosters1767100000000 } from './1767100000000-rosters';

/** Every migration, oldest first. The only way the schema changes. */
export const migrations = [InitialSchema1767000000000, Rosters1767100000000];
