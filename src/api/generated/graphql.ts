import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiteView as SiteViewModel } from '../../domain/site';
import type { RosterJobView as RosterJobViewModel, RosterView as RosterViewModel, RosterAssignmentView as RosterAssignmentViewModel, RosterCoverageView as RosterCoverageViewModel, RosterAnalystFiguresView as RosterAnalystFiguresViewModel, RosterTotals as RosterTotalsModel, RosterEditResult as RosterEditResultModel, RosterAssignmentConnection as RosterAssignmentConnectionModel } from '../../domain/roster';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in UTC, ISO 8601 (e.g. 2026-03-02T12:00:00.000Z). */
  DateTime: { input: string; output: string; }
};

export type AddAssignmentInput = {
  analystId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
  queueId: Scalars['ID']['input'];
  rosterId: Scalars['ID']['input'];
  rosterVersion?: InputMaybe<Scalars['Int']['input']>;
  shiftTemplateId: Scalars['ID']['input'];
};

export type CreateSiteInput = {
  name: Scalars['String']['input'];
  rules?: InputMaybe<WorkingRulesInput>;
  shrinkage?: InputMaybe<Scalars['Float']['input']>;
  /** IANA zone, e.g. America/Chicago. */
  timeZone: Scalars['String']['input'];
};

export type GenerateRosterInput = {
  /** Inclusive; at most 62 days after startDate. */
  endDate: Scalars['String']['input'];
  options?: InputMaybe<RosterSolveOptionsInput>;
  siteIds: Array<Scalars['ID']['input']>;
  startDate: Scalars['String']['input'];
};

export type Me = {
  __typename?: 'Me';
  analystId: Maybe<Scalars['ID']['output']>;
  clientIds: Array<Scalars['ID']['output']>;
  role: Role;
  subject: Scalars['String']['output'];
};

export type MoveAssignmentInput = {
  analystId?: InputMaybe<Scalars['ID']['input']>;
  assignmentId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
  queueId?: InputMaybe<Scalars['ID']['input']>;
  rosterVersion?: InputMaybe<Scalars['Int']['input']>;
  shiftTemplateId?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop: Maybe<Scalars['Boolean']['output']>;
  addAssignment: RosterEditResult;
  cancelRosterJob: RosterJob;
  createSite: Site;
  deactivateSite: Site;
  /** Starts a solve job and returns it at once; follow it with rosterJob or the rosterJobUpdated subscription. */
  generateRoster: RosterJob;
  moveAssignment: RosterEditResult;
  pinAssignment: RosterEditResult;
  /** Draft -> published; an earlier published roster of the same period and sites becomes superseded. */
  publishRoster: Roster;
  removeAssignment: RosterEditResult;
  /** A new solve job for a roster's period and sites keeping its pinned assignments. */
  resolveRoster: RosterJob;
  /** Swaps the analysts of two assignments of the same draft. */
  swapAssignments: RosterEditResult;
  updateSite: Site;
};


export type MutationAddAssignmentArgs = {
  input: AddAssignmentInput;
};


export type MutationCancelRosterJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationDeactivateSiteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateRosterArgs = {
  input: GenerateRosterInput;
};


export type MutationMoveAssignmentArgs = {
  input: MoveAssignmentInput;
};


