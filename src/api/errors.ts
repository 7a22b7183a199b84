import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors';

/**
 * The one place errors become what clients see: a DomainError keeps its message and code
 * (and field); GraphQL's own errors (syntax, validation, variable coercion) pass; anything else
 * is logged and answered "Unexpected error." with no stack trace or SQL.
 */
export function createMaskError(log: Logger) {
  return (error: unknown): Error => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    const path = error instanceof GraphQLError ? error.path : undefined;
    if (original instanceof DomainError) {
      return new GraphQLError(original.message, { path, extensions: { code: original.code, ...original.details } });
    }
    if (original instanceof GraphQLError && original.extensions?.code) return original;
    if (error instanceof GraphQLError && !error.originalError) return error;
    log.error({ err: original, path }, 'unexpected error in a GraphQL operation');
    return new GraphQLError('Unexpected error.', { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
