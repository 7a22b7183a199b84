import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { Rosters1767100000000 } from './1767100000000-rosters';
import { Forecasts1767200000000 } from './1767200000000-forecasts';
import { RosterScopeKey1767300000000 } from './1767300000000-roster-scope-key';
import { LongJson1767400000000 } from './1767400000000-long-json';

/** Every migration, oldest first, one per line. The only way the schema changes. */
export const migrations = [
  InitialSchema1767000000000,
  Rosters1767100000000,
  Forecasts1767200000000,
  RosterScopeKey1767300000000,
  LongJson1767400000000,
];
