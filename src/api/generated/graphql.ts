import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiteView as SiteViewModel } from '../../domain/site';
import type { RosterJobView as RosterJobViewModel, RosterView as RosterViewModel, RosterAssignmentView as RosterAssignmentViewModel, RosterCoverageView as RosterCoverageViewModel, RosterAnalystFiguresView as RosterAnalystFiguresViewModel, RosterTotals as RosterTotalsModel, RosterEditResult as RosterEditResultModel, RosterAssignmentConnection as RosterAssignmentConnectionModel } from '../../domain/roster';
import type { PublishedAssignmentView as PublishedAssignmentViewModel, RosterAnalystView as RosterAnalystViewModel, RosterQueueView as RosterQueueViewModel, RosterClientView as RosterClientViewModel, RosterShiftTemplateView as RosterShiftTemplateViewModel, AnalystScheduleView as AnalystScheduleViewModel, PublishedAssignmentConnectionView as PublishedAssignmentConnectionViewModel, AssignedTeamView as AssignedTeamViewModel, CalendarFeedView as CalendarFeedViewModel } from '../../domain/roster-view';
import type { SkillView as SkillViewModel } from '../../domain/skill';
import type { AnalystView as AnalystViewModel, AnalystSkillView as AnalystSkillViewModel, ShiftPreferenceView as ShiftPreferenceViewModel, ShiftRequestView as ShiftRequestViewModel, TimeOffView as TimeOffViewModel } from '../../domain/analyst';
import type { WorkingRules as WorkingRulesModel } from '../../domain/working-rules';
import type { ClientView as ClientViewModel, ContractView as ContractViewModel, DedicatedAnalystView as DedicatedAnalystViewModel } from '../../domain/client';
import type { QueueView as QueueViewModel, RequiredSkillView as RequiredSkillViewModel, CoverageTargetView as CoverageTargetViewModel } from '../../domain/queue';
import type { ShiftTemplateView as ShiftTemplateViewModel } from '../../domain/shift-template';
import type { QueueForecastView as QueueForecastViewModel, QueueStaffingView as QueueStaffingViewModel } from '../../domain/forecast';
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

export type AddShiftRequestInput = {
  analystId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
  /** Omit for the whole day. */
  shiftTemplateId?: InputMaybe<Scalars['ID']['input']>;
  wantsToWork: Scalars['Boolean']['input'];
  weight: Scalars['Int']['input'];
};

/**
 * A person who takes contacts. Staff see every analyst; an analyst sees their own profile.
 * Interests, shift preferences, requests and time off are visible only to the analyst and staff:
 * anyone else reading them gets FORBIDDEN.
 */
