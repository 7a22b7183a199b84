import { z } from 'zod';

/**
 * Working rules of an analyst. A site holds defaults; an analyst's own values override them
 * field by field (`mergeWorkingRules`). Every field is optional: absent means "no such rule".
 * Lengths are integer minutes; templates are shift template ids.
 */
export interface WorkingRules {
  minMinutesPerWeek?: number;
  maxMinutesPerWeek?: number;
  /** Maximum shifts of a template in a roster period, by shift template id. */
  maxShiftsPerTemplate?: { templateId: number; max: number }[];
  minRestMinutes?: number;
  maxConsecutiveDays?: number;
  minConsecutiveDaysOff?: number;
  maxWorkingWeekends?: number;
  /** Template `fromTemplateId` on one day may not be followed by `toTemplateId` the next day. */
  forbiddenSuccessions?: { fromTemplateId: number; toTemplateId: number }[];
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  fixedDaysOff?: number[];
}

const minutesPerWeek = z.number().int().min(0).max(10080, 'must be at most 10080 minutes (one week)');

/** Validates a rules object given through the API; cross-field checks point at the field. */
export const workingRulesInput = z
  .object({
    minMinutesPerWeek: minutesPerWeek.nullish(),
    maxMinutesPerWeek: minutesPerWeek.nullish(),
    maxShiftsPerTemplate: z
      .array(z.object({ templateId: z.coerce.number().int().positive(), max: z.number().int().min(0).max(366) }))
      .nullish(),
    minRestMinutes: z.number().int().min(0).max(4320, 'must be at most 4320 minutes (three days)').nullish(),
    maxConsecutiveDays: z.number().int().min(1).max(366).nullish(),
    minConsecutiveDaysOff: z.number().int().min(1).max(14).nullish(),
    maxWorkingWeekends: z.number().int().min(0).max(53).nullish(),
    forbiddenSuccessions: z
      .array(z.object({ fromTemplateId: z.coerce.number().int().positive(), toTemplateId: z.coerce.number().int().positive() }))
      .nullish(),
    fixedDaysOff: z.array(z.number().int().min(1, 'must be an ISO weekday 1-7').max(7, 'must be an ISO weekday 1-7')).nullish(),
  })
  .superRefine((rules, ctx) => {
    if (rules.minMinutesPerWeek != null && rules.maxMinutesPerWeek != null && rules.minMinutesPerWeek > rules.maxMinutesPerWeek) {
      ctx.addIssue({
        code: 'custom',
        path: ['minMinutesPerWeek'],
        message: `must not exceed maxMinutesPerWeek (${rules.maxMinutesPerWeek})`,
      });
    }
  })
  .transform((rules): WorkingRules => compactRules(rules));

function compactRules(rules: Record<string, unknown>): WorkingRules {
  return Object.fromEntries(Object.entries(rules).filter(([, v]) => v !== null && v !== undefined)) as WorkingRules;
}

/**
 * The rules in force for an analyst: the site's defaults with the analyst's own values on top.
 *
 * @example mergeWorkingRules({ maxMinutesPerWeek: 2400, minRestMinutes: 660 }, { maxMinutesPerWeek: 1200 })
 * // { maxMinutesPerWeek: 1200, minRestMinutes: 660 }
 */
export function mergeWorkingRules(siteDefaults: WorkingRules, own: WorkingRules): WorkingRules {
  return { ...compactRules({ ...siteDefaults }), ...compactRules({ ...own }) };
}
