/**
 * Groups rows under the keys asked for, in the order asked, an empty list where a key has no
 * rows: the shape a DataLoader batch of one-to-many relations must return.
 *
 * @example groupInOrder([2, 1], [{ c: 1 }, { c: 2 }, { c: 1 }], (r) => r.c) // [[{c:2}], [{c:1},{c:1}]]
 */
export function groupInOrder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
