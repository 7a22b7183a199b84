/**
 * The inputs of an Erlang C staffing calculation and their validation. Messages name the field,
 * quote the value and give the allowed range, so a scheduler can fix a contract or forecast.
 */
import { z } from 'zod';

export interface StaffingInput {
  /** Contacts offered in the interval, >= 0. */
  volume: number;
  /** Length of the interval: 15, 30 or 60 minutes. */
  intervalMinutes: number;
  /** Average handle time (talk plus wrap-up) in seconds, > 0. */
  handleTimeSeconds: number;
  /** Share of contacts to answer within the target, strictly between 0 and 1 (0.8 for 80/20). */
  serviceLevel: number;
  /** Answer-time target in seconds, > 0 (20 for 80/20). */
  targetAnswerSeconds: number;
  /** Highest acceptable occupancy, in (0, 1]; 1 means no cap. */
  maxOccupancy: number;
}

export interface StaffingInputWithShrinkage extends StaffingInput {
  /** Share of paid time not spent on contacts (breaks, training, absence), in [0, 1). */
  shrinkage: number;
}

export interface StaffingIssue {
  field: string;
  value: unknown;
  message: string;
}

const quote = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function numberField(field: string, allowed: string, inRange: (value: number) => boolean) {
  return z.number({ error: (issue) => `${field} must be a number ${allowed}; got ${quote(issue.input)}` })
    .refine(inRange, { error: (issue) => `${field} must be ${allowed}; got ${quote(issue.input)}` });
}

const fields = {
  volume: numberField('volume', '>= 0', (value) => value >= 0),
  intervalMinutes: numberField('intervalMinutes', 'one of 15, 30, 60', (value) => [15, 30, 60].includes(value)),
  handleTimeSeconds: numberField('handleTimeSeconds', '> 0', (value) => value > 0),
  serviceLevel: numberField('serviceLevel', 'in (0, 1), both ends excluded', (value) => value > 0 && value < 1),
  targetAnswerSeconds: numberField('targetAnswerSeconds', '> 0', (value) => value > 0),
  maxOccupancy: numberField('maxOccupancy', 'in (0, 1]', (value) => value > 0 && value <= 1),
  shrinkage: numberField('shrinkage', 'in [0, 1)', (value) => value >= 0 && value < 1),
};

const staffingInputSchema = z.object({
  volume: fields.volume, intervalMinutes: fields.intervalMinutes, handleTimeSeconds: fields.handleTimeSeconds,
  serviceLevel: fields.serviceLevel, targetAnswerSeconds: fields.targetAnswerSeconds, maxOccupancy: fields.maxOccupancy,
});
const staffingInputWithShrinkageSchema = staffingInputSchema.extend({ shrinkage: fields.shrinkage });

/**
 * Every problem with a staffing input, or [] when it is valid. Pass `{ withShrinkage: true }` to
 * check shrinkage too.
 *
 * @example
 * validateStaffingInput({ volume: -5, intervalMinutes: 30, handleTimeSeconds: 180, serviceLevel: 0.8,
 *   targetAnswerSeconds: 20, maxOccupancy: 0.85 });
 * // [{ field: 'volume', value: -5, message: 'volume must be >= 0; got -5' }]
 */
export function validateStaffingInput(input: unknown, options: { withShrinkage?: boolean } = {}): StaffingIssue[] {
  const schema = options.withShrinkage ? staffingInputWithShrinkageSchema : staffingInputSchema;
  const result = schema.safeParse(input);
  if (result.success) return [];
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(input)';
    return { field, value: issue.path.length > 0 ? record[String(issue.path[0])] : input, message: issue.message };
  });
}

/** Throws a RangeError listing every issue; for callers that were meant to validate already. */
export function assertValidStaffingInput(input: StaffingInput | StaffingInputWithShrinkage, withShrinkage: boolean): void {
  const issues = validateStaffingInput(input, { withShrinkage });
  if (issues.length > 0) throw new RangeError(`Invalid staffing input: ${issues.map((issue) => issue.message).join('; ')}`);
}
