import { QueryFailedError } from 'typeorm';
import { translateDatabaseError } from '../../src/db/db-errors';
import { DomainError } from '../../src/domain/errors';

describe('translateDatabaseError', () => {
  it.each([
    [{ code: 'ER_DUP_ENTRY', errno: 1062 }],
    [{ code: 'SQLITE_CONSTRAINT_UNIQUE' }],
  ])('turns a unique violation (%j) into CONFLICT', (driver) => {
    const error = new QueryFailedError('INSERT ...', [], Object.assign(new Error('duplicate'), driver));
    expect(translateDatabaseError(error)).toEqual(expect.objectContaining({ code: 'CONFLICT' }));
    expect(translateDatabaseError(error)).toBeInstanceOf(DomainError);
  });

  it('leaves other failures alone, so they stay "Unexpected error."', () => {
    const error = new QueryFailedError('SELECT ...', [], Object.assign(new Error('gone'), { code: 'ECONNRESET' }));
    expect(translateDatabaseError(error)).toBe(error);
  });
});
