import type { Resolvers } from '../generated/graphql';

export const staffingResolvers: Resolvers = {
  Query: {
    queueForecast: (_, { queueId }, { actor, services }) => services.forecasts.get(actor, queueId),
    queueStaffing: (_, args, { actor, services }) => services.staffing.queueStaffing(actor, args),
    staffing: (_, args, { actor, services }) => services.staffing.staffing(actor, args),
  },
  Mutation: {
    setQueueForecast: (_, { input }, { actor, services }) => services.forecasts.set(actor, input),
  },
};
