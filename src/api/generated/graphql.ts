import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiteView as SiteViewModel } from '../../domain/site';
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
  updateSite: Site;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationDeactivateSiteArgs = {
  id: Scalars['ID']['input'];
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
  site: Maybe<Site>;
  sites: Array<Site>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  ShiftSuccession: ResolverTypeWrapper<ShiftSuccession>;
  ShiftSuccessionInput: ShiftSuccessionInput;
  Site: ResolverTypeWrapper<SiteViewModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TemplateLimit: ResolverTypeWrapper<TemplateLimit>;
  TemplateLimitInput: TemplateLimitInput;
  UpdateSiteInput: UpdateSiteInput;
  WorkingRules: ResolverTypeWrapper<WorkingRules>;
  WorkingRulesInput: WorkingRulesInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  CreateSiteInput: CreateSiteInput;
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Me: Me;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ShiftSuccession: ShiftSuccession;
  ShiftSuccessionInput: ShiftSuccessionInput;
  Site: SiteViewModel;
  String: Scalars['String']['output'];
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
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  deactivateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationDeactivateSiteArgs, 'id'>>;
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
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySitesArgs, 'includeInactive'>>;
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
  ShiftSuccession?: ShiftSuccessionResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  TemplateLimit?: TemplateLimitResolvers<ContextType>;
  WorkingRules?: WorkingRulesResolvers<ContextType>;
};

