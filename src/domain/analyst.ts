import type { WorkingRules } from './working-rules';

export type Background = 'clinical' | 'hospitality' | 'it' | 'other';
export const BACKGROUNDS: readonly Background[] = ['clinical', 'hospitality', 'it', 'other'];

export type TimeOffStatus = 'requested' | 'approved' | 'rejected';

/** An analyst as services hand it to the API; `rules` are the analyst's own overrides only. */
export interface AnalystView {
  id: string;
  name: string;
  email: string;
  siteId: number;
  timeZone: string | null;
  background: Background;
  rules: WorkingRules;
  usualClientId: string | null;
  maxDevelopmentShifts: number;
  active: boolean;
  version: number;
}

/** One skill level of an analyst; `interest` is private to the analyst and staff. */
export interface AnalystSkillView {
  analystId: number;
  skillId: number;
  proficiency: number;
  interest: number;
  certificationExpires: string | null;
}

export interface ShiftPreferenceView {
  analystId: number;
  shiftTemplateId: string;
  preference: number;
}

export interface ShiftRequestView {
  id: string;
  analystId: number;
  date: string;
  shiftTemplateId: string | null;
  wantsToWork: boolean;
  weight: number;
}

export interface TimeOffView {
  id: string;
  analystId: string;
  startDate: string;
  endDate: string;
  status: TimeOffStatus;
  reason: string | null;
}

/** A page of analysts in name, id order (Relay connection). */
export interface AnalystPage {
  edges: { node: AnalystView; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}
