import { groupInOrder } from '../../src/domain/grouping';

describe('groupInOrder', () => {
  it('groups rows under the keys in the order asked, empty where a key has none', () => {
    const rows = [{ c: 1, n: 'a' }, { c: 3, n: 'b' }, { c: 1, n: 'c' }];
    expect(groupInOrder([3, 2, 1], rows, (r) => r.c)).toEqual([[{ c: 3, n: 'b' }], [], [{ c: 1, n: 'a' }, { c: 1, n: 'c' }]]);
  });

  it('ignores rows of keys not asked for and answers a repeated key twice', () => {
    expect(groupInOrder(['x', 'x'], [{ k: 'x' }, { k: 'y' }], (r) => r.k)).toEqual([[{ k: 'x' }], [{ k: 'x' }]]);
  });
});
