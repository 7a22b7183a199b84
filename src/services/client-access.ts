import { Actor, canSeeClient } from '../domain/actor';
import { DomainError } from '../domain/errors';

/** Analysts never read clients, contracts or queues; staff and client managers may. */
export function requireClientReader(actor: Actor): void {
  if (actor.role === 'analyst') throw DomainError.forbidden('The analyst role may not read clients, contracts or queues');
}

/**
 * @throws NOT_FOUND when the row is missing or belongs to a client the actor may not see: the
 * same answer either way, so a client manager never learns that another client's row exists.
 */
export function assertClientVisible(actor: Actor, clientId: number | null, what: string, id: number): void {
  if (clientId === null || !canSeeClient(actor, clientId)) throw DomainError.notFound(what, id);
}

/** A BAD_USER_INPUT in the same shape parseInput gives: the field, then the reason. */
export function badField(field: string, message: string): DomainError {
  return DomainError.badInput(field, `${field}: ${message}`);
}
