import { byAnalystId } from '../../src/api/loaders';
import { decodeNameCursor, encodeNameCursor } from '../../src/domain/cursor';
import { DomainError } from '../../src/domain/errors';

describe('name cursors', () => {
  it.each([
    [{ name: 'Ana', id: 7 }],
    [{ name: 'Zoë O\'Brien-Ng, "Jr"', id: 123456 }],
    [{ name: '', id: 1 }],
  ])('round-trips %j through an opaque url-safe text', (key) => {
    const cursor = encodeNameCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeNameCursor(cursor)).toEqual(key);
  });

  it('gives the same cursor for the same key, so a client may compare them', () => {
    expect(encodeNameCursor({ name: 'Ana', id: 7 })).toBe(encodeNameCursor({ name: 'Ana', id: 7 }));
  });

  it.each([
    ['not a cursor!'],
    [''],
    [Buffer.from('{"name":"Ana","id":7}').toString('base64url')],
    [Buffer.from('["Ana"]').toString('base64url')],
    [Buffer.from('["Ana","7"]').toString('base64url')],
    [Buffer.from('["Ana",0]').toString('base64url')],
    [Buffer.from('["Ana",1.5]').toString('base64url')],
    [Buffer.from('[{},7]').toString('base64url')],
    [Buffer.from('oops').toString('base64url')],
  ])('rejects %j as BAD_USER_INPUT on the field', (text) => {
    let error: unknown;
    try {
      decodeNameCursor(text, 'after');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'after' } });
    expect((error as Error).message).toMatch(/^after: is not a cursor this list returned/);
  });
});

describe('byAnalystId', () => {
  it('groups rows under each requested id in order, [] for none', () => {
    const rows = [{ analystId: 2, n: 'a' }, { analystId: 1, n: 'b' }, { analystId: 2, n: 'c' }];
    expect(byAnalystId<(typeof rows)[number]>([1, 3, 2])(rows)).toEqual([[rows[1]], [], [rows[0], rows[2]]]);
  });
});
