import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiteView as SiteViewModel } from '../../domain/site';
import type { ClientView as ClientViewModel, ContractView as ContractViewModel, DedicatedAnalystView as DedicatedAnalystViewModel } from '../../domain/client';
import type { QueueView as QueueViewModel, RequiredSkillView as RequiredSkillViewModel, CoverageTargetView as CoverageTargetViewModel } from '../../domain/queue';
import type { ShiftTemplateView as ShiftTemplateViewModel } from '../../domain/shift-template';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
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

/** An analyst dedicated to a contract: id and name only, nothing of the analyst's profile. */
export type DedicatedAnalyst = {
  __typename?: 'DedicatedAnalyst';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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
  createClient: Client;
  createContract: Contract;
  createCoverageTarget: CoverageTarget;
  createQueue: Queue;
  createShiftTemplate: ShiftTemplate;
  createSite: Site;
  deactivateClient: Client;
  deactivateContract: Contract;
  deactivateQueue: Queue;
  deactivateShiftTemplate: ShiftTemplate;
  deactivateSite: Site;
  /** Returns the id of the deleted target. */
  deleteCoverageTarget: Scalars['ID']['output'];
  updateClient: Client;
  updateContract: Contract;
  updateCoverageTarget: CoverageTarget;
  updateQueue: Queue;
  updateShiftTemplate: ShiftTemplate;
  updateSite: Site;
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


export type MutationDeleteCoverageTargetArgs = {
  id: Scalars['ID']['input'];
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
  /** NOT_FOUND when the client does not exist or is not yours. */
  client: Maybe<Client>;
  /** Staff see every client; a client manager only their own. */
  clients: Array<Client>;
  /** NOT_FOUND when the contract does not exist or is not your client's. */
  contract: Maybe<Contract>;
  /** Who the bearer token says you are. */
  me: Me;
  /** NOT_FOUND when the queue does not exist or is not your client's. */
  queue: Maybe<Queue>;
  shiftTemplate: Maybe<ShiftTemplate>;
  /** Every authenticated user may read shift templates; siteId narrows to one site. */
  shiftTemplates: Array<ShiftTemplate>;
  site: Maybe<Site>;
  sites: Array<Site>;
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
export type QueryQueueArgs = {
  id: Scalars['ID']['input'];
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

export type TemplateLimit = {
  __typename?: 'TemplateLimit';
  max: Scalars['Int']['output'];
  templateId: Scalars['ID']['output'];
};

export type TemplateLimitInput = {
  max: Scalars['Int']['input'];
  templateId: Scalars['ID']['input'];
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Client: ResolverTypeWrapper<ClientViewModel>;
  Contract: ResolverTypeWrapper<ContractViewModel>;
  ContractStaffing: ContractStaffing;
  CoverageTarget: ResolverTypeWrapper<CoverageTargetViewModel>;
  CreateClientInput: CreateClientInput;
  CreateContractInput: CreateContractInput;
  CreateCoverageTargetInput: CreateCoverageTargetInput;
  CreateQueueInput: CreateQueueInput;
  CreateShiftTemplateInput: CreateShiftTemplateInput;
  CreateSiteInput: CreateSiteInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DedicatedAnalyst: ResolverTypeWrapper<DedicatedAnalystViewModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Me: ResolverTypeWrapper<Me>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Queue: ResolverTypeWrapper<QueueViewModel>;
  QueueChannel: QueueChannel;
  RequiredSkill: ResolverTypeWrapper<RequiredSkillViewModel>;
  RequiredSkillInput: RequiredSkillInput;
  Role: Role;
  ShiftSuccession: ResolverTypeWrapper<ShiftSuccession>;
  ShiftSuccessionInput: ShiftSuccessionInput;
  ShiftTemplate: ResolverTypeWrapper<ShiftTemplateViewModel>;
  Site: ResolverTypeWrapper<SiteViewModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TemplateLimit: ResolverTypeWrapper<TemplateLimit>;
  TemplateLimitInput: TemplateLimitInput;
  UpdateClientInput: UpdateClientInput;
  UpdateContractInput: UpdateContractInput;
  UpdateCoverageTargetInput: UpdateCoverageTargetInput;
  UpdateQueueInput: UpdateQueueInput;
  UpdateShiftTemplateInput: UpdateShiftTemplateInput;
  UpdateSiteInput: UpdateSiteInput;
  WorkingRules: ResolverTypeWrapper<WorkingRules>;
  WorkingRulesInput: WorkingRulesInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Client: ClientViewModel;
  Contract: ContractViewModel;
  CoverageTarget: CoverageTargetViewModel;
  CreateClientInput: CreateClientInput;
  CreateContractInput: CreateContractInput;
  CreateCoverageTargetInput: CreateCoverageTargetInput;
  CreateQueueInput: CreateQueueInput;
  CreateShiftTemplateInput: CreateShiftTemplateInput;
  CreateSiteInput: CreateSiteInput;
  DateTime: Scalars['DateTime']['output'];
  DedicatedAnalyst: DedicatedAnalystViewModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Me: Me;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Queue: QueueViewModel;
  RequiredSkill: RequiredSkillViewModel;
  RequiredSkillInput: RequiredSkillInput;
  ShiftSuccession: ShiftSuccession;
  ShiftSuccessionInput: ShiftSuccessionInput;
  ShiftTemplate: ShiftTemplateViewModel;
  Site: SiteViewModel;
  String: Scalars['String']['output'];
  TemplateLimit: TemplateLimit;
  TemplateLimitInput: TemplateLimitInput;
  UpdateClientInput: UpdateClientInput;
  UpdateContractInput: UpdateContractInput;
  UpdateCoverageTargetInput: UpdateCoverageTargetInput;
  UpdateQueueInput: UpdateQueueInput;
  UpdateShiftTemplateInput: UpdateShiftTemplateInput;
  UpdateSiteInput: UpdateSiteInput;
  WorkingRules: WorkingRules;
  WorkingRulesInput: WorkingRulesInput;
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

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  analystId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clientIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationCreateClientArgs, 'input'>>;
  createContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationCreateContractArgs, 'input'>>;
  createCoverageTarget?: Resolver<ResolversTypes['CoverageTarget'], ParentType, ContextType, RequireFields<MutationCreateCoverageTargetArgs, 'input'>>;
  createQueue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<MutationCreateQueueArgs, 'input'>>;
  createShiftTemplate?: Resolver<ResolversTypes['ShiftTemplate'], ParentType, ContextType, RequireFields<MutationCreateShiftTemplateArgs, 'input'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  deactivateClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationDeactivateClientArgs, 'id'>>;
  deactivateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationDeactivateContractArgs, 'id'>>;
  deactivateQueue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<MutationDeactivateQueueArgs, 'id'>>;
  deactivateShiftTemplate?: Resolver<ResolversTypes['ShiftTemplate'], ParentType, ContextType, RequireFields<MutationDeactivateShiftTemplateArgs, 'id'>>;
  deactivateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationDeactivateSiteArgs, 'id'>>;
  deleteCoverageTarget?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteCoverageTargetArgs, 'id'>>;
  updateClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationUpdateClientArgs, 'input'>>;
  updateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationUpdateContractArgs, 'input'>>;
  updateCoverageTarget?: Resolver<ResolversTypes['CoverageTarget'], ParentType, ContextType, RequireFields<MutationUpdateCoverageTargetArgs, 'input'>>;
  updateQueue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<MutationUpdateQueueArgs, 'input'>>;
  updateShiftTemplate?: Resolver<ResolversTypes['ShiftTemplate'], ParentType, ContextType, RequireFields<MutationUpdateShiftTemplateArgs, 'input'>>;
  updateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpdateSiteArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clients?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientsArgs, 'includeInactive'>>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<QueryContractArgs, 'id'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Queue']>, ParentType, ContextType, RequireFields<QueryQueueArgs, 'id'>>;
  shiftTemplate?: Resolver<Maybe<ResolversTypes['ShiftTemplate']>, ParentType, ContextType, RequireFields<QueryShiftTemplateArgs, 'id'>>;
  shiftTemplates?: Resolver<Array<ResolversTypes['ShiftTemplate']>, ParentType, ContextType, RequireFields<QueryShiftTemplatesArgs, 'includeInactive'>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySitesArgs, 'includeInactive'>>;
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

export type RequiredSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequiredSkill'] = ResolversParentTypes['RequiredSkill']> = {
  minimumProficiency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  Client?: ClientResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  CoverageTarget?: CoverageTargetResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DedicatedAnalyst?: DedicatedAnalystResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Queue?: QueueResolvers<ContextType>;
  RequiredSkill?: RequiredSkillResolvers<ContextType>;
  ShiftSuccession?: ShiftSuccessionResolvers<ContextType>;
  ShiftTemplate?: ShiftTemplateResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  TemplateLimit?: TemplateLimitResolvers<ContextType>;
  WorkingRules?: WorkingRulesResolvers<ContextType>;
};

