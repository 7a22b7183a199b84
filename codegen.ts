import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * schema/*.graphql is the contract; `npm run codegen` writes the resolver and model types.
 * The generated file is committed, and CI fails when it is stale.
 * GraphQL object types map to domain view types (never TypeORM entities) through `mappers`.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: { input: 'string', output: 'string | number' } },
        mappers: {
          Site: '../../domain/site#SiteView',
          RosterJob: '../../domain/roster#RosterJobView',
          Roster: '../../domain/roster#RosterView',
          RosterAssignment: '../../domain/roster#RosterAssignmentView',
          RosterCoverage: '../../domain/roster#RosterCoverageView',
          RosterAnalystFigures: '../../domain/roster#RosterAnalystFiguresView',
          RosterTotals: '../../domain/roster#RosterTotals',
          RosterEditResult: '../../domain/roster#RosterEditResult',
          RosterAssignmentConnection: '../../domain/roster#RosterAssignmentConnection',
          PublishedAssignment: '../../domain/roster-view#PublishedAssignmentView',
          RosterAnalyst: '../../domain/roster-view#RosterAnalystView',
          RosterQueue: '../../domain/roster-view#RosterQueueView',
          RosterClient: '../../domain/roster-view#RosterClientView',
          RosterShiftTemplate: '../../domain/roster-view#RosterShiftTemplateView',
          AnalystSchedule: '../../domain/roster-view#AnalystScheduleView',
          PublishedAssignmentConnection: '../../domain/roster-view#PublishedAssignmentConnectionView',
          AssignedTeam: '../../domain/roster-view#AssignedTeamView',
          CalendarFeed: '../../domain/roster-view#CalendarFeedView',
          Skill: '../../domain/skill#SkillView',
          Analyst: '../../domain/analyst#AnalystView',
          AnalystSkill: '../../domain/analyst#AnalystSkillView',
          ShiftPreference: '../../domain/analyst#ShiftPreferenceView',
          ShiftRequest: '../../domain/analyst#ShiftRequestView',
          TimeOff: '../../domain/analyst#TimeOffView',
          WorkingRules: '../../domain/working-rules#WorkingRules',
          Client: '../../domain/client#ClientView',
          Contract: '../../domain/client#ContractView',
          DedicatedAnalyst: '../../domain/client#DedicatedAnalystView',
          Queue: '../../domain/queue#QueueView',
          RequiredSkill: '../../domain/queue#RequiredSkillView',
          CoverageTarget: '../../domain/queue#CoverageTargetView',
          ShiftTemplate: '../../domain/shift-template#ShiftTemplateView',
          QueueForecast: '../../domain/forecast#QueueForecastView',
          QueueStaffing: '../../domain/forecast#QueueStaffingView',
        },
        mapperTypeSuffix: 'Model',
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
  },
};

export default config;
