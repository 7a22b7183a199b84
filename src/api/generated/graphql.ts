import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiteView as SiteViewModel } from '../../domain/site';
import type { RosterAssignmentView as RosterAssignmentViewModel, RosterAnalystView as RosterAnalystViewModel, RosterQueueView as RosterQueueViewModel, RosterClientView as RosterClientViewModel, RosterShiftTemplateView as RosterShiftTemplateViewModel, AnalystScheduleView as AnalystScheduleViewModel, RosterAssignmentConnectionView as RosterAssignmentConnectionViewModel, AssignedTeamView as AssignedTeamViewModel, CalendarFeedView as CalendarFeedViewModel } from '../../domain/roster-view';
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

/** An analyst's shifts in the published rosters in force over a period. */
export type AnalystSchedule = {
  __typename?: 'AnalystSchedule';
  analyst: RosterAnalyst;
  endDate: Scalars['String']['output'];
  shifts: Array<RosterAssignment>;
  startDate: Scalars['String']['output'];
  /** The zone every shift's local times are in. */
  timeZone: Scalars['String']['output'];
};

/** The team on a client's queues in the published roster, and coverage against target. */
export type AssignedTeam = {
  __typename?: 'AssignedTeam';
  clientId: Scalars['ID']['output'];
  clientName: Scalars['String']['output'];
  coverage: Array<TeamQueueCoverage>;
  endDate: Scalars['String']['output'];
  members: Array<TeamMember>;
  startDate: Scalars['String']['output'];
  /** The client's zone: every local time of the coverage is in it. */
  timeZone: Scalars['String']['output'];
};

/** An analyst's calendar feed: GET it with any calendar app; the token in the path is the secret. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  analystId: Scalars['ID']['output'];
  /** e.g. /calendar/Vq3....ics, relative to the API's base URL. */
  path: Scalars['String']['output'];
};

export type CreateSiteInput = {
  name: Scalars['String']['input'];
  rules?: InputMaybe<WorkingRulesInput>;
  shrinkage?: InputMaybe<Scalars['Float']['input']>;
  /** IANA zone, e.g. America/Chicago. */
  timeZone: Scalars['String']['input'];
};

