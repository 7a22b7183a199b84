import { DomainError } from './errors';

export type Role = 'admin' | 'scheduler' | 'analyst' | 'client_manager';
export const ROLES: readonly Role[] = ['admin', 'scheduler', 'analyst', 'client_manager'];

/**
 * Who is asking. An analyst's token names the analyst; a client manager's names the clients.
 * Services take an Actor and decide; the API only establishes it from the bearer token.
 */
export interface Actor {
  readonly subject: string;
  readonly role: Role;
  /** Set for role analyst. */
  readonly analystId: number | null;
  /** Set for role client_manager. */
  readonly clientIds: readonly number[];
}

/** Admins and schedulers see and change everything. */
export function isStaff(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'scheduler';
}

/** @throws FORBIDDEN unless the actor is an admin or scheduler. */
export function requireStaff(actor: Actor): void {
  if (!isStaff(actor)) throw DomainError.forbidden(`The ${actor.role} role may not do this; a scheduler or admin may`);
}

/** @throws FORBIDDEN unless the actor is staff or the analyst themself. */
export function requireSelfOrStaff(actor: Actor, analystId: number): void {
  if (isStaff(actor)) return;
  if (actor.role === 'analyst' && actor.analystId === analystId) return;
  throw DomainError.forbidden(`You may not read or change analyst ${analystId}'s profile`);
}

/** True when the actor may see this client's data. */
export function canSeeClient(actor: Actor, clientId: number): boolean {
  return isStaff(actor) || (actor.role === 'client_manager' && actor.clientIds.includes(clientId));
}
