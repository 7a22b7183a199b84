import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { DomainError } from './errors';

/**
 * Parses input against a zod schema; the first problem becomes BAD_USER_INPUT naming the field
 * (as `input.name`) and quoting the bad value. Nothing is written before this passes.
 *
 * @example parseInput(siteInput, { name: '', timeZone: 'UTC' }) // throws: input.name: must not be empty
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = 'input'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = [root, ...issue.path.map(String)].filter(Boolean).join('.');
  const bad = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], value);
  const quoted = bad === undefined || typeof bad === 'object' ? '' : ` (got ${JSON.stringify(bad)})`;
  throw DomainError.badInput(field, `${field}: ${issue.message}${quoted}`);
}

/** A non-empty trimmed name of at most `max` characters. */
export const nameText = (max = 120) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** An IANA zone luxon knows, e.g. "America/Chicago". */
export const timeZone = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone such as "America/New_York"');

/** An ISO calendar date "YYYY-MM-DD"; luxon's reason is given for impossible dates. */
export const isoDate = z.string().superRefine((text, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'must be a date in the form YYYY-MM-DD' });
    return;
  }
  const date = DateTime.fromISO(text, { zone: 'utc' });
  if (!date.isValid) ctx.addIssue({ code: 'custom', message: `is not a valid date: ${date.invalidExplanation ?? date.invalidReason}` });
});

/** A wall-clock time "HH:mm" from 00:00 to 24:00 (24:00 closes a day). */
export const localTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a local time "HH:mm" between 00:00 and 24:00');

/** Minutes since midnight of a validated "HH:mm". */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** A positive integer id given as a GraphQL ID string. */
export const idText = z.string().regex(/^[1-9]\d{0,9}$/, 'must be a positive integer id').transform(Number);

export const emailText = z.string().trim().toLowerCase().email('must be an email address').max(254);