export type Me = {
  __typename?: 'Me';
  analystId: Maybe<Scalars['ID']['output']>;
  clientIds: Array<Scalars['ID']['output']>;
  role: Role;
  subject: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop: Maybe<Scalars['Boolean']['output']>;
  createSite: Site;
  deactivateSite: Site;
  /** A fresh calendar feed token; the old URL stops working. Analysts their own, staff any (analystId). */
  rotateCalendarToken: CalendarFeed;
  updateSite: Site;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationDeactivateSiteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateCalendarTokenArgs = {
  analystId?: InputMaybe<Scalars['ID']['input']>;
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
  /** The team and coverage on a client's queues; staff, or a manager of that client. */
  assignedTeam: AssignedTeam;
  /** Who the bearer token says you are. */
  me: Me;
  /** Your calendar feed path, or null until rotateCalendarToken made one; staff pass analystId. */
  myCalendarUrl: Maybe<CalendarFeed>;
  /** Your published shifts (analysts); staff pass analystId. Client managers: FORBIDDEN. */
  mySchedule: AnalystSchedule;
  /** Every published assignment in force over the period, by date then id; staff only. first: 1-10000, default 100. */
  publishedAssignments: RosterAssignmentConnection;
  site: Maybe<Site>;
  sites: Array<Site>;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryAssignedTeamArgs = {
  clientId: Scalars['ID']['input'];
  period: SchedulePeriodInput;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryMyCalendarUrlArgs = {
  analystId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryMyScheduleArgs = {
  analystId?: InputMaybe<Scalars['ID']['input']>;
  period: SchedulePeriodInput;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryPublishedAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: SchedulePeriodInput;
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

/** An analyst as a roster shows them: name only, nothing private. */
export type RosterAnalyst = {
  __typename?: 'RosterAnalyst';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One published assignment. Instants are UTC; local times are in `timeZone`. */
export type RosterAssignment = {
  __typename?: 'RosterAssignment';
  analyst: RosterAnalyst;
  client: RosterClient;
  /** The shift's date at its site (a night shift keeps the date it starts on). */
  date: Scalars['String']['output'];
  end: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  localEnd: Scalars['String']['output'];
  /** Wall-clock start in timeZone, e.g. 2026-03-08T23:00. */
  localStart: Scalars['String']['output'];
  night: Scalars['Boolean']['output'];
  paidMinutes: Scalars['Int']['output'];
  queue: RosterQueue;
  rosterId: Scalars['ID']['output'];
  shiftTemplate: RosterShiftTemplate;
  start: Scalars['DateTime']['output'];
  /** Zone of localStart/localEnd: the analyst's own zone, else their site's. */
  timeZone: Scalars['String']['output'];
};

export type RosterAssignmentConnection = {
  __typename?: 'RosterAssignmentConnection';
  edges: Array<RosterAssignmentEdge>;
  pageInfo: PageInfo;
};

export type RosterAssignmentEdge = {
  __typename?: 'RosterAssignmentEdge';
  cursor: Scalars['String']['output'];
  node: RosterAssignment;
};

export type RosterClient = {
  __typename?: 'RosterClient';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type RosterQueue = {
  __typename?: 'RosterQueue';
  /** phone, chat or portal. */
  channel: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type RosterShiftTemplate = {
  __typename?: 'RosterShiftTemplate';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Inclusive ISO dates (YYYY-MM-DD), at most 92 days. */
export type SchedulePeriodInput = {
  endDate: Scalars['String']['input'];
  startDate: Scalars['String']['input'];
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

/**
 * A coverage target interval. `planned` counts each analyst on the queue by the fraction of the
 * interval their shift overlaps (as the solver does); shortfall = max(0, target - planned).
 */
export type TeamCoverageInterval = {
  __typename?: 'TeamCoverageInterval';
  end: Scalars['DateTime']['output'];
  localEnd: Scalars['String']['output'];
  localStart: Scalars['String']['output'];
  planned: Scalars['Float']['output'];
  shortfall: Scalars['Float']['output'];
  start: Scalars['DateTime']['output'];
  target: Scalars['Int']['output'];
};

/** An analyst on the account: name, the skills the client's queues need, time on the account. */
export type TeamMember = {
  __typename?: 'TeamMember';
  analystId: Scalars['ID']['output'];
  hours: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  paidMinutes: Scalars['Int']['output'];
  shifts: Scalars['Int']['output'];
  skills: Array<TeamMemberSkill>;
};

export type TeamMemberSkill = {
  __typename?: 'TeamMemberSkill';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 0-5: 3 independent, 5 expert. */
  proficiency: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
};

export type TeamQueueCoverage = {
  __typename?: 'TeamQueueCoverage';
  channel: Scalars['String']['output'];
  intervals: Array<TeamCoverageInterval>;
  name: Scalars['String']['output'];
  queueId: Scalars['ID']['output'];
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
  AnalystSchedule: ResolverTypeWrapper<AnalystScheduleViewModel>;
  AssignedTeam: ResolverTypeWrapper<AssignedTeamViewModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarFeed: ResolverTypeWrapper<CalendarFeedViewModel>;
  CreateSiteInput: CreateSiteInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Me: ResolverTypeWrapper<Me>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  RosterAnalyst: ResolverTypeWrapper<RosterAnalystViewModel>;
  RosterAssignment: ResolverTypeWrapper<RosterAssignmentViewModel>;
  RosterAssignmentConnection: ResolverTypeWrapper<RosterAssignmentConnectionViewModel>;
  RosterAssignmentEdge: ResolverTypeWrapper<Omit<RosterAssignmentEdge, 'node'> & { node: ResolversTypes['RosterAssignment'] }>;
  RosterClient: ResolverTypeWrapper<RosterClientViewModel>;
  RosterQueue: ResolverTypeWrapper<RosterQueueViewModel>;
  RosterShiftTemplate: ResolverTypeWrapper<RosterShiftTemplateViewModel>;
  SchedulePeriodInput: SchedulePeriodInput;
  ShiftSuccession: ResolverTypeWrapper<ShiftSuccession>;
  ShiftSuccessionInput: ShiftSuccessionInput;
  Site: ResolverTypeWrapper<SiteViewModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TeamCoverageInterval: ResolverTypeWrapper<TeamCoverageInterval>;
  TeamMember: ResolverTypeWrapper<TeamMember>;
  TeamMemberSkill: ResolverTypeWrapper<TeamMemberSkill>;
  TeamQueueCoverage: ResolverTypeWrapper<TeamQueueCoverage>;
  TemplateLimit: ResolverTypeWrapper<TemplateLimit>;
  TemplateLimitInput: TemplateLimitInput;
  UpdateSiteInput: UpdateSiteInput;
  WorkingRules: ResolverTypeWrapper<WorkingRules>;
  WorkingRulesInput: WorkingRulesInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnalystSchedule: AnalystScheduleViewModel;
  AssignedTeam: AssignedTeamViewModel;
  Boolean: Scalars['Boolean']['output'];
  CalendarFeed: CalendarFeedViewModel;
  CreateSiteInput: CreateSiteInput;
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Me: Me;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RosterAnalyst: RosterAnalystViewModel;
  RosterAssignment: RosterAssignmentViewModel;
  RosterAssignmentConnection: RosterAssignmentConnectionViewModel;
  RosterAssignmentEdge: Omit<RosterAssignmentEdge, 'node'> & { node: ResolversParentTypes['RosterAssignment'] };
  RosterClient: RosterClientViewModel;
  RosterQueue: RosterQueueViewModel;
  RosterShiftTemplate: RosterShiftTemplateViewModel;
  SchedulePeriodInput: SchedulePeriodInput;
  ShiftSuccession: ShiftSuccession;
  ShiftSuccessionInput: ShiftSuccessionInput;
  Site: SiteViewModel;
  String: Scalars['String']['output'];
  TeamCoverageInterval: TeamCoverageInterval;
  TeamMember: TeamMember;
  TeamMemberSkill: TeamMemberSkill;
  TeamQueueCoverage: TeamQueueCoverage;
  TemplateLimit: TemplateLimit;
  TemplateLimitInput: TemplateLimitInput;
  UpdateSiteInput: UpdateSiteInput;
  WorkingRules: WorkingRules;
  WorkingRulesInput: WorkingRulesInput;
};

export type AnalystScheduleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalystSchedule'] = ResolversParentTypes['AnalystSchedule']> = {
  analyst?: Resolver<ResolversTypes['RosterAnalyst'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shifts?: Resolver<Array<ResolversTypes['RosterAssignment']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssignedTeamResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssignedTeam'] = ResolversParentTypes['AssignedTeam']> = {
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['TeamQueueCoverage']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CalendarFeedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarFeed'] = ResolversParentTypes['CalendarFeed']> = {
  analystId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  deactivateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationDeactivateSiteArgs, 'id'>>;
  rotateCalendarToken?: Resolver<ResolversTypes['CalendarFeed'], ParentType, ContextType, Partial<MutationRotateCalendarTokenArgs>>;
  updateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpdateSiteArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  assignedTeam?: Resolver<ResolversTypes['AssignedTeam'], ParentType, ContextType, RequireFields<QueryAssignedTeamArgs, 'clientId' | 'period'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  myCalendarUrl?: Resolver<Maybe<ResolversTypes['CalendarFeed']>, ParentType, ContextType, Partial<QueryMyCalendarUrlArgs>>;
  mySchedule?: Resolver<ResolversTypes['AnalystSchedule'], ParentType, ContextType, RequireFields<QueryMyScheduleArgs, 'period'>>;
  publishedAssignments?: Resolver<ResolversTypes['RosterAssignmentConnection'], ParentType, ContextType, RequireFields<QueryPublishedAssignmentsArgs, 'period'>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySitesArgs, 'includeInactive'>>;
};

export type RosterAnalystResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAnalyst'] = ResolversParentTypes['RosterAnalyst']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RosterAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAssignment'] = ResolversParentTypes['RosterAssignment']> = {
  analyst?: Resolver<ResolversTypes['RosterAnalyst'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['RosterClient'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  night?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paidMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['RosterQueue'], ParentType, ContextType>;
  rosterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shiftTemplate?: Resolver<ResolversTypes['RosterShiftTemplate'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RosterAssignmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAssignmentConnection'] = ResolversParentTypes['RosterAssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RosterAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RosterAssignmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAssignmentEdge'] = ResolversParentTypes['RosterAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RosterAssignment'], ParentType, ContextType>;
};

export type RosterClientResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterClient'] = ResolversParentTypes['RosterClient']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RosterQueueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterQueue'] = ResolversParentTypes['RosterQueue']> = {
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RosterShiftTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterShiftTemplate'] = ResolversParentTypes['RosterShiftTemplate']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type TeamCoverageIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeamCoverageInterval'] = ResolversParentTypes['TeamCoverageInterval']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  localEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = {
  analystId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shifts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['TeamMemberSkill']>, ParentType, ContextType>;
};

export type TeamMemberSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeamMemberSkill'] = ResolversParentTypes['TeamMemberSkill']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proficiency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TeamQueueCoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeamQueueCoverage'] = ResolversParentTypes['TeamQueueCoverage']> = {
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intervals?: Resolver<Array<ResolversTypes['TeamCoverageInterval']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  AnalystSchedule?: AnalystScheduleResolvers<ContextType>;
  AssignedTeam?: AssignedTeamResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RosterAnalyst?: RosterAnalystResolvers<ContextType>;
  RosterAssignment?: RosterAssignmentResolvers<ContextType>;
  RosterAssignmentConnection?: RosterAssignmentConnectionResolvers<ContextType>;
  RosterAssignmentEdge?: RosterAssignmentEdgeResolvers<ContextType>;
  RosterClient?: RosterClientResolvers<ContextType>;
  RosterQueue?: RosterQueueResolvers<ContextType>;
  RosterShiftTemplate?: RosterShiftTemplateResolvers<ContextType>;
  ShiftSuccession?: ShiftSuccessionResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  TeamCoverageInterval?: TeamCoverageIntervalResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TeamMemberSkill?: TeamMemberSkillResolvers<ContextType>;
  TeamQueueCoverage?: TeamQueueCoverageResolvers<ContextType>;
  TemplateLimit?: TemplateLimitResolvers<ContextType>;
  WorkingRules?: WorkingRulesResolvers<ContextType>;
};