export type MutationPinAssignmentArgs = {
  id: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
  rosterVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationPublishRosterArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRemoveAssignmentArgs = {
  id: Scalars['ID']['input'];
  rosterVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationResolveRosterArgs = {
  options?: InputMaybe<RosterSolveOptionsInput>;
  rosterId: Scalars['ID']['input'];
};


export type MutationSwapAssignmentsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  rosterVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateSiteArgs = {
  input: UpdateSiteInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type Query = {
  __typename?: 'Query';
  /** Who the bearer token says you are. */
  me: Me;
  roster: Maybe<Roster>;
  /** A solve job (staff). */
  rosterJob: Maybe<RosterJob>;
  /** Recent solve jobs, newest first, optionally of one status (staff). */
  rosterJobs: Array<RosterJob>;
  /** Published and superseded versions of the rosters of a period and site set, newest first. */
  rosterVersions: Array<Roster>;
  site: Maybe<Site>;
  sites: Array<Site>;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryRosterArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryRosterJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryRosterJobsArgs = {
  status?: InputMaybe<RosterJobStatus>;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryRosterVersionsArgs = {
  endDate: Scalars['String']['input'];
  siteIds: Array<Scalars['ID']['input']>;
  startDate: Scalars['String']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QuerySitesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Role =
  | 'admin'
  | 'analyst'
  | 'client_manager'
  | 'scheduler';

export type Roster = {
  __typename?: 'Roster';
  analystFigures: Array<RosterAnalystFigures>;
  assignments: RosterAssignmentConnection;
  bound: Maybe<Scalars['Float']['output']>;
  /** Per queue and interval, recomputed by the evaluator over today's targets. */
  coverage: Array<RosterCoverage>;
  createdAt: Scalars['DateTime']['output'];
  endDate: Scalars['String']['output'];
  gap: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  jobId: Maybe<Scalars['ID']['output']>;
  /** The solver's method and backend, e.g. monolithic/highs. */
  method: Scalars['String']['output'];
  objective: Maybe<Scalars['Float']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  publishedVersion: Maybe<Scalars['Int']['output']>;
  seconds: Scalars['Float']['output'];
  siteIds: Array<Scalars['ID']['output']>;
  solveStatus: Scalars['String']['output'];
  startDate: Scalars['String']['output'];
  status: RosterStatus;
  totals: RosterTotals;
  /** Send it back with edits: a stale version is CONFLICT. */
  version: Scalars['Int']['output'];
  /** Hard rules the roster breaks against today's data (none when solved, unless data changed since). */
  violations: Array<RosterViolation>;
};


export type RosterAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RosterAnalystFigures = {
  __typename?: 'RosterAnalystFigures';
  alignmentMean: Scalars['Float']['output'];
  analystId: Scalars['ID']['output'];
  analystName: Scalars['String']['output'];
  developmentShifts: Scalars['Int']['output'];
  nights: Scalars['Int']['output'];
  paidMinutes: Scalars['Int']['output'];
  requestsHonoured: Scalars['Int']['output'];
  requestsTotal: Scalars['Int']['output'];
  shifts: Scalars['Int']['output'];
  weekends: Scalars['Int']['output'];
};

export type RosterAssignment = {
  __typename?: 'RosterAssignment';
  analystId: Scalars['ID']['output'];
  analystName: Scalars['String']['output'];
  clientId: Scalars['ID']['output'];
  clientName: Scalars['String']['output'];
  /** Local date of the shift at its site. */
  date: Scalars['String']['output'];
  /** Working a queue while still learning its skill. */
  development: Scalars['Boolean']['output'];
  end: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  night: Scalars['Boolean']['output'];
  paidMinutes: Scalars['Int']['output'];
  pinned: Scalars['Boolean']['output'];
  queueId: Scalars['ID']['output'];
  queueName: Scalars['String']['output'];
  rosterId: Scalars['ID']['output'];
  shiftTemplateId: Scalars['ID']['output'];
  /** solver or manual. */
  source: Scalars['String']['output'];
  start: Scalars['DateTime']['output'];
  templateCode: Scalars['String']['output'];
  why: RosterAssignmentWhy;
};

export type RosterAssignmentConnection = {
  __typename?: 'RosterAssignmentConnection';
  edges: Array<RosterAssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RosterAssignmentEdge = {
  __typename?: 'RosterAssignmentEdge';
  cursor: Scalars['String']['output'];
  node: RosterAssignment;
};

/** Why this analyst fits this assignment: the parts of the alignment score and their weighted sum. */
export type RosterAssignmentWhy = {
  __typename?: 'RosterAssignmentWhy';
  continuity: Scalars['Float']['output'];
  interest: Scalars['Float']['output'];
  proficiency: Scalars['Float']['output'];
  score: Scalars['Float']['output'];
  shiftPreference: Scalars['Float']['output'];
};

/** Analysts required and planned on a queue during a real-time interval (UTC instants). */
export type RosterCoverage = {
  __typename?: 'RosterCoverage';
  end: Scalars['DateTime']['output'];
  planned: Scalars['Float']['output'];
  queueId: Scalars['ID']['output'];
  queueName: Scalars['String']['output'];
  shortfall: Scalars['Float']['output'];
  start: Scalars['DateTime']['output'];
  target: Scalars['Float']['output'];
};

/** What an edit did and costs. */
export type RosterEditResult = {
  __typename?: 'RosterEditResult';
  /** The assignments written by the edit. */
  assignments: Array<RosterAssignment>;
  objectiveAfter: Scalars['Float']['output'];
  objectiveBefore: Scalars['Float']['output'];
  removedAssignmentIds: Array<Scalars['ID']['output']>;
  roster: Roster;
  softBreaks: Array<RosterSoftBreak>;
  /** Hard rules already broken before the edit; an edit that adds one is refused. */
  violations: Array<RosterViolation>;
};

export type RosterJob = {
  __typename?: 'RosterJob';
  /** Set when re-solving: that roster's pinned assignments are kept. */
  baseRosterId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endDate: Scalars['String']['output'];
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  options: RosterSolveOptions;
  /** Same as progress.phase: queued, loading, solving, storing or done. */
  phase: Scalars['String']['output'];
  progress: RosterJobProgress;
  requestedBy: Scalars['String']['output'];
  /** The draft roster the job stored, once succeeded. */
  rosterId: Maybe<Scalars['ID']['output']>;
  siteIds: Array<Scalars['ID']['output']>;
  startDate: Scalars['String']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: RosterJobStatus;
};

/**
 * Where a job is: phase queued -> loading -> solving -> storing -> done. bestObjective and gap are
 * known once the solver answers (it reports no intermediate incumbents).
 */
export type RosterJobProgress = {
  __typename?: 'RosterJobProgress';
  bestObjective: Maybe<Scalars['Float']['output']>;
  /** Why there is no roster (which rule, analyst, date and by how much), or a feasible roster's broken rules. */
  diagnostics: Array<RosterViolation>;
  elapsedSeconds: Scalars['Float']['output'];
  gap: Maybe<Scalars['Float']['output']>;
  phase: Scalars['String']['output'];
  /** optimal, feasible, infeasible, timedout, invalid or error, once known. */
  solveStatus: Maybe<Scalars['String']['output']>;
};

/** A solve job's state. Terminal: succeeded (see rosterId), failed (see error and progress.diagnostics), cancelled. */
export type RosterJobStatus =
  | 'cancelled'
  | 'failed'
  | 'queued'
  | 'running'
  | 'succeeded';

export type RosterSoftBreak = {
  __typename?: 'RosterSoftBreak';
  after: Scalars['Float']['output'];
  before: Scalars['Float']['output'];
  delta: Scalars['Float']['output'];
  /** The objective term that got worse: underCoverage, requests, alignment, continuity, fairness, ... */
  term: Scalars['String']['output'];
};

export type RosterSolveOptions = {
  __typename?: 'RosterSolveOptions';
  gapTolerance: Scalars['Float']['output'];
  seed: Scalars['Int']['output'];
  timeLimitSeconds: Scalars['Int']['output'];
};

export type RosterSolveOptionsInput = {
  /** Relative MIP gap at which to stop, default 0.001. */
  gapTolerance?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** 1-600, default 30. */
  timeLimitSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type RosterStatus =
  | 'draft'
  | 'published'
  | 'superseded';

/** The solver's totals for a roster (objective units and counts). */
export type RosterTotals = {
  __typename?: 'RosterTotals';
  alignmentMean: Scalars['Float']['output'];
  alignmentTotal: Scalars['Float']['output'];
  developmentShifts: Scalars['Int']['output'];
  fairnessNightsSpread: Scalars['Float']['output'];
  fairnessWeekendsSpread: Scalars['Float']['output'];
  hardViolations: Scalars['Int']['output'];
  objective: Maybe<Scalars['Float']['output']>;
  requestsHonoured: Scalars['Int']['output'];
  requestsTotal: Scalars['Int']['output'];
  shortfallTotal: Scalars['Float']['output'];
  surplusTotal: Scalars['Float']['output'];
};

/** A broken rule as the solver's evaluator names it; amount is in minutes, days, shifts or weekends as the rule says. */
export type RosterViolation = {
  __typename?: 'RosterViolation';
  amount: Maybe<Scalars['Float']['output']>;
  analystId: Maybe<Scalars['ID']['output']>;
  date: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  queueId: Maybe<Scalars['ID']['output']>;
  rule: Scalars['String']['output'];
};

export type ShiftSuccession = {
  __typename?: 'ShiftSuccession';
  fromTemplateId: Scalars['ID']['output'];
  toTemplateId: Scalars['ID']['output'];
};

export type ShiftSuccessionInput = {
  fromTemplateId: Scalars['ID']['input'];
  toTemplateId: Scalars['ID']['input'];
};

/** A place analysts work from, with its IANA time zone and default working rules. */
export type Site = {
  __typename?: 'Site';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Default working rules for the site's analysts. */
  rules: WorkingRules;
  /** Fraction of paid time lost to breaks, training and absence, 0 <= shrinkage < 1. */
  shrinkage: Scalars['Float']['output'];
  timeZone: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A job's state now and after every change, until it ends (server-sent events). */
  rosterJobUpdated: RosterJob;
};


export type SubscriptionRosterJobUpdatedArgs = {
  id: Scalars['ID']['input'];
};

export type TemplateLimit = {
  __typename?: 'TemplateLimit';
  max: Scalars['Int']['output'];
  templateId: Scalars['ID']['output'];
};

export type TemplateLimitInput = {
  max: Scalars['Int']['input'];
  templateId: Scalars['ID']['input'];
};

export type UpdateSiteInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  rules?: InputMaybe<WorkingRulesInput>;
  shrinkage?: InputMaybe<Scalars['Float']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Working rules; absent fields mean no such rule. Minutes are integers. */
export type WorkingRules = {
  __typename?: 'WorkingRules';
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  fixedDaysOff: Maybe<Array<Scalars['Int']['output']>>;
  forbiddenSuccessions: Maybe<Array<ShiftSuccession>>;
  maxConsecutiveDays: Maybe<Scalars['Int']['output']>;
  maxMinutesPerWeek: Maybe<Scalars['Int']['output']>;
  maxShiftsPerTemplate: Maybe<Array<TemplateLimit>>;
  maxWorkingWeekends: Maybe<Scalars['Int']['output']>;
  minConsecutiveDaysOff: Maybe<Scalars['Int']['output']>;
  minMinutesPerWeek: Maybe<Scalars['Int']['output']>;
  minRestMinutes: Maybe<Scalars['Int']['output']>;
};

export type WorkingRulesInput = {
  fixedDaysOff?: InputMaybe<Array<Scalars['Int']['input']>>;
  forbiddenSuccessions?: InputMaybe<Array<ShiftSuccessionInput>>;
  maxConsecutiveDays?: InputMaybe<Scalars['Int']['input']>;
  maxMinutesPerWeek?: InputMaybe<Scalars['Int']['input']>;
  maxShiftsPerTemplate?: InputMaybe<Array<TemplateLimitInput>>;
  maxWorkingWeekends?: InputMaybe<Scalars['Int']['input']>;
  minConsecutiveDaysOff?: InputMaybe<Scalars['Int']['input']>;
  minMinutesPerWeek?: InputMaybe<Scalars['Int']['input']>;
  minRestMinutes?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddAssignmentInput: AddAssignmentInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateSiteInput: CreateSiteInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GenerateRosterInput: GenerateRosterInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Me: ResolverTypeWrapper<Me>;
  MoveAssignmentInput: MoveAssignmentInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Roster: ResolverTypeWrapper<RosterViewModel>;
  RosterAnalystFigures: ResolverTypeWrapper<RosterAnalystFiguresViewModel>;
  RosterAssignment: ResolverTypeWrapper<RosterAssignmentViewModel>;
  RosterAssignmentConnection: ResolverTypeWrapper<RosterAssignmentConnectionModel>;
  RosterAssignmentEdge: ResolverTypeWrapper<Omit<RosterAssignmentEdge, 'node'> & { node: ResolversTypes['RosterAssignment'] }>;
  RosterAssignmentWhy: ResolverTypeWrapper<RosterAssignmentWhy>;
  RosterCoverage: ResolverTypeWrapper<RosterCoverageViewModel>;
  RosterEditResult: ResolverTypeWrapper<RosterEditResultModel>;
  RosterJob: ResolverTypeWrapper<RosterJobViewModel>;
  RosterJobProgress: ResolverTypeWrapper<RosterJobProgress>;
  RosterJobStatus: RosterJobStatus;
  RosterSoftBreak: ResolverTypeWrapper<RosterSoftBreak>;
  RosterSolveOptions: ResolverTypeWrapper<RosterSolveOptions>;
  RosterSolveOptionsInput: RosterSolveOptionsInput;
  RosterStatus: RosterStatus;
  RosterTotals: ResolverTypeWrapper<RosterTotalsModel>;
  RosterViolation: ResolverTypeWrapper<RosterViolation>;
  ShiftSuccession: ResolverTypeWrapper<ShiftSuccession>;
  ShiftSuccessionInput: ShiftSuccessionInput;
  Site: ResolverTypeWrapper<SiteViewModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TemplateLimit: ResolverTypeWrapper<TemplateLimit>;
  TemplateLimitInput: TemplateLimitInput;
  UpdateSiteInput: UpdateSiteInput;
  WorkingRules: ResolverTypeWrapper<WorkingRules>;
  WorkingRulesInput: WorkingRulesInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAssignmentInput: AddAssignmentInput;
  Boolean: Scalars['Boolean']['output'];
  CreateSiteInput: CreateSiteInput;
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  GenerateRosterInput: GenerateRosterInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Me: Me;
  MoveAssignmentInput: MoveAssignmentInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Roster: RosterViewModel;
  RosterAnalystFigures: RosterAnalystFiguresViewModel;
  RosterAssignment: RosterAssignmentViewModel;
  RosterAssignmentConnection: RosterAssignmentConnectionModel;
  RosterAssignmentEdge: Omit<RosterAssignmentEdge, 'node'> & { node: ResolversParentTypes['RosterAssignment'] };
  RosterAssignmentWhy: RosterAssignmentWhy;
  RosterCoverage: RosterCoverageViewModel;
  RosterEditResult: RosterEditResultModel;
  RosterJob: RosterJobViewModel;
  RosterJobProgress: RosterJobProgress;
  RosterSoftBreak: RosterSoftBreak;
  RosterSolveOptions: RosterSolveOptions;
  RosterSolveOptionsInput: RosterSolveOptionsInput;
  RosterTotals: RosterTotalsModel;
  RosterViolation: RosterViolation;
  ShiftSuccession: ShiftSuccession;
  ShiftSuccessionInput: ShiftSuccessionInput;
  Site: SiteViewModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TemplateLimit: TemplateLimit;
  TemplateLimitInput: TemplateLimitInput;
  UpdateSiteInput: UpdateSiteInput;
  WorkingRules: WorkingRules;
  WorkingRulesInput: WorkingRulesInput;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  analystId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clientIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationAddAssignmentArgs, 'input'>>;
  cancelRosterJob?: Resolver<ResolversTypes['RosterJob'], ParentType, ContextType, RequireFields<MutationCancelRosterJobArgs, 'id'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  deactivateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationDeactivateSiteArgs, 'id'>>;
  generateRoster?: Resolver<ResolversTypes['RosterJob'], ParentType, ContextType, RequireFields<MutationGenerateRosterArgs, 'input'>>;
  moveAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationMoveAssignmentArgs, 'input'>>;
  pinAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationPinAssignmentArgs, 'id' | 'pinned'>>;
  publishRoster?: Resolver<ResolversTypes['Roster'], ParentType, ContextType, RequireFields<MutationPublishRosterArgs, 'id'>>;
  removeAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationRemoveAssignmentArgs, 'id'>>;
  resolveRoster?: Resolver<ResolversTypes['RosterJob'], ParentType, ContextType, RequireFields<MutationResolveRosterArgs, 'rosterId'>>;
  swapAssignments?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationSwapAssignmentsArgs, 'a' | 'b'>>;
  updateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpdateSiteArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  roster?: Resolver<Maybe<ResolversTypes['Roster']>, ParentType, ContextType, RequireFields<QueryRosterArgs, 'id'>>;
  rosterJob?: Resolver<Maybe<ResolversTypes['RosterJob']>, ParentType, ContextType, RequireFields<QueryRosterJobArgs, 'id'>>;
  rosterJobs?: Resolver<Array<ResolversTypes['RosterJob']>, ParentType, ContextType, Partial<QueryRosterJobsArgs>>;
  rosterVersions?: Resolver<Array<ResolversTypes['Roster']>, ParentType, ContextType, RequireFields<QueryRosterVersionsArgs, 'endDate' | 'siteIds' | 'startDate'>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySitesArgs, 'includeInactive'>>;
};

export type RosterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Roster'] = ResolversParentTypes['Roster']> = {
  analystFigures?: Resolver<Array<ResolversTypes['RosterAnalystFigures']>, ParentType, ContextType>;
  assignments?: Resolver<ResolversTypes['RosterAssignmentConnection'], ParentType, ContextType, RequireFields<RosterAssignmentsArgs, 'first'>>;
  bound?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['RosterCoverage']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  siteIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  solveStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RosterStatus'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['RosterTotals'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['RosterViolation']>, ParentType, ContextType>;
};

export type RosterAnalystFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAnalystFigures'] = ResolversParentTypes['RosterAnalystFigures']> = {
  alignmentMean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  analystId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  analystName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  developmentShifts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nights?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestsHonoured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shifts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekends?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RosterAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAssignment'] = ResolversParentTypes['RosterAssignment']> = {
  analystId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  analystName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  development?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  night?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paidMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  queueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  queueName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rosterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shiftTemplateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  templateCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['RosterAssignmentWhy'], ParentType, ContextType>;
};

export type RosterAssignmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAssignmentConnection'] = ResolversParentTypes['RosterAssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RosterAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RosterAssignmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAssignmentEdge'] = ResolversParentTypes['RosterAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RosterAssignment'], ParentType, ContextType>;
};

export type RosterAssignmentWhyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAssignmentWhy'] = ResolversParentTypes['RosterAssignmentWhy']> = {
  continuity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  proficiency?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shiftPreference?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RosterCoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterCoverage'] = ResolversParentTypes['RosterCoverage']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  queueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  queueName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RosterEditResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterEditResult'] = ResolversParentTypes['RosterEditResult']> = {
  assignments?: Resolver<Array<ResolversTypes['RosterAssignment']>, ParentType, ContextType>;
  objectiveAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  objectiveBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  removedAssignmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  roster?: Resolver<ResolversTypes['Roster'], ParentType, ContextType>;
  softBreaks?: Resolver<Array<ResolversTypes['RosterSoftBreak']>, ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['RosterViolation']>, ParentType, ContextType>;
};

export type RosterJobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterJob'] = ResolversParentTypes['RosterJob']> = {
  baseRosterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  options?: Resolver<ResolversTypes['RosterSolveOptions'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['RosterJobProgress'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rosterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  siteIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RosterJobStatus'], ParentType, ContextType>;
};

export type RosterJobProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterJobProgress'] = ResolversParentTypes['RosterJobProgress']> = {
  bestObjective?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  diagnostics?: Resolver<Array<ResolversTypes['RosterViolation']>, ParentType, ContextType>;
  elapsedSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  solveStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RosterSoftBreakResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterSoftBreak'] = ResolversParentTypes['RosterSoftBreak']> = {
  after?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RosterSolveOptionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterSolveOptions'] = ResolversParentTypes['RosterSolveOptions']> = {
  gapTolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeLimitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RosterTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterTotals'] = ResolversParentTypes['RosterTotals']> = {
  alignmentMean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  alignmentTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  developmentShifts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fairnessNightsSpread?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fairnessWeekendsSpread?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hardViolations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requestsHonoured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfallTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  surplusTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RosterViolationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterViolation'] = ResolversParentTypes['RosterViolation']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  analystId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queueId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShiftSuccessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShiftSuccession'] = ResolversParentTypes['ShiftSuccession']> = {
  fromTemplateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toTemplateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['WorkingRules'], ParentType, ContextType>;
  shrinkage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  rosterJobUpdated?: SubscriptionResolver<ResolversTypes['RosterJob'], "rosterJobUpdated", ParentType, ContextType, RequireFields<SubscriptionRosterJobUpdatedArgs, 'id'>>;
};

export type TemplateLimitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TemplateLimit'] = ResolversParentTypes['TemplateLimit']> = {
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  templateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WorkingRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkingRules'] = ResolversParentTypes['WorkingRules']> = {
  fixedDaysOff?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  forbiddenSuccessions?: Resolver<Maybe<Array<ResolversTypes['ShiftSuccession']>>, ParentType, ContextType>;
  maxConsecutiveDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxMinutesPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxShiftsPerTemplate?: Resolver<Maybe<Array<ResolversTypes['TemplateLimit']>>, ParentType, ContextType>;
  maxWorkingWeekends?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minConsecutiveDaysOff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minMinutesPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minRestMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  DateTime?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Roster?: RosterResolvers<ContextType>;
  RosterAnalystFigures?: RosterAnalystFiguresResolvers<ContextType>;
  RosterAssignment?: RosterAssignmentResolvers<ContextType>;
  RosterAssignmentConnection?: RosterAssignmentConnectionResolvers<ContextType>;
  RosterAssignmentEdge?: RosterAssignmentEdgeResolvers<ContextType>;
  RosterAssignmentWhy?: RosterAssignmentWhyResolvers<ContextType>;
  RosterCoverage?: RosterCoverageResolvers<ContextType>;
  RosterEditResult?: RosterEditResultResolvers<ContextType>;
  RosterJob?: RosterJobResolvers<ContextType>;
  RosterJobProgress?: RosterJobProgressResolvers<ContextType>;
  RosterSoftBreak?: RosterSoftBreakResolvers<ContextType>;
  RosterSolveOptions?: RosterSolveOptionsResolvers<ContextType>;
  RosterTotals?: RosterTotalsResolvers<ContextType>;
  RosterViolation?: RosterViolationResolvers<ContextType>;
  ShiftSuccession?: ShiftSuccessionResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TemplateLimit?: TemplateLimitResolvers<ContextType>;
  WorkingRules?: WorkingRulesResolvers<ContextType>;
};

