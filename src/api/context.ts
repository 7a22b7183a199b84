import type { Logger } from 'pino';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** What every resolver gets. `actor` throws UNAUTHENTICATED when the request carried no valid token. */
export interface GraphQLContext {
  readonly actor: Actor;
  readonly services: Services;
  readonly loaders: Loaders;
  readonly log: Logger;
}

/** Builds the context lazily: only a field that needs an actor fails for want of one. */
export function createContext(
  authentication: { actor: Actor } | { failure: DomainError },
  services: Services,
  loaders: Loaders,
  log: Logger,
): GraphQLContext {
  return {
    get actor(): Actor {
      if ('failure' in authentication) throw authentication.failure;
      return authentication.actor;
    },
    services,
    loaders,
    log,
  };
}
