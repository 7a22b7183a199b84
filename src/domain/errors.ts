/** The codes a client may see in `extensions.code` (DESIGN.md, API conventions). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INFEASIBLE';

/**
 * An expected failure with a message fit for the person asking.
 * The API maps it to a GraphQL error carrying `code` (and `field` for bad input); anything
 * that is not a DomainError reaches the client as "Unexpected error."
 *
 * @example throw DomainError.badInput('input.timeZone', 'Unknown time zone "Mars/Olympus"')
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  static badInput(field: string, message: string, extra: Record<string, unknown> = {}): DomainError {
    return new DomainError('BAD_USER_INPUT', message, { field, ...extra });
  }

  static notFound(what: string, id: string | number): DomainError {
    return new DomainError('NOT_FOUND', `${what} ${id} was not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'A valid bearer token is required'): DomainError {
    return new DomainError('UNAUTHENTICATED', message);
  }

  static conflict(message: string): DomainError {
    return new DomainError('CONFLICT', message);
  }
}
