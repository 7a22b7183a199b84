import { QueryFailedError } from 'typeorm';
import { DomainError } from '../domain/errors';

/**
 * Services check uniqueness before writing, but two requests can still race to the same unique
 * key; the index then refuses the second. That is a CONFLICT for the client, not "Unexpected error."
 * MySQL/MariaDB report ER_DUP_ENTRY (1062); SQLite SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY.
 */
export function translateDatabaseError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driver = error.driverError as { code?: string; errno?: number };
  const unique = driver.errno === 1062 || driver.code === 'ER_DUP_ENTRY' || driver.code === 'SQLITE_CONSTRAINT_UNIQUE' || driver.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  return unique ? DomainError.conflict('Another row with the same unique value was saved at the same moment; read again and retry') : error;
}