export type Analyst = {
  __typename?: 'Analyst';
  active: Scalars['Boolean']['output'];
  background: Background;
  /** The rules in force: the site's defaults with the analyst's overrides on top. */
  effectiveRules: WorkingRules;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Most shifts per roster period spent on development (learning a new skill). */
  maxDevelopmentShifts: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The analyst's own overrides of the site's working rules. */
  rules: WorkingRules;
  /** Private: the analyst and staff only. */
  shiftPreferences: Array<ShiftPreference>;
  /** Private: the analyst and staff only. */
  shiftRequests: Array<ShiftRequest>;
  site: Site;
  skills: Array<AnalystSkill>;
  /** Private: the analyst and staff only. */
  timeOff: Array<TimeOff>;
  /** Own IANA zone for reading the schedule; null means the site's zone. */
  timeZone: Maybe<Scalars['String']['output']>;
  usualClientId: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type AnalystConnection = {
  __typename?: 'AnalystConnection';
  edges: Array<AnalystEdge>;
  pageInfo: PageInfo;
  /** Analysts matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AnalystEdge = {
  __typename?: 'AnalystEdge';
  cursor: Scalars['String']['output'];
  node: Analyst;
};

export type AnalystFilter = {
  background?: InputMaybe<Background>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  skill?: InputMaybe<SkillLevelFilter>;
  /** Case-insensitive part of the name. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An analyst's shifts in the published rosters in force over a period. */
export type AnalystSchedule = {
  __typename?: 'AnalystSchedule';
  analyst: RosterAnalyst;
  endDate: Scalars['String']['output'];
  shifts: Array<PublishedAssignment>;
  startDate: Scalars['String']['output'];
  /** The zone every shift's local times are in. */
  timeZone: Scalars['String']['output'];
};

export type AnalystSkill = {
  __typename?: 'AnalystSkill';
  /** ISO date after which the skill may not be used; null when no certification applies. */
  certificationExpires: Maybe<Scalars['String']['output']>;
  /** How much the analyst wants this work, -2..2. Private: the analyst and staff only. */
  interest: Scalars['Int']['output'];
  /** 0: cannot take it; 3: independent; 5: expert and mentor. */
  proficiency: Scalars['Int']['output'];
  skill: Skill;
};

/**
 * Analysts set their own proficiency as well as interest and certifications (a self-assessment a
 * lead may review); staff may set them for anyone.
 */
export type AnalystSkillInput = {
  certificationExpires?: InputMaybe<Scalars['String']['input']>;
  interest?: InputMaybe<Scalars['Int']['input']>;
  proficiency: Scalars['Int']['input'];
  skillId: Scalars['ID']['input'];
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

export type Background =
  | 'clinical'
  | 'hospitality'
  | 'it'
  | 'other';

/** An analyst's calendar feed: GET it with any calendar app; the token in the path is the secret. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  analystId: Scalars['ID']['output'];
  /** e.g. /calendar/Vq3....ics, relative to the API's base URL. */
  path: Scalars['String']['output'];
};

/** A hospital or health system whose desk we run. Client managers see only their own clients. */
export type Client = {
  __typename?: 'Client';
  active: Scalars['Boolean']['output'];
  /** Contracts of the client, inactive ones included, by start date. */
  contracts: Array<Contract>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  queues: Array<Queue>;
  /** IANA zone the client's coverage targets are given in. */
  timeZone: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


/** A hospital or health system whose desk we run. Client managers see only their own clients. */
export type ClientQueuesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A client's terms for a period, startDate..endDate inclusive (ISO dates). */
export type Contract = {
  __typename?: 'Contract';
  active: Scalars['Boolean']['output'];
  client: Client;
  dedicatedAnalystIds: Array<Scalars['ID']['output']>;
  dedicatedAnalysts: Array<DedicatedAnalyst>;
  endDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Minimum proficiency 0-5 an analyst needs to work the client's queues. */
  minimumProficiency: Scalars['Int']['output'];
  /** Fraction of contacts answered within targetAnswerSeconds, 0 < serviceLevel < 1 (0.8 in '80% in 30 s'). */
  serviceLevel: Scalars['Float']['output'];
  staffing: ContractStaffing;
  startDate: Scalars['String']['output'];
  targetAnswerSeconds: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type ContractStaffing =
  /** Only the contract's dedicated analysts may work the client's queues. */
  | 'dedicated'
  /** Any analyst with the skills may work the client's queues. */
  | 'shared';

/**
 * Analysts required on a queue from localStart to localEnd ("HH:mm", the client's zone; "24:00" closes
 * the day), either every given weekday (1 = Monday ... 7 = Sunday) or on one date: exactly one is set.
 */
export type CoverageTarget = {
  __typename?: 'CoverageTarget';
  date: Maybe<Scalars['String']['output']>;
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  localEnd: Scalars['String']['output'];
  localStart: Scalars['String']['output'];
  queueId: Scalars['ID']['output'];
  weekday: Maybe<Scalars['Int']['output']>;
};

export type CreateAnalystInput = {
  background: Background;
  email: Scalars['String']['input'];
  maxDevelopmentShifts?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  rules?: InputMaybe<WorkingRulesInput>;
  siteId: Scalars['ID']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  usualClientId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateClientInput = {
  name: Scalars['String']['input'];
  /** IANA zone, e.g. America/Chicago. */
  timeZone: Scalars['String']['input'];
};

export type CreateContractInput = {
  clientId: Scalars['ID']['input'];
  /** Only with dedicated staffing. */
  dedicatedAnalystIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Inclusive; not before startDate. */
  endDate: Scalars['String']['input'];
  minimumProficiency?: InputMaybe<Scalars['Int']['input']>;
  serviceLevel: Scalars['Float']['input'];
  staffing: ContractStaffing;
  startDate: Scalars['String']['input'];
  targetAnswerSeconds: Scalars['Int']['input'];
};

export type CreateCoverageTargetInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  headcount: Scalars['Int']['input'];
  localEnd: Scalars['String']['input'];
  localStart: Scalars['String']['input'];
  queueId: Scalars['ID']['input'];
  /** Give weekday or date, not both. */
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateQueueInput = {
  channel: QueueChannel;
  clientId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  requiredSkills?: InputMaybe<Array<RequiredSkillInput>>;
};

export type CreateShiftTemplateInput = {
  code: Scalars['String']['input'];
  lengthMinutes: Scalars['Int']['input'];
  localStart: Scalars['String']['input'];
  name: Scalars['String']['input'];
  night?: InputMaybe<Scalars['Boolean']['input']>;
  paidMinutes: Scalars['Int']['input'];
  siteId: Scalars['ID']['input'];
};

export type CreateSiteInput = {
  name: Scalars['String']['input'];
  rules?: InputMaybe<WorkingRulesInput>;
  shrinkage?: InputMaybe<Scalars['Float']['input']>;
  /** IANA zone, e.g. America/Chicago. */
  timeZone: Scalars['String']['input'];
};

export type CreateSkillInput = {
  category: SkillCategory;
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** An analyst dedicated to a contract: id and name only, nothing of the analyst's profile. */
export type DedicatedAnalyst = {
  __typename?: 'DedicatedAnalyst';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/**
 * Contacts expected in the interval starting at localStart ("HH:mm", client's zone), every weekday
 * (1 = Monday ... 7 = Sunday) or on one date: exactly one is set. A date beats its weekday.
 */
export type ForecastEntry = {
  __typename?: 'ForecastEntry';
  date: Maybe<Scalars['String']['output']>;
  localStart: Scalars['String']['output'];
  /**
   * 1, or 2 for the second pass through a local time repeated when clocks fall back. An entry of
   * occurrence 1 serves both passes unless an entry of occurrence 2 gives the second its own volume.
   */
  occurrence: Scalars['Int']['output'];
  volume: Scalars['Float']['output'];
  weekday: Maybe<Scalars['Int']['output']>;
};

export type ForecastEntryInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  localStart: Scalars['String']['input'];
  /** 1 (default) or 2 for the second pass through the repeated hour. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  volume: Scalars['Float']['input'];
  weekday?: InputMaybe<Scalars['Int']['input']>;
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
  addShiftRequest: ShiftRequest;
  cancelRosterJob: RosterJob;
  /** The analyst or staff: withdraws the time off. */
  cancelTimeOff: Scalars['Boolean']['output'];
  createAnalyst: Analyst;
  createClient: Client;
  createContract: Contract;
  createCoverageTarget: CoverageTarget;
  createQueue: Queue;
  createShiftTemplate: ShiftTemplate;
  createSite: Site;
  /** Scheduler or admin. */
  createSkill: Skill;
  deactivateAnalyst: Analyst;
  deactivateClient: Client;
  deactivateContract: Contract;
  deactivateQueue: Queue;
  deactivateShiftTemplate: ShiftTemplate;
  deactivateSite: Site;
  /** Scheduler or admin. Analysts keep their levels in it; it just stops being offered. */
  deactivateSkill: Skill;
  /** Staff only: approve or reject requested time off. */
  decideTimeOff: TimeOff;
  /** Returns the id of the deleted target. */
  deleteCoverageTarget: Scalars['ID']['output'];
  /** Starts a solve job and returns it at once; follow it with rosterJob or the rosterJobUpdated subscription. */
  generateRoster: RosterJob;
  moveAssignment: RosterEditResult;
  pinAssignment: RosterEditResult;
  /** Draft -> published; an earlier published roster of the same period and sites becomes superseded. */
  publishRoster: Roster;
  removeAssignment: RosterEditResult;
  /** True when the request existed and was removed. */
  removeShiftRequest: Scalars['Boolean']['output'];
  requestTimeOff: TimeOff;
  /** A new solve job for a roster's period and sites keeping its pinned assignments. */
  resolveRoster: RosterJob;
  /** A fresh calendar feed token; the old URL stops working. Analysts their own, staff any (analystId). */
  rotateCalendarToken: CalendarFeed;
  setAnalystSkills: Analyst;
  /** Replaces the queue's forecast in one transaction (staff only). */
  setQueueForecast: QueueForecast;
  setShiftPreferences: Analyst;
  /** Swaps the analysts of two assignments of the same draft. */
  swapAssignments: RosterEditResult;
  updateAnalyst: Analyst;
  updateClient: Client;
  updateContract: Contract;
  updateCoverageTarget: CoverageTarget;
  updateQueue: Queue;
  updateShiftTemplate: ShiftTemplate;
  updateSite: Site;
  /** Scheduler or admin. */
  updateSkill: Skill;
};


export type MutationAddAssignmentArgs = {
  input: AddAssignmentInput;
};


export type MutationAddShiftRequestArgs = {
  input: AddShiftRequestInput;
};


export type MutationCancelRosterJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelTimeOffArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAnalystArgs = {
  input: CreateAnalystInput;
};


export type MutationCreateClientArgs = {
  input: CreateClientInput;
};


export type MutationCreateContractArgs = {
  input: CreateContractInput;
};


export type MutationCreateCoverageTargetArgs = {
  input: CreateCoverageTargetInput;
};


export type MutationCreateQueueArgs = {
  input: CreateQueueInput;
};


export type MutationCreateShiftTemplateArgs = {
  input: CreateShiftTemplateInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateSkillArgs = {
  input: CreateSkillInput;
};


export type MutationDeactivateAnalystArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateContractArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateQueueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateShiftTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateSiteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateSkillArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDecideTimeOffArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteCoverageTargetArgs = {
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


export type MutationRemoveShiftRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestTimeOffArgs = {
  input: RequestTimeOffInput;
};


export type MutationResolveRosterArgs = {
  options?: InputMaybe<RosterSolveOptionsInput>;
  rosterId: Scalars['ID']['input'];
};


export type MutationRotateCalendarTokenArgs = {
  analystId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetAnalystSkillsArgs = {
  input: SetAnalystSkillsInput;
};


export type MutationSetQueueForecastArgs = {
  input: SetQueueForecastInput;
};


export type MutationSetShiftPreferencesArgs = {
  input: SetShiftPreferencesInput;
};


export type MutationSwapAssignmentsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  rosterVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateAnalystArgs = {
  input: UpdateAnalystInput;
};


export type MutationUpdateClientArgs = {
  input: UpdateClientInput;
};


export type MutationUpdateContractArgs = {
  input: UpdateContractInput;
};


export type MutationUpdateCoverageTargetArgs = {
  input: UpdateCoverageTargetInput;
};


export type MutationUpdateQueueArgs = {
  input: UpdateQueueInput;
};


export type MutationUpdateShiftTemplateArgs = {
  input: UpdateShiftTemplateInput;
};


export type MutationUpdateSiteArgs = {
  input: UpdateSiteInput;
};


export type MutationUpdateSkillArgs = {
  input: UpdateSkillInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** One published assignment. Instants are UTC; local times are in `timeZone`. */
export type PublishedAssignment = {
  __typename?: 'PublishedAssignment';
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

export type PublishedAssignmentConnection = {
  __typename?: 'PublishedAssignmentConnection';
  edges: Array<PublishedAssignmentEdge>;
  pageInfo: PageInfo;
};

export type PublishedAssignmentEdge = {
  __typename?: 'PublishedAssignmentEdge';
  cursor: Scalars['String']['output'];
  node: PublishedAssignment;
};

/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type Query = {
  __typename?: 'Query';
  /** The analyst themself or staff. */
  analyst: Maybe<Analyst>;
  /** Staff only. Ordered by name then id; `first` is 1-100 (default 20). */
  analysts: AnalystConnection;
  /** The team and coverage on a client's queues; staff, or a manager of that client. */
  assignedTeam: AssignedTeam;
  /** NOT_FOUND when the client does not exist or is not yours. */
  client: Maybe<Client>;
  /** Staff see every client; a client manager only their own. */
  clients: Array<Client>;
  /** NOT_FOUND when the contract does not exist or is not your client's. */
  contract: Maybe<Contract>;
  /** Who the bearer token says you are. */
  me: Me;
  /** Your calendar feed path, or null until rotateCalendarToken made one; staff pass analystId. */
  myCalendarUrl: Maybe<CalendarFeed>;
  /** The analyst named by the bearer token. */
  myProfile: Analyst;
  /** Your published shifts (analysts); staff pass analystId. Client managers: FORBIDDEN. */
  mySchedule: AnalystSchedule;
  /** Every published assignment in force over the period, by date then id; staff only. first: 1-10000, default 100. */
  publishedAssignments: PublishedAssignmentConnection;
  /** NOT_FOUND when the queue does not exist or is not your client's. */
  queue: Maybe<Queue>;
  /** The queue's forecast, or null when it has none. NOT_FOUND when the queue is not yours to see. */
  queueForecast: Maybe<QueueForecast>;
  /**
   * Staffing per interval of the queue from startDate to endDate (the client's local dates, inclusive,
   * at most 92 days). Service level and target come from the client's contract of each date; a date
   * without an active contract is BAD_USER_INPUT naming the period. siteId: use that site's shrinkage.
   */
  queueStaffing: QueueStaffing;
  roster: Maybe<Roster>;
  /** A solve job (staff). */
  rosterJob: Maybe<RosterJob>;
  /** Recent solve jobs, newest first, optionally of one status (staff). */
  rosterJobs: Array<RosterJob>;
  /** Published and superseded versions of the rosters of a period and site set, newest first. */
  rosterVersions: Array<Roster>;
  shiftTemplate: Maybe<ShiftTemplate>;
  /** Every authenticated user may read shift templates; siteId narrows to one site. */
  shiftTemplates: Array<ShiftTemplate>;
  site: Maybe<Site>;
  sites: Array<Site>;
  skill: Maybe<Skill>;
  skills: Array<Skill>;
  /** Erlang C for given numbers; saves nothing. Any signed-in role may ask. */
  staffing: Staffing;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryAnalystArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryAnalystsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnalystFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryClientsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
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
export type QueryQueueArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryQueueForecastArgs = {
  queueId: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryQueueStaffingArgs = {
  endDate: Scalars['String']['input'];
  queueId: Scalars['ID']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
  startDate: Scalars['String']['input'];
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
export type QueryShiftTemplateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryShiftTemplatesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
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


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QuerySkillArgs = {
  id: Scalars['ID']['input'];
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QuerySkillsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * deskalign's API. Every operation needs a bearer token (see README, `npm run token`).
 * Errors carry extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND, CONFLICT (stale version), INFEASIBLE.
 */
export type QueryStaffingArgs = {
  handleTimeSeconds: Scalars['Float']['input'];
  intervalMinutes: Scalars['Int']['input'];
  maxOccupancy: Scalars['Float']['input'];
  serviceLevel: Scalars['Float']['input'];
  shrinkage: Scalars['Float']['input'];
  targetAnswerSeconds: Scalars['Float']['input'];
  volume: Scalars['Float']['input'];
};

/** Where a client's contacts land; needs skills at a minimum proficiency and has coverage targets. */
export type Queue = {
  __typename?: 'Queue';
  active: Scalars['Boolean']['output'];
  channel: QueueChannel;
  client: Client;
  /** Coverage targets, weekday patterns first, then dated ones. */
  coverageTargets: Array<CoverageTarget>;
  id: Scalars['ID']['output'];
  /** Unique within the client. */
  name: Scalars['String']['output'];
  requiredSkills: Array<RequiredSkill>;
};

export type QueueChannel =
  | 'chat'
  | 'phone'
  | 'portal';

/**
 * A queue's forecast: contacts per interval on the client's wall clock, and the figures Erlang C
 * needs besides the contract's service level.
 */
export type QueueForecast = {
  __typename?: 'QueueForecast';
  entries: Array<ForecastEntry>;
  /** Average handle time (talk plus wrap-up), seconds > 0. */
  handleTimeSeconds: Scalars['Float']['output'];
  /** 30 or 60. */
  intervalMinutes: Scalars['Int']['output'];
  /** Highest acceptable share of agents' time on contacts, in (0, 1]. */
  maxOccupancy: Scalars['Float']['output'];
  queueId: Scalars['ID']['output'];
  /** The queue's own shrinkage in [0, 1); null: the serving sites' shrinkage applies. */
  shrinkage: Maybe<Scalars['Float']['output']>;
  /** The client's IANA zone, in which the entries' local times are given. */
  timeZone: Scalars['String']['output'];
};

export type QueueStaffing = {
  __typename?: 'QueueStaffing';
  intervalMinutes: Scalars['Int']['output'];
  intervals: Array<StaffingInterval>;
  queueId: Scalars['ID']['output'];
  /** Shrinkage applied: the queue's own, else the chosen site's, else the highest of the active sites. */
  shrinkage: Scalars['Float']['output'];
  timeZone: Scalars['String']['output'];
};

export type RequestTimeOffInput = {
  analystId: Scalars['ID']['input'];
  /** Staff only: record the leave as approved at once. */
  approved?: InputMaybe<Scalars['Boolean']['input']>;
  endDate: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  startDate: Scalars['String']['input'];
};

/** A skill the queue needs, at a minimum proficiency 0-5. */
export type RequiredSkill = {
  __typename?: 'RequiredSkill';
  minimumProficiency: Scalars['Int']['output'];
  skillCode: Scalars['String']['output'];
  skillId: Scalars['ID']['output'];
};

export type RequiredSkillInput = {
  minimumProficiency: Scalars['Int']['input'];
  skillId: Scalars['ID']['input'];
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

/** An analyst as a roster shows them: name only, nothing private. */
export type RosterAnalyst = {
  __typename?: 'RosterAnalyst';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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

export type RosterClient = {
  __typename?: 'RosterClient';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
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
 * Where a job is: phase queued -> loading -> solving -> storing -> done. While solving, solverPhase,
 * bestObjective, bound and gap follow the solver: they change at each of its phases and each time
 * it finds a better roster; at done they are the stored roster's.
 */
export type RosterJobProgress = {
  __typename?: 'RosterJobProgress';
  /** The objective of the best roster found so far (lower is better). */
  bestObjective: Maybe<Scalars['Float']['output']>;
  /** A proved lower bound on the objective of every roster, when the solver has one. */
  bound: Maybe<Scalars['Float']['output']>;
  /** Why there is no roster (which rule, analyst, date and by how much), or a feasible roster's broken rules. */
  diagnostics: Array<RosterViolation>;
  /** Seconds since the job started loading; while solving and after, the solver's own seconds. */
  elapsedSeconds: Scalars['Float']['output'];
  /** (bestObjective - bound) / max(1, |bestObjective|). */
  gap: Maybe<Scalars['Float']['output']>;
  phase: Scalars['String']['output'];
  /** optimal, feasible, infeasible, timedout, invalid or error, once known. */
  solveStatus: Maybe<Scalars['String']['output']>;
  /** The solver's phase while solving: plan, start, lns (improving the roster), mip (the final full model) or done. */
  solverPhase: Maybe<Scalars['String']['output']>;
};

/** A solve job's state. Terminal: succeeded (see rosterId), failed (see error and progress.diagnostics), cancelled. */
export type RosterJobStatus =
  | 'cancelled'
  | 'failed'
  | 'queued'
  | 'running'
  | 'succeeded';

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

/** Inclusive ISO dates (YYYY-MM-DD), at most 92 days. */
export type SchedulePeriodInput = {
  endDate: Scalars['String']['input'];
  startDate: Scalars['String']['input'];
};

export type SetAnalystSkillsInput = {
  analystId: Scalars['ID']['input'];
  /** Replaces the whole set. */
  skills: Array<AnalystSkillInput>;
  /** The analyst's version you read; a stale version is CONFLICT. */
  version: Scalars['Int']['input'];
};

export type SetQueueForecastInput = {
  /** Replaces every entry of the queue. */
  entries: Array<ForecastEntryInput>;
  handleTimeSeconds: Scalars['Float']['input'];
  /** 30 or 60. */
  intervalMinutes: Scalars['Int']['input'];
  maxOccupancy: Scalars['Float']['input'];
  queueId: Scalars['ID']['input'];
  /** Omit to use the serving sites' shrinkage. */
  shrinkage?: InputMaybe<Scalars['Float']['input']>;
};

export type SetShiftPreferencesInput = {
  analystId: Scalars['ID']['input'];
  /** Replaces the whole set; templates must be at the analyst's site. */
  preferences: Array<ShiftPreferenceInput>;
  version: Scalars['Int']['input'];
};

export type ShiftPreference = {
  __typename?: 'ShiftPreference';
  /** -2 (avoid) .. 2 (prefer). */
  preference: Scalars['Int']['output'];
  shiftTemplateId: Scalars['ID']['output'];
};

export type ShiftPreferenceInput = {
  preference: Scalars['Int']['input'];
  shiftTemplateId: Scalars['ID']['input'];
};

/** A wish to work (or not work) a date, or one shift on it, with a weight 1-10. */
export type ShiftRequest = {
  __typename?: 'ShiftRequest';
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null: the whole day. */
  shiftTemplateId: Maybe<Scalars['ID']['output']>;
  wantsToWork: Scalars['Boolean']['output'];
  weight: Scalars['Int']['output'];
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

/** A named shift at a site: starts at localStart in the site's zone and lasts lengthMinutes of real time. */
export type ShiftTemplate = {
  __typename?: 'ShiftTemplate';
  active: Scalars['Boolean']['output'];
  /** Unique within the site, e.g. D for day, N for night. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 1..1440. */
  lengthMinutes: Scalars['Int']['output'];
  /** Wall-clock start "HH:mm" in the site's zone. */
  localStart: Scalars['String']['output'];
  name: Scalars['String']['output'];
  night: Scalars['Boolean']['output'];
  /** 0..lengthMinutes. */
  paidMinutes: Scalars['Int']['output'];
  site: Site;
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

/** Something a queue needs: an EHR application, access and passwords, a language... */
export type Skill = {
  __typename?: 'Skill';
  active: Scalars['Boolean']['output'];
  category: SkillCategory;
  /** Short unique code, e.g. EPIC_AMB. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type SkillCategory =
  | 'access'
  | 'clinical_app'
  | 'devices'
  | 'ehr'
  | 'general'
  | 'language'
  | 'telephony';

export type SkillLevelFilter = {
  /** At least this proficiency (default 1). */
  minProficiency?: InputMaybe<Scalars['Int']['input']>;
  skillId: Scalars['ID']['input'];
};

/** Erlang C figures for one interval. */
export type Staffing = {
  __typename?: 'Staffing';
  /** Agents on contacts: the fewest whose service level meets the target within the occupancy cap. */
  agents: Scalars['Int']['output'];
  /** Predicted average speed of answer, seconds; null when the queue grows without bound. */
  averageSpeedOfAnswer: Maybe<Scalars['Float']['output']>;
  occupancy: Scalars['Float']['output'];
  /** Agents grossed up for shrinkage: ceil(agents / (1 - shrinkage)). */
  requiredHeadcount: Scalars['Int']['output'];
  /** Predicted share answered within the target time, 0..1. */
  serviceLevel: Scalars['Float']['output'];
  /** Offered traffic: volume x handle time / interval length. */
  trafficErlangs: Scalars['Float']['output'];
};

/** One real interval of a queue's staffing. */
export type StaffingInterval = {
  __typename?: 'StaffingInterval';
  agents: Scalars['Int']['output'];
  averageSpeedOfAnswer: Maybe<Scalars['Float']['output']>;
  end: Scalars['String']['output'];
  localDate: Scalars['String']['output'];
  localEnd: Scalars['String']['output'];
  /** The same instants with the client's offset, e.g. 2026-11-01T01:00:00.000-05:00. */
  localStart: Scalars['String']['output'];
  occupancy: Scalars['Float']['output'];
  /** 2 for the second pass through a repeated local time. */
  occurrence: Scalars['Int']['output'];
  requiredHeadcount: Scalars['Int']['output'];
  serviceLevel: Scalars['Float']['output'];
  source: StaffingSource;
  /** UTC instants. */
  start: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
  trafficErlangs: Scalars['Float']['output'];
  volume: Scalars['Float']['output'];
};

export type StaffingSource =
  /** Derived from the forecast with Erlang C. */
  | 'forecast'
  /** An explicit coverage target set the head count; the figures show what it achieves. */
  | 'override';

export type Subscription = {
  __typename?: 'Subscription';
  /** A job's state now and after every change, until it ends (server-sent events). */
  rosterJobUpdated: RosterJob;
};


export type SubscriptionRosterJobUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A coverage target interval. `planned` counts each analyst on the queue by the fraction of the
 * interval their shift overlaps (as the solver does); shortfall = max(0, target - planned). As in
 * the solver, only shifts dated inside the period count, so a night shift dated the day before the
 * period does not cover its first morning.
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

/** Leave from startDate to endDate inclusive; only approved leave makes the analyst unavailable. */
export type TimeOff = {
  __typename?: 'TimeOff';
  analystId: Scalars['ID']['output'];
  endDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
  startDate: Scalars['String']['output'];
  status: TimeOffStatus;
};

export type TimeOffStatus =
  | 'approved'
  | 'rejected'
  | 'requested';

/**
 * Absent fields are left as they are. An analyst may change their own name and time zone;
 * email, site, background, rules, usual client and development shifts are for staff.
 */
export type UpdateAnalystInput = {
  background?: InputMaybe<Background>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  maxDevelopmentShifts?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the analyst's overrides as a whole; {} leaves only the site's defaults. */
  rules?: InputMaybe<WorkingRulesInput>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  usualClientId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a stale version is CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateClientInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateContractInput = {
  /** Replaces the whole set; only with dedicated staffing. */
  dedicatedAnalystIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minimumProficiency?: InputMaybe<Scalars['Int']['input']>;
  serviceLevel?: InputMaybe<Scalars['Float']['input']>;
  staffing?: InputMaybe<ContractStaffing>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  targetAnswerSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; a stale version is CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateCoverageTargetInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  headcount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  localEnd?: InputMaybe<Scalars['String']['input']>;
  localStart?: InputMaybe<Scalars['String']['input']>;
  /** Giving weekday clears date and the other way round; not both. */
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateQueueInput = {
  channel?: InputMaybe<QueueChannel>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole set. */
  requiredSkills?: InputMaybe<Array<RequiredSkillInput>>;
};

export type UpdateShiftTemplateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  lengthMinutes?: InputMaybe<Scalars['Int']['input']>;
  localStart?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  night?: InputMaybe<Scalars['Boolean']['input']>;
  paidMinutes?: InputMaybe<Scalars['Int']['input']>;
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

export type UpdateSkillInput = {
  category?: InputMaybe<SkillCategory>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
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
  AddShiftRequestInput: AddShiftRequestInput;
  Analyst: ResolverTypeWrapper<AnalystViewModel>;
  AnalystConnection: ResolverTypeWrapper<Omit<AnalystConnection, 'edges'> & { edges: Array<ResolversTypes['AnalystEdge']> }>;
  AnalystEdge: ResolverTypeWrapper<Omit<AnalystEdge, 'node'> & { node: ResolversTypes['Analyst'] }>;
  AnalystFilter: AnalystFilter;
  AnalystSchedule: ResolverTypeWrapper<AnalystScheduleViewModel>;
  AnalystSkill: ResolverTypeWrapper<AnalystSkillViewModel>;
  AnalystSkillInput: AnalystSkillInput;
  AssignedTeam: ResolverTypeWrapper<AssignedTeamViewModel>;
  Background: Background;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarFeed: ResolverTypeWrapper<CalendarFeedViewModel>;
  Client: ResolverTypeWrapper<ClientViewModel>;
  Contract: ResolverTypeWrapper<ContractViewModel>;
  ContractStaffing: ContractStaffing;
  CoverageTarget: ResolverTypeWrapper<CoverageTargetViewModel>;
  CreateAnalystInput: CreateAnalystInput;
  CreateClientInput: CreateClientInput;
  CreateContractInput: CreateContractInput;
  CreateCoverageTargetInput: CreateCoverageTargetInput;
  CreateQueueInput: CreateQueueInput;
  CreateShiftTemplateInput: CreateShiftTemplateInput;
  CreateSiteInput: CreateSiteInput;
  CreateSkillInput: CreateSkillInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DedicatedAnalyst: ResolverTypeWrapper<DedicatedAnalystViewModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForecastEntry: ResolverTypeWrapper<ForecastEntry>;
  ForecastEntryInput: ForecastEntryInput;
  GenerateRosterInput: GenerateRosterInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Me: ResolverTypeWrapper<Me>;
  MoveAssignmentInput: MoveAssignmentInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishedAssignment: ResolverTypeWrapper<PublishedAssignmentViewModel>;
  PublishedAssignmentConnection: ResolverTypeWrapper<PublishedAssignmentConnectionViewModel>;
  PublishedAssignmentEdge: ResolverTypeWrapper<Omit<PublishedAssignmentEdge, 'node'> & { node: ResolversTypes['PublishedAssignment'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Queue: ResolverTypeWrapper<QueueViewModel>;
  QueueChannel: QueueChannel;
  QueueForecast: ResolverTypeWrapper<QueueForecastViewModel>;
  QueueStaffing: ResolverTypeWrapper<QueueStaffingViewModel>;
  RequestTimeOffInput: RequestTimeOffInput;
  RequiredSkill: ResolverTypeWrapper<RequiredSkillViewModel>;
  RequiredSkillInput: RequiredSkillInput;
  Role: Role;
  Roster: ResolverTypeWrapper<RosterViewModel>;
  RosterAnalyst: ResolverTypeWrapper<RosterAnalystViewModel>;
  RosterAnalystFigures: ResolverTypeWrapper<RosterAnalystFiguresViewModel>;
  RosterAssignment: ResolverTypeWrapper<RosterAssignmentViewModel>;
  RosterAssignmentConnection: ResolverTypeWrapper<RosterAssignmentConnectionModel>;
  RosterAssignmentEdge: ResolverTypeWrapper<Omit<RosterAssignmentEdge, 'node'> & { node: ResolversTypes['RosterAssignment'] }>;
  RosterAssignmentWhy: ResolverTypeWrapper<RosterAssignmentWhy>;
  RosterClient: ResolverTypeWrapper<RosterClientViewModel>;
  RosterCoverage: ResolverTypeWrapper<RosterCoverageViewModel>;
  RosterEditResult: ResolverTypeWrapper<RosterEditResultModel>;
  RosterJob: ResolverTypeWrapper<RosterJobViewModel>;
  RosterJobProgress: ResolverTypeWrapper<RosterJobProgress>;
  RosterJobStatus: RosterJobStatus;
  RosterQueue: ResolverTypeWrapper<RosterQueueViewModel>;
  RosterShiftTemplate: ResolverTypeWrapper<RosterShiftTemplateViewModel>;
  RosterSoftBreak: ResolverTypeWrapper<RosterSoftBreak>;
  RosterSolveOptions: ResolverTypeWrapper<RosterSolveOptions>;
  RosterSolveOptionsInput: RosterSolveOptionsInput;
  RosterStatus: RosterStatus;
  RosterTotals: ResolverTypeWrapper<RosterTotalsModel>;
  RosterViolation: ResolverTypeWrapper<RosterViolation>;
  SchedulePeriodInput: SchedulePeriodInput;
  SetAnalystSkillsInput: SetAnalystSkillsInput;
  SetQueueForecastInput: SetQueueForecastInput;
  SetShiftPreferencesInput: SetShiftPreferencesInput;
  ShiftPreference: ResolverTypeWrapper<ShiftPreferenceViewModel>;
  ShiftPreferenceInput: ShiftPreferenceInput;
  ShiftRequest: ResolverTypeWrapper<ShiftRequestViewModel>;
  ShiftSuccession: ResolverTypeWrapper<ShiftSuccession>;
  ShiftSuccessionInput: ShiftSuccessionInput;
  ShiftTemplate: ResolverTypeWrapper<ShiftTemplateViewModel>;
  Site: ResolverTypeWrapper<SiteViewModel>;
  Skill: ResolverTypeWrapper<SkillViewModel>;
  SkillCategory: SkillCategory;
  SkillLevelFilter: SkillLevelFilter;
  Staffing: ResolverTypeWrapper<Staffing>;
  StaffingInterval: ResolverTypeWrapper<StaffingInterval>;
  StaffingSource: StaffingSource;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TeamCoverageInterval: ResolverTypeWrapper<TeamCoverageInterval>;
  TeamMember: ResolverTypeWrapper<TeamMember>;
  TeamMemberSkill: ResolverTypeWrapper<TeamMemberSkill>;
  TeamQueueCoverage: ResolverTypeWrapper<TeamQueueCoverage>;
  TemplateLimit: ResolverTypeWrapper<TemplateLimit>;
  TemplateLimitInput: TemplateLimitInput;
  TimeOff: ResolverTypeWrapper<TimeOffViewModel>;
  TimeOffStatus: TimeOffStatus;
  UpdateAnalystInput: UpdateAnalystInput;
  UpdateClientInput: UpdateClientInput;
  UpdateContractInput: UpdateContractInput;
  UpdateCoverageTargetInput: UpdateCoverageTargetInput;
  UpdateQueueInput: UpdateQueueInput;
  UpdateShiftTemplateInput: UpdateShiftTemplateInput;
  UpdateSiteInput: UpdateSiteInput;
  UpdateSkillInput: UpdateSkillInput;
  WorkingRules: ResolverTypeWrapper<WorkingRulesModel>;
  WorkingRulesInput: WorkingRulesInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAssignmentInput: AddAssignmentInput;
  AddShiftRequestInput: AddShiftRequestInput;
  Analyst: AnalystViewModel;
  AnalystConnection: Omit<AnalystConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnalystEdge']> };
  AnalystEdge: Omit<AnalystEdge, 'node'> & { node: ResolversParentTypes['Analyst'] };
  AnalystFilter: AnalystFilter;
  AnalystSchedule: AnalystScheduleViewModel;
  AnalystSkill: AnalystSkillViewModel;
  AnalystSkillInput: AnalystSkillInput;
  AssignedTeam: AssignedTeamViewModel;
  Boolean: Scalars['Boolean']['output'];
  CalendarFeed: CalendarFeedViewModel;
  Client: ClientViewModel;
  Contract: ContractViewModel;
  CoverageTarget: CoverageTargetViewModel;
  CreateAnalystInput: CreateAnalystInput;
  CreateClientInput: CreateClientInput;
  CreateContractInput: CreateContractInput;
  CreateCoverageTargetInput: CreateCoverageTargetInput;
  CreateQueueInput: CreateQueueInput;
  CreateShiftTemplateInput: CreateShiftTemplateInput;
  CreateSiteInput: CreateSiteInput;
  CreateSkillInput: CreateSkillInput;
  DateTime: Scalars['DateTime']['output'];
  DedicatedAnalyst: DedicatedAnalystViewModel;
  Float: Scalars['Float']['output'];
  ForecastEntry: ForecastEntry;
  ForecastEntryInput: ForecastEntryInput;
  GenerateRosterInput: GenerateRosterInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Me: Me;
  MoveAssignmentInput: MoveAssignmentInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PublishedAssignment: PublishedAssignmentViewModel;
  PublishedAssignmentConnection: PublishedAssignmentConnectionViewModel;
  PublishedAssignmentEdge: Omit<PublishedAssignmentEdge, 'node'> & { node: ResolversParentTypes['PublishedAssignment'] };
  Query: Record<PropertyKey, never>;
  Queue: QueueViewModel;
  QueueForecast: QueueForecastViewModel;
  QueueStaffing: QueueStaffingViewModel;
  RequestTimeOffInput: RequestTimeOffInput;
  RequiredSkill: RequiredSkillViewModel;
  RequiredSkillInput: RequiredSkillInput;
  Roster: RosterViewModel;
  RosterAnalyst: RosterAnalystViewModel;
  RosterAnalystFigures: RosterAnalystFiguresViewModel;
  RosterAssignment: RosterAssignmentViewModel;
  RosterAssignmentConnection: RosterAssignmentConnectionModel;
  RosterAssignmentEdge: Omit<RosterAssignmentEdge, 'node'> & { node: ResolversParentTypes['RosterAssignment'] };
  RosterAssignmentWhy: RosterAssignmentWhy;
  RosterClient: RosterClientViewModel;
  RosterCoverage: RosterCoverageViewModel;
  RosterEditResult: RosterEditResultModel;
  RosterJob: RosterJobViewModel;
  RosterJobProgress: RosterJobProgress;
  RosterQueue: RosterQueueViewModel;
  RosterShiftTemplate: RosterShiftTemplateViewModel;
  RosterSoftBreak: RosterSoftBreak;
  RosterSolveOptions: RosterSolveOptions;
  RosterSolveOptionsInput: RosterSolveOptionsInput;
  RosterTotals: RosterTotalsModel;
  RosterViolation: RosterViolation;
  SchedulePeriodInput: SchedulePeriodInput;
  SetAnalystSkillsInput: SetAnalystSkillsInput;
  SetQueueForecastInput: SetQueueForecastInput;
  SetShiftPreferencesInput: SetShiftPreferencesInput;
  ShiftPreference: ShiftPreferenceViewModel;
  ShiftPreferenceInput: ShiftPreferenceInput;
  ShiftRequest: ShiftRequestViewModel;
  ShiftSuccession: ShiftSuccession;
  ShiftSuccessionInput: ShiftSuccessionInput;
  ShiftTemplate: ShiftTemplateViewModel;
  Site: SiteViewModel;
  Skill: SkillViewModel;
  SkillLevelFilter: SkillLevelFilter;
  Staffing: Staffing;
  StaffingInterval: StaffingInterval;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TeamCoverageInterval: TeamCoverageInterval;
  TeamMember: TeamMember;
  TeamMemberSkill: TeamMemberSkill;
  TeamQueueCoverage: TeamQueueCoverage;
  TemplateLimit: TemplateLimit;
  TemplateLimitInput: TemplateLimitInput;
  TimeOff: TimeOffViewModel;
  UpdateAnalystInput: UpdateAnalystInput;
  UpdateClientInput: UpdateClientInput;
  UpdateContractInput: UpdateContractInput;
  UpdateCoverageTargetInput: UpdateCoverageTargetInput;
  UpdateQueueInput: UpdateQueueInput;
  UpdateShiftTemplateInput: UpdateShiftTemplateInput;
  UpdateSiteInput: UpdateSiteInput;
  UpdateSkillInput: UpdateSkillInput;
  WorkingRules: WorkingRulesModel;
  WorkingRulesInput: WorkingRulesInput;
};

export type AnalystResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Analyst'] = ResolversParentTypes['Analyst']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  background?: Resolver<ResolversTypes['Background'], ParentType, ContextType>;
  effectiveRules?: Resolver<ResolversTypes['WorkingRules'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxDevelopmentShifts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['WorkingRules'], ParentType, ContextType>;
  shiftPreferences?: Resolver<Array<ResolversTypes['ShiftPreference']>, ParentType, ContextType>;
  shiftRequests?: Resolver<Array<ResolversTypes['ShiftRequest']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['AnalystSkill']>, ParentType, ContextType>;
  timeOff?: Resolver<Array<ResolversTypes['TimeOff']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usualClientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalystConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalystConnection'] = ResolversParentTypes['AnalystConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AnalystEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalystEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalystEdge'] = ResolversParentTypes['AnalystEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Analyst'], ParentType, ContextType>;
};

export type AnalystScheduleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalystSchedule'] = ResolversParentTypes['AnalystSchedule']> = {
  analyst?: Resolver<ResolversTypes['RosterAnalyst'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shifts?: Resolver<Array<ResolversTypes['PublishedAssignment']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalystSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalystSkill'] = ResolversParentTypes['AnalystSkill']> = {
  certificationExpires?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proficiency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
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

export type ClientResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queues?: Resolver<Array<ResolversTypes['Queue']>, ParentType, ContextType, RequireFields<ClientQueuesArgs, 'includeInactive'>>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContractResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  dedicatedAnalystIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  dedicatedAnalysts?: Resolver<Array<ResolversTypes['DedicatedAnalyst']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumProficiency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  staffing?: Resolver<ResolversTypes['ContractStaffing'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetAnswerSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageTarget'] = ResolversParentTypes['CoverageTarget']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DedicatedAnalystResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DedicatedAnalyst'] = ResolversParentTypes['DedicatedAnalyst']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ForecastEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForecastEntry'] = ResolversParentTypes['ForecastEntry']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurrence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volume?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  analystId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clientIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationAddAssignmentArgs, 'input'>>;
  addShiftRequest?: Resolver<ResolversTypes['ShiftRequest'], ParentType, ContextType, RequireFields<MutationAddShiftRequestArgs, 'input'>>;
  cancelRosterJob?: Resolver<ResolversTypes['RosterJob'], ParentType, ContextType, RequireFields<MutationCancelRosterJobArgs, 'id'>>;
  cancelTimeOff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCancelTimeOffArgs, 'id'>>;
  createAnalyst?: Resolver<ResolversTypes['Analyst'], ParentType, ContextType, RequireFields<MutationCreateAnalystArgs, 'input'>>;
  createClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationCreateClientArgs, 'input'>>;
  createContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationCreateContractArgs, 'input'>>;
  createCoverageTarget?: Resolver<ResolversTypes['CoverageTarget'], ParentType, ContextType, RequireFields<MutationCreateCoverageTargetArgs, 'input'>>;
  createQueue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<MutationCreateQueueArgs, 'input'>>;
  createShiftTemplate?: Resolver<ResolversTypes['ShiftTemplate'], ParentType, ContextType, RequireFields<MutationCreateShiftTemplateArgs, 'input'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  createSkill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType, RequireFields<MutationCreateSkillArgs, 'input'>>;
  deactivateAnalyst?: Resolver<ResolversTypes['Analyst'], ParentType, ContextType, RequireFields<MutationDeactivateAnalystArgs, 'id'>>;
  deactivateClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationDeactivateClientArgs, 'id'>>;
  deactivateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationDeactivateContractArgs, 'id'>>;
  deactivateQueue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<MutationDeactivateQueueArgs, 'id'>>;
  deactivateShiftTemplate?: Resolver<ResolversTypes['ShiftTemplate'], ParentType, ContextType, RequireFields<MutationDeactivateShiftTemplateArgs, 'id'>>;
  deactivateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationDeactivateSiteArgs, 'id'>>;
  deactivateSkill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType, RequireFields<MutationDeactivateSkillArgs, 'id'>>;
  decideTimeOff?: Resolver<ResolversTypes['TimeOff'], ParentType, ContextType, RequireFields<MutationDecideTimeOffArgs, 'approve' | 'id'>>;
  deleteCoverageTarget?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteCoverageTargetArgs, 'id'>>;
  generateRoster?: Resolver<ResolversTypes['RosterJob'], ParentType, ContextType, RequireFields<MutationGenerateRosterArgs, 'input'>>;
  moveAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationMoveAssignmentArgs, 'input'>>;
  pinAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationPinAssignmentArgs, 'id' | 'pinned'>>;
  publishRoster?: Resolver<ResolversTypes['Roster'], ParentType, ContextType, RequireFields<MutationPublishRosterArgs, 'id'>>;
  removeAssignment?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationRemoveAssignmentArgs, 'id'>>;
  removeShiftRequest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveShiftRequestArgs, 'id'>>;
  requestTimeOff?: Resolver<ResolversTypes['TimeOff'], ParentType, ContextType, RequireFields<MutationRequestTimeOffArgs, 'input'>>;
  resolveRoster?: Resolver<ResolversTypes['RosterJob'], ParentType, ContextType, RequireFields<MutationResolveRosterArgs, 'rosterId'>>;
  rotateCalendarToken?: Resolver<ResolversTypes['CalendarFeed'], ParentType, ContextType, Partial<MutationRotateCalendarTokenArgs>>;
  setAnalystSkills?: Resolver<ResolversTypes['Analyst'], ParentType, ContextType, RequireFields<MutationSetAnalystSkillsArgs, 'input'>>;
  setQueueForecast?: Resolver<ResolversTypes['QueueForecast'], ParentType, ContextType, RequireFields<MutationSetQueueForecastArgs, 'input'>>;
  setShiftPreferences?: Resolver<ResolversTypes['Analyst'], ParentType, ContextType, RequireFields<MutationSetShiftPreferencesArgs, 'input'>>;
  swapAssignments?: Resolver<ResolversTypes['RosterEditResult'], ParentType, ContextType, RequireFields<MutationSwapAssignmentsArgs, 'a' | 'b'>>;
  updateAnalyst?: Resolver<ResolversTypes['Analyst'], ParentType, ContextType, RequireFields<MutationUpdateAnalystArgs, 'input'>>;
  updateClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationUpdateClientArgs, 'input'>>;
  updateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationUpdateContractArgs, 'input'>>;
  updateCoverageTarget?: Resolver<ResolversTypes['CoverageTarget'], ParentType, ContextType, RequireFields<MutationUpdateCoverageTargetArgs, 'input'>>;
  updateQueue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<MutationUpdateQueueArgs, 'input'>>;
  updateShiftTemplate?: Resolver<ResolversTypes['ShiftTemplate'], ParentType, ContextType, RequireFields<MutationUpdateShiftTemplateArgs, 'input'>>;
  updateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpdateSiteArgs, 'input'>>;
  updateSkill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType, RequireFields<MutationUpdateSkillArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PublishedAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublishedAssignment'] = ResolversParentTypes['PublishedAssignment']> = {
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

export type PublishedAssignmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublishedAssignmentConnection'] = ResolversParentTypes['PublishedAssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublishedAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PublishedAssignmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublishedAssignmentEdge'] = ResolversParentTypes['PublishedAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublishedAssignment'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  analyst?: Resolver<Maybe<ResolversTypes['Analyst']>, ParentType, ContextType, RequireFields<QueryAnalystArgs, 'id'>>;
  analysts?: Resolver<ResolversTypes['AnalystConnection'], ParentType, ContextType, Partial<QueryAnalystsArgs>>;
  assignedTeam?: Resolver<ResolversTypes['AssignedTeam'], ParentType, ContextType, RequireFields<QueryAssignedTeamArgs, 'clientId' | 'period'>>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clients?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientsArgs, 'includeInactive'>>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<QueryContractArgs, 'id'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  myCalendarUrl?: Resolver<Maybe<ResolversTypes['CalendarFeed']>, ParentType, ContextType, Partial<QueryMyCalendarUrlArgs>>;
  myProfile?: Resolver<ResolversTypes['Analyst'], ParentType, ContextType>;
  mySchedule?: Resolver<ResolversTypes['AnalystSchedule'], ParentType, ContextType, RequireFields<QueryMyScheduleArgs, 'period'>>;
  publishedAssignments?: Resolver<ResolversTypes['PublishedAssignmentConnection'], ParentType, ContextType, RequireFields<QueryPublishedAssignmentsArgs, 'period'>>;
  queue?: Resolver<Maybe<ResolversTypes['Queue']>, ParentType, ContextType, RequireFields<QueryQueueArgs, 'id'>>;
  queueForecast?: Resolver<Maybe<ResolversTypes['QueueForecast']>, ParentType, ContextType, RequireFields<QueryQueueForecastArgs, 'queueId'>>;
  queueStaffing?: Resolver<ResolversTypes['QueueStaffing'], ParentType, ContextType, RequireFields<QueryQueueStaffingArgs, 'endDate' | 'queueId' | 'startDate'>>;
  roster?: Resolver<Maybe<ResolversTypes['Roster']>, ParentType, ContextType, RequireFields<QueryRosterArgs, 'id'>>;
  rosterJob?: Resolver<Maybe<ResolversTypes['RosterJob']>, ParentType, ContextType, RequireFields<QueryRosterJobArgs, 'id'>>;
  rosterJobs?: Resolver<Array<ResolversTypes['RosterJob']>, ParentType, ContextType, Partial<QueryRosterJobsArgs>>;
  rosterVersions?: Resolver<Array<ResolversTypes['Roster']>, ParentType, ContextType, RequireFields<QueryRosterVersionsArgs, 'endDate' | 'siteIds' | 'startDate'>>;
  shiftTemplate?: Resolver<Maybe<ResolversTypes['ShiftTemplate']>, ParentType, ContextType, RequireFields<QueryShiftTemplateArgs, 'id'>>;
  shiftTemplates?: Resolver<Array<ResolversTypes['ShiftTemplate']>, ParentType, ContextType, RequireFields<QueryShiftTemplatesArgs, 'includeInactive'>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySitesArgs, 'includeInactive'>>;
  skill?: Resolver<Maybe<ResolversTypes['Skill']>, ParentType, ContextType, RequireFields<QuerySkillArgs, 'id'>>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, RequireFields<QuerySkillsArgs, 'includeInactive'>>;
  staffing?: Resolver<ResolversTypes['Staffing'], ParentType, ContextType, RequireFields<QueryStaffingArgs, 'handleTimeSeconds' | 'intervalMinutes' | 'maxOccupancy' | 'serviceLevel' | 'shrinkage' | 'targetAnswerSeconds' | 'volume'>>;
};

export type QueueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Queue'] = ResolversParentTypes['Queue']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['QueueChannel'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  coverageTargets?: Resolver<Array<ResolversTypes['CoverageTarget']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiredSkills?: Resolver<Array<ResolversTypes['RequiredSkill']>, ParentType, ContextType>;
};

export type QueueForecastResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueForecast'] = ResolversParentTypes['QueueForecast']> = {
  entries?: Resolver<Array<ResolversTypes['ForecastEntry']>, ParentType, ContextType>;
  handleTimeSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxOccupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  queueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shrinkage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueueStaffingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueStaffing'] = ResolversParentTypes['QueueStaffing']> = {
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intervals?: Resolver<Array<ResolversTypes['StaffingInterval']>, ParentType, ContextType>;
  queueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shrinkage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RequiredSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequiredSkill'] = ResolversParentTypes['RequiredSkill']> = {
  minimumProficiency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type RosterAnalystResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterAnalyst'] = ResolversParentTypes['RosterAnalyst']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type RosterClientResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterClient'] = ResolversParentTypes['RosterClient']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  bound?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  diagnostics?: Resolver<Array<ResolversTypes['RosterViolation']>, ParentType, ContextType>;
  elapsedSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  solveStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  solverPhase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type ShiftPreferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShiftPreference'] = ResolversParentTypes['ShiftPreference']> = {
  preference?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shiftTemplateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ShiftRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShiftRequest'] = ResolversParentTypes['ShiftRequest']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shiftTemplateId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  wantsToWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShiftSuccessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShiftSuccession'] = ResolversParentTypes['ShiftSuccession']> = {
  fromTemplateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toTemplateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ShiftTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShiftTemplate'] = ResolversParentTypes['ShiftTemplate']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lengthMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  night?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paidMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
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

export type SkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Skill'] = ResolversParentTypes['Skill']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['SkillCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Staffing'] = ResolversParentTypes['Staffing']> = {
  agents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageSpeedOfAnswer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requiredHeadcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trafficErlangs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StaffingIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffingInterval'] = ResolversParentTypes['StaffingInterval']> = {
  agents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageSpeedOfAnswer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  occurrence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredHeadcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StaffingSource'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trafficErlangs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volume?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  rosterJobUpdated?: SubscriptionResolver<ResolversTypes['RosterJob'], "rosterJobUpdated", ParentType, ContextType, RequireFields<SubscriptionRosterJobUpdatedArgs, 'id'>>;
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

export type TimeOffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimeOff'] = ResolversParentTypes['TimeOff']> = {
  analystId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TimeOffStatus'], ParentType, ContextType>;
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
  Analyst?: AnalystResolvers<ContextType>;
  AnalystConnection?: AnalystConnectionResolvers<ContextType>;
  AnalystEdge?: AnalystEdgeResolvers<ContextType>;
  AnalystSchedule?: AnalystScheduleResolvers<ContextType>;
  AnalystSkill?: AnalystSkillResolvers<ContextType>;
  AssignedTeam?: AssignedTeamResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  CoverageTarget?: CoverageTargetResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DedicatedAnalyst?: DedicatedAnalystResolvers<ContextType>;
  ForecastEntry?: ForecastEntryResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishedAssignment?: PublishedAssignmentResolvers<ContextType>;
  PublishedAssignmentConnection?: PublishedAssignmentConnectionResolvers<ContextType>;
  PublishedAssignmentEdge?: PublishedAssignmentEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Queue?: QueueResolvers<ContextType>;
  QueueForecast?: QueueForecastResolvers<ContextType>;
  QueueStaffing?: QueueStaffingResolvers<ContextType>;
  RequiredSkill?: RequiredSkillResolvers<ContextType>;
  Roster?: RosterResolvers<ContextType>;
  RosterAnalyst?: RosterAnalystResolvers<ContextType>;
  RosterAnalystFigures?: RosterAnalystFiguresResolvers<ContextType>;
  RosterAssignment?: RosterAssignmentResolvers<ContextType>;
  RosterAssignmentConnection?: RosterAssignmentConnectionResolvers<ContextType>;
  RosterAssignmentEdge?: RosterAssignmentEdgeResolvers<ContextType>;
  RosterAssignmentWhy?: RosterAssignmentWhyResolvers<ContextType>;
  RosterClient?: RosterClientResolvers<ContextType>;
  RosterCoverage?: RosterCoverageResolvers<ContextType>;
  RosterEditResult?: RosterEditResultResolvers<ContextType>;
  RosterJob?: RosterJobResolvers<ContextType>;
  RosterJobProgress?: RosterJobProgressResolvers<ContextType>;
  RosterQueue?: RosterQueueResolvers<ContextType>;
  RosterShiftTemplate?: RosterShiftTemplateResolvers<ContextType>;
  RosterSoftBreak?: RosterSoftBreakResolvers<ContextType>;
  RosterSolveOptions?: RosterSolveOptionsResolvers<ContextType>;
  RosterTotals?: RosterTotalsResolvers<ContextType>;
  RosterViolation?: RosterViolationResolvers<ContextType>;
  ShiftPreference?: ShiftPreferenceResolvers<ContextType>;
  ShiftRequest?: ShiftRequestResolvers<ContextType>;
  ShiftSuccession?: ShiftSuccessionResolvers<ContextType>;
  ShiftTemplate?: ShiftTemplateResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Skill?: SkillResolvers<ContextType>;
  Staffing?: StaffingResolvers<ContextType>;
  StaffingInterval?: StaffingIntervalResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TeamCoverageInterval?: TeamCoverageIntervalResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TeamMemberSkill?: TeamMemberSkillResolvers<ContextType>;
  TeamQueueCoverage?: TeamQueueCoverageResolvers<ContextType>;
  TemplateLimit?: TemplateLimitResolvers<ContextType>;
  TimeOff?: TimeOffResolvers<ContextType>;
  WorkingRules?: WorkingRulesResolvers<ContextType>;
};

