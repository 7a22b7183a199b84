import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { translateDatabaseError } from '../db/db-errors';
import { DomainError } from '../domain/errors';

/**
 * The one place errors become what clients see: a DomainError keeps its message and code
 * (and field); GraphQL's own errors (syntax, validation, variable coercion) pass; anything else
 * is logged and answered "Unexpected error." with no stack trace or SQL.
 */
export function createMaskError(log: Logger) {
  return (error: unknown): Error => {
    const original = translateDatabaseError(error instanceof GraphQLError && error.originalError ? error.originalError : error);
    const path = error instanceof GraphQLError ? error.path : undefined;
    if (original instanceof DomainError) {
      return new GraphQLError(original.message, { path, extensions: { code: original.code, ...original.details } });
    }
    if (original instanceof GraphQLError && original.extensions?.code) return original;
    if (error instanceof GraphQLError && !error.originalError) return error;
    if (error instanceof GraphQLError && original instanceof GraphQLError) return badVariable(error);
    log.error({ err: original, path }, 'unexpected error in a GraphQL operation');
    return new GraphQLError('Unexpected error.', { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}

/**
 * A variable that failed GraphQL's own coercion (an unknown enum value, a string for an Int):
 * graphql-js says where ("... at \"input.category\"; ..."), so the client gets the field too.
 */
function badVariable(error: GraphQLError): GraphQLError {
  const at = error.message.match(/at "([^"]+)"/)?.[1];
  const variable = error.message.match(/Variable "\$([^"]+)"/)?.[1];
  const field = at ?? variable;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', ...(field && { field }) } });
}
