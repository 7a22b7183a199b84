import type { Resolvers } from '../generated/graphql';

/** A related row a foreign key guarantees; its absence is a bug, not a user error. */
const required = (what: string, id: number) => <T>(row: T | null): T => {
  if (row === null) throw new Error(`${what} ${id} vanished while reading a roster`);
  return row;
};

export const rosterViewResolvers: Resolvers = {
  Query: {
    mySchedule: (_, { period, analystId }, { actor, services }) => services.schedules.mySchedule(actor, period, analystId),
    assignedTeam: (_, { clientId, period }, { actor, services }) => services.teams.assignedTeam(actor, clientId, period),
    publishedAssignments: (_, { period, first, after }, { actor, services }) => services.schedules.publishedAssignments(actor, period, first, after),
    myCalendarUrl: (_, { analystId }, { actor, services }) => services.calendars.url(actor, analystId),
  },
  Mutation: {
    rotateCalendarToken: (_, { analystId }, { actor, services }) => services.calendars.rotate(actor, analystId),
  },
  AnalystSchedule: {
    analyst: (s, _, { loaders }) => loaders.rosterAnalystById.load(s.analystId).then(required('Analyst', s.analystId)),
  },
  PublishedAssignment: {
    analyst: (a, _, { loaders }) => loaders.rosterAnalystById.load(a.analystId).then(required('Analyst', a.analystId)),
    queue: (a, _, { loaders }) => loaders.rosterQueueById.load(a.queueId).then(required('Queue', a.queueId)),
    shiftTemplate: (a, _, { loaders }) => loaders.rosterShiftTemplateById.load(a.shiftTemplateId).then(required('Shift template', a.shiftTemplateId)),
    client: async (a, _, { loaders }) => {
      const queue = required('Queue', a.queueId)(await loaders.rosterQueueById.load(a.queueId));
      return loaders.rosterClientById.load(queue.clientId).then(required('Client', queue.clientId));
    },
  },
};

