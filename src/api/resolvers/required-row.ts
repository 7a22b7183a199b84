/**
 * A related row a foreign key guarantees. Missing means the database broke its own invariant:
 * a bug, reported as "Unexpected error." and logged, never a user error.
 */
export async function requiredRow<T>(row: Promise<T | null>, what: string, id: number): Promise<T> {
  const found = await row;
  if (found === null) throw new Error(`${what} ${id} is referenced but missing`);
  return found;
}
