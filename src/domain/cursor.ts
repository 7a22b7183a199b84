import { DomainError } from './errors';

/** The sort key of a row in a name-ordered list: ties on name are broken by id. */
export interface NameCursor {
  name: string;
  id: number;
}

/**
 * Encodes a sort key as an opaque cursor (base64url of JSON), so clients cannot depend on its shape.
 *
 * @example encodeNameCursor({ name: 'Ana', id: 7 }) // 'WyJBbmEiLDdd'
 */
export function encodeNameCursor(key: NameCursor): string {
  return Buffer.from(JSON.stringify([key.name, key.id]), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by encodeNameCursor.
 * @throws BAD_USER_INPUT on `field` when the text is not such a cursor.
 */
export function decodeNameCursor(text: string, field = 'after'): NameCursor {
  const invalid = DomainError.badInput(field, `${field}: is not a cursor this list returned (got ${JSON.stringify(text.slice(0, 60))})`);
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw invalid;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(key) || key.length !== 2) throw invalid;
  const [name, id] = key as unknown[];
  if (typeof name !== 'string' || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw invalid;
  return { name, id };
}
