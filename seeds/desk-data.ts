/**
 * The plain shape of a whole help desk, as the deterministic generator produces it.
 *
 * One shape serves three users: the seed loader writes it to the database, the benchmark turns it
 * into solver input, and tests build their data from it. Everything is keyed by stable string keys
 * (`site:east`, `analyst:017`) so a generated desk can be compared across runs; the loader maps keys
 * to database ids.
 *
 * Times: `localStart` / `localEnd` are wall-clock "HH:mm" in the owning site's or client's IANA
 * zone; dates are ISO local dates ("2026-03-02"); lengths are integer minutes.
 */

export type Background = 'clinical' | 'hospitality' | 'it' | 'other';
export type Channel = 'phone' | 'chat' | 'portal';
export type SkillCategory = 'ehr' | 'access' | 'clinical_app' | 'devices' | 'telephony' | 'language' | 'general';
/** ISO weekday, 1 = Monday ... 7 = Sunday (luxon's numbering). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DeskSite {
  key: string;
  name: string;
  timeZone: string;
  /** Default working rules for analysts of this site; an analyst's own values override field by field. */
  rules: DeskWorkingRules;
  /** Fraction of paid time lost to breaks, training and absence, 0 <= shrinkage < 1. */
  shrinkage: number;
}

export interface DeskSkill {
  key: string;
  code: string;
  name: string;
  category: SkillCategory;
}

/** Working rules; every field optional so an analyst can override just a few of the site's. */
export interface DeskWorkingRules {
  minMinutesPerWeek?: number;
  maxMinutesPerWeek?: number;
  /** Maximum shifts of each template in the period, by template key. */
  maxShiftsPerTemplate?: Record<string, number>;
  minRestMinutes?: number;
  maxConsecutiveDays?: number;
  minConsecutiveDaysOff?: number;
  maxWorkingWeekends?: number;
  /** Template A on one day may not be followed by template B the next day. */
  forbiddenSuccessions?: { fromTemplateKey: string; toTemplateKey: string }[];
  fixedDaysOff?: IsoWeekday[];
}

export interface DeskAnalystSkill {
  skillKey: string;
  /** 0-5: 0 cannot take it, 3 independent, 5 expert and mentor. */
  proficiency: number;
  /** -2..+2: how much the analyst wants this work. */
  interest: number;
  /** ISO date after which the skill may not be used, or null when no certification is needed. */
  certificationExpires: string | null;
}

export interface DeskRequest {
  /** true: wants to work; false: wants not to work. */
  wantsToWork: boolean;
  date: string;
  /** A shift on that date, or null for the whole day. */
  templateKey: string | null;
  /** Relative weight, 1-10. */
  weight: number;
}

export interface DeskTimeOff {
  startDate: string;
  /** Inclusive. */
  endDate: string;
  status: 'approved' | 'requested';
  reason: string | null;
}

export interface DeskAnalyst {
  key: string;
  name: string;
  email: string;
  siteKey: string;
  background: Background;
  active: boolean;
  rules: DeskWorkingRules;
  skills: DeskAnalystSkill[];
  /** Preference per shift template, -2..+2. */
  shiftPreferences: { templateKey: string; preference: number }[];
  usualClientKey: string | null;
  requests: DeskRequest[];
  timeOff: DeskTimeOff[];
  /** Cap on development shifts (working a queue while still learning its skill) in a period. */
  maxDevelopmentShifts: number;
}

export interface DeskClient {
  key: string;
  name: string;
  timeZone: string;
}

export interface DeskContract {
  key: string;
  clientKey: string;
  startDate: string;
  /** Inclusive. */
  endDate: string;
  /** e.g. 0.8 of contacts answered within targetAnswerSeconds. */
  serviceLevel: number;
  targetAnswerSeconds: number;
  staffing: 'dedicated' | 'shared';
  /** Only these analysts may work the client's queues when staffing is dedicated. */
  dedicatedAnalystKeys: string[];
  minimumProficiency: number;
}

export interface DeskQueue {
  key: string;
  clientKey: string;
  name: string;
  channel: Channel;
  requiredSkills: { skillKey: string; minimumProficiency: number }[];
  /** Hours of service in the client's zone; 24/7 queues use 00:00-24:00 every day. */
  hours: { weekdays: IsoWeekday[]; localStart: string; localEnd: string };
}

export interface DeskShiftTemplate {
  key: string;
  siteKey: string;
  code: string;
  name: string;
  /** "HH:mm" in the site's zone. */
  localStart: string;
  lengthMinutes: number;
  paidMinutes: number;
  night: boolean;
}

/**
 * Analysts required on a queue for a local interval, either on a weekday pattern or a specific date.
 * `localEnd` may be "24:00"; an interval never wraps past midnight (split it instead).
 */
export interface DeskCoverageTarget {
  queueKey: string;
  weekday: IsoWeekday | null;
  date: string | null;
  localStart: string;
  localEnd: string;
  headcount: number;
}

export interface DeskData {
  preset: string;
  seed: number;
  /** First date of the planning horizon the generator aimed demand and requests at. */
  periodStart: string;
  /** Inclusive. */
  periodEnd: string;
  sites: DeskSite[];
  skills: DeskSkill[];
  analysts: DeskAnalyst[];
  clients: DeskClient[];
  contracts: DeskContract[];
  queues: DeskQueue[];
  shiftTemplates: DeskShiftTemplate[];
  coverageTargets: DeskCoverageTarget[];
}
