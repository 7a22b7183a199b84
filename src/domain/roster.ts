/** Rosters, their assignments and solve jobs as services hand them to the API. */

export type RosterJobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type RosterJobPhase = 'queued' | 'loading' | 'solving' | 'storing' | 'done';
export type RosterStatus = 'draft' | 'published' | 'superseded';

/** A broken rule as the solver's evaluator names it (amount in minutes, days, shifts or weekends). */
export interface RosterViolationView {
  rule: string;
  analystId: string | null;
  queueId: string | null;
  date: string | null;
  amount: number | null;
  message: string;
}

export interface RosterJobProgress {
  phase: RosterJobPhase;
  /** While solving: the solver's own phase (plan, start, lns, mip, done). */
  solverPhase: string | null;
  /** The best roster's objective so far, and a proved lower bound and the gap between them. */
  bestObjective: number | null;
  bound: number | null;
  gap: number | null;
  elapsedSeconds: number;
  solveStatus: string | null;
  /** Why there is no roster (infeasible, invalid, timed out), first few. */
  diagnostics: RosterViolationView[];
}

export interface RosterJobView {
  id: string;
  status: RosterJobStatus;
  startDate: string;
  endDate: string;
  siteIds: string[];
  options: { timeLimitSeconds: number; seed: number; gapTolerance: number };
  baseRosterId: string | null;
  progress: RosterJobProgress;
  rosterId: string | null;
  error: string | null;
  requestedBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The solver's totals as stored on the roster (per-interval coverage is recomputed on review). */
export interface RosterTotals {
  objective: number | null;
  shortfallTotal: number;
  surplusTotal: number;
  alignmentTotal: number;
  alignmentMean: number;
  fairnessSpread: { nights: number; weekends: number };
  requestsHonoured: number;
  requestsTotal: number;
  developmentShifts: number;
  hardViolations: number;
}

export interface RosterView {
  id: string;
  status: RosterStatus;
  startDate: string;
  endDate: string;
  siteIds: string[];
  publishedVersion: number | null;
  solveStatus: string;
  method: string;
  objective: number | null;
  bound: number | null;
  gap: number | null;
  seconds: number;
  totals: RosterTotals;
  jobId: string | null;
  publishedAt: string | null;
  version: number;
  createdAt: string;
}

export interface RosterAssignmentView {
  id: string;
  rosterId: string;
  analystId: string;
  date: string;
  shiftTemplateId: string;
  queueId: string;
  start: string;
  end: string;
  paidMinutes: number;
  night: boolean;
  pinned: boolean;
  source: 'solver' | 'manual';
  development: boolean;
  why: { proficiency: number; interest: number; shiftPreference: number; continuity: number; score: number };
}

export interface RosterCoverageView {
  queueId: string;
  start: string;
  end: string;
  target: number;
  planned: number;
  shortfall: number;
}

export interface RosterAnalystFiguresView {
  analystId: string;
  shifts: number;
  paidMinutes: number;
  nights: number;
  weekends: number;
  alignmentMean: number;
  requestsHonoured: number;
  requestsTotal: number;
  developmentShifts: number;
}

/** A Relay connection page. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export type RosterAssignmentConnection = Connection<RosterAssignmentView>;

/** A soft term an edit made worse, in objective units. */
export interface RosterSoftBreak {
  term: string;
  before: number;
  after: number;
  delta: number;
}

export interface RosterEditResult {
  roster: RosterView;
  assignments: RosterAssignmentView[];
  removedAssignmentIds: string[];
  objectiveBefore: number;
  objectiveAfter: number;
  /** Soft terms the edit made worse: what keeping it costs. */
  softBreaks: RosterSoftBreak[];
  /** Hard rules already broken before the edit (the edit added none). */
  violations: RosterViolationView[];
}
