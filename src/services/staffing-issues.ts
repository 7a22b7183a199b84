import { DomainError } from '../domain/errors';
import type { StaffingIssue } from '../domain/staffing';

/**
 * The first issue of the staffing validators as BAD_USER_INPUT, under the API's name for the
 * field (`forecast.entries.3.volume` becomes `input.entries.3.volume`), in parseInput's shape:
 * the field, then the reason with the allowed range and the bad value.
 */
export function staffingIssueError(issue: StaffingIssue, rename: (field: string) => string): DomainError {
  const field = rename(issue.field);
  const reason = issue.message.startsWith(`${issue.field} `) ? issue.message.slice(issue.field.length + 1) : issue.message;
  return DomainError.badInput(field, `${field}: ${reason}`);
}
