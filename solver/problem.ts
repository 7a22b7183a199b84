/**
 * Input of the roster solver: plain, readonly data with no database or HTTP types.
 *
 * Units and time: dates are ISO local dates ("2026-03-02") of the site that owns the shift;
 * instants are ISO-8601 strings with an offset or `Z` ("2026-03-02T07:00:00Z"); lengths are
 * integer minutes. Coverage is counted in real time between instants, so a night shift across a
 * DST change covers 7 or 9 hours.
 */

/** ISO weekday, 1 = Monday ... 7 = Sunday (luxon's numbering). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A rule that is hard or soft as the input says. Soft by default, with `weight` per unit of
 * violation (unit given where the rule is used).
 * @example { value: 2, hard: false, weight: 5 }
 */
export interface FlexibleRule {
  readonly value: number;
  readonly hard?: boolean;
  readonly weight?: number;
}

/** An analyst's working rules; absent fields do not constrain. */
export interface WorkingRules {
  /** Minimum rest between the end of one shift and the start of the next, real minutes. */
  readonly minRestMinutes?: number;
  /** Template `fromTemplateId` on one date may not be followed by `toTemplateId` the next date. */
  readonly forbiddenSuccessions?: readonly { readonly fromTemplateId: string; readonly toTemplateId: string }[];
  readonly maxConsecutiveDays?: number;
  /** Paid minutes per ISO week (Monday-Sunday, by shift date), counted inside the period. */
  readonly maxMinutesPerWeek?: number;
  readonly maxMinutesPerPeriod?: number;
  /** Maximum shifts of a template in the period, by template id. */
  readonly maxShiftsPerTemplate?: Readonly<Record<string, number>>;
  /** A weekend is worked when any shift falls on its Saturday or Sunday (by shift date). */
  readonly maxWorkingWeekends?: number;
  /** Paid minutes in the period; soft weight is per hour short. */
  readonly minMinutesPerPeriod?: FlexibleRule;
  /** Soft weight per missing day after a start of a working stretch. */
  readonly minConsecutiveDays?: FlexibleRule;
  /** Soft weight per missing day off after a start of a stretch off. */
  readonly minConsecutiveDaysOff?: FlexibleRule;
  /** Weekdays of the shift date the analyst never works. */
  readonly fixedDaysOff?: readonly IsoWeekday[];
}

export interface AnalystSkill {
  readonly skillId: string;
  /** 0-5: 0 cannot take it, 3 independent, 4+ may mentor, 5 expert. */
  readonly proficiency: number;
  /** -2..+2. */
  readonly interest: number;
  /** Last ISO date on which the skill may be used, or null when no certification is needed. */
  readonly certificationExpires: string | null;
}

/**
 * A wish to work (`wantsToWork: true`) or not work a date, or one template on that date.
 * @example { date: '2026-03-04', templateId: 'night', wantsToWork: false, weight: 5 }
 */
export interface WorkRequest {
  readonly date: string;
  readonly templateId: string | null;
  readonly wantsToWork: boolean;
  readonly weight: number;
}

/** Approved leave, inclusive dates; a hard unavailability. */
export interface TimeOff {
  readonly startDate: string;
  readonly endDate: string;
}

export interface Analyst {
  readonly id: string;
  readonly skills: readonly AnalystSkill[];
  /** Preference per template id, -2..+2; missing means 0. */
  readonly shiftPreferences?: Readonly<Record<string, number>>;
  /** Client id for continuity, or null. */
  readonly usualClientId?: string | null;
  readonly rules?: WorkingRules;
  readonly timeOff?: readonly TimeOff[];
  readonly requests?: readonly WorkRequest[];
  /** Cap on development shifts (working a queue while still learning its skill); default 0. */
  readonly maxDevelopmentShifts?: number;
  /** Templates the analyst may work (e.g. their own site's); default all. */
  readonly templateIds?: readonly string[];
  /** Analysts with the same group are compared for fairness; default one group for all. */
  readonly fairnessGroup?: string;
}

/**
 * One concrete shift: a template on a date with exact instants.
 * @example { id: 'day@2026-03-02', date: '2026-03-02', templateId: 'day', start: '2026-03-02T07:00:00Z', end: '2026-03-02T15:30:00Z', paidMinutes: 480, night: false }
 */
export interface ShiftInstance {
  readonly id: string;
  readonly date: string;
  readonly templateId: string;
  readonly start: string;
  readonly end: string;
  readonly paidMinutes: number;
  readonly night: boolean;
}

export interface Queue {
  readonly id: string;
  readonly clientId: string;
  readonly requiredSkills: readonly { readonly skillId: string; readonly minProficiency: number }[];
  /** When set, only these analysts may work the queue. */
  readonly dedicatedAnalystIds?: readonly string[] | null;
}

/** Under- and over-coverage weights per analyst-hour (interval targets) or per analyst (shift targets). */
export interface CoverageWeights {
  readonly underWeight?: number;
  readonly overWeight?: number;
}

/**
 * Analysts required on a queue during a real-time interval. An analyst counts by the fraction of
 * the interval the shift overlaps, so shortfall is in analyst-equivalents.
 * @example { id: 't1', queueId: 'epic-phone', start: '2026-03-02T08:00:00Z', end: '2026-03-02T09:00:00Z', required: 3 }
 */
export interface IntervalTarget extends CoverageWeights {
  readonly id: string;
  readonly queueId: string;
  readonly start: string;
  readonly end: string;
  readonly required: number;
}

/** Analysts required on a template on a date, on one queue or (queueId null) on any. */
export interface ShiftTarget extends CoverageWeights {
  readonly id: string;
  readonly date: string;
  readonly templateId: string;
  readonly queueId: string | null;
  readonly required: number;
}

/** An assignment the solver must keep. */
export interface Pin {
  readonly analystId: string;
  readonly shiftId: string;
  readonly queueId: string;
}

/** Weights of the soft terms; see `defaultWeights` in options.ts. */
export interface ObjectiveWeights {
  readonly underCoverage: number;
  readonly overCoverage: number;
  readonly requests: number;
  readonly alignment: number;
  readonly proficiency: number;
  readonly interest: number;
  readonly shiftPreference: number;
  readonly continuity: number;
  readonly fairnessNights: number;
  readonly fairnessWeekends: number;
  readonly minMinutesPerHour: number;
  readonly minConsecutiveDays: number;
  readonly minConsecutiveDaysOff: number;
}

export interface RosterProblem {
  /** Inclusive ISO dates. */
  readonly period: { readonly startDate: string; readonly endDate: string };
  readonly analysts: readonly Analyst[];
  readonly shifts: readonly ShiftInstance[];
  readonly queues: readonly Queue[];
  readonly intervalTargets?: readonly IntervalTarget[];
  readonly shiftTargets?: readonly ShiftTarget[];
  readonly pins?: readonly Pin[];
  readonly weights?: Partial<ObjectiveWeights>;
}
