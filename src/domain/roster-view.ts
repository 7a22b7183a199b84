/**
 * What analysts, client managers and staff read of published rosters. Names of analysts,
 * queues, clients and templates are resolved in batch per request (see api/loaders.ts), so an
 * assignment view carries ids only, plus the times it was read in.
 */

/** One published assignment, with its instants in UTC and wall-clock times in `timeZone`. */
export interface PublishedAssignmentView {
  id: string;
  rosterId: string;
  analystId: number;
  queueId: number;
  shiftTemplateId: number;
  date: string;
  start: string;
  end: string;
  /** Zone the local times are in: the analyst's own, else their site's. */
  timeZone: string;
  /** e.g. "2026-03-08T23:00". */
  localStart: string;
  localEnd: string;
  paidMinutes: number;
  night: boolean;
}

/** The public face of an analyst on a roster: no skills' interests, preferences, requests or leave. */
export interface RosterAnalystView {
  id: string;
  name: string;
  /** The analyst's own zone, else the home site's. */
  timeZone: string;
}

export interface RosterQueueView {
  id: string;
  clientId: number;
  name: string;
  channel: string;
}

export interface RosterClientView {
  id: string;
  name: string;
  timeZone: string;
}

export interface RosterShiftTemplateView {
  id: string;
  code: string;
  name: string;
}

export interface AnalystScheduleView {
  analystId: number;
  timeZone: string;
  startDate: string;
  endDate: string;
  shifts: PublishedAssignmentView[];
}

export interface PublishedAssignmentConnectionView {
  edges: { cursor: string; node: PublishedAssignmentView }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface TeamMemberSkillView {
  skillId: string;
  code: string;
  name: string;
  proficiency: number;
}

export interface TeamMemberView {
  analystId: string;
  name: string;
  /** Only the skills the client's queues require. */
  skills: TeamMemberSkillView[];
  shifts: number;
  paidMinutes: number;
  hours: number;
}

export interface TeamCoverageIntervalView {
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  target: number;
  planned: number;
  shortfall: number;
}

export interface TeamQueueCoverageView {
  queueId: string;
  name: string;
  channel: string;
  intervals: TeamCoverageIntervalView[];
}

export interface AssignedTeamView {
  clientId: string;
  clientName: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  members: TeamMemberView[];
  coverage: TeamQueueCoverageView[];
}

export interface CalendarFeedView {
  analystId: string;
  /** e.g. "/calendar/3q2-....ics"; the token in it is the only secret. */
  path: string;
}
