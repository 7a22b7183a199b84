import { DateTime } from 'luxon';

/** The current instant, injected so logic and tests never read the machine's clock directly. */
export interface Clock {
  now(): DateTime;
}

export const systemClock: Clock = { now: () => DateTime.utc() };

/** @example fixedClock('2026-03-02T09:00:00Z').now().toISO() */
export function fixedClock(iso: string): Clock {
  const at = DateTime.fromISO(iso, { zone: 'utc' });
  if (!at.isValid) throw new Error(`fixedClock: ${at.invalidExplanation}`);
  return { now: () => at };
}
