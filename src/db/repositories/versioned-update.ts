import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainError } from '../../domain/errors';

/**
 * Optimistic locking: applies `patch` only if the row still has `version`, and bumps it.
 * A stale version is CONFLICT naming both versions; a missing row is NOT_FOUND.
 *
 * @example await updateVersioned(em, AnalystEntity, 'Analyst', 7, 3, { name: 'Ana' })
 */
export async function updateVersioned<E extends ObjectLiteral & { id: number; version: number }>(
  em: EntityManager,
  target: EntityTarget<E>,
  label: string,
  id: number,
  version: number,
  patch: Partial<E>,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(target)
    .set({ ...patch, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected === 1) return;
  const current = await em.getRepository(target).findOne({ where: { id } as never, select: { id: true, version: true } as never });
  if (!current) throw DomainError.notFound(label, id);
  throw DomainError.conflict(`${label} ${id} was changed by someone else: you sent version ${version}, the current version is ${current.version}. Read it again and retry.`);
}
