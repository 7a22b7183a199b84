import type { Resolvers } from '../generated/graphql';
import { requiredRow } from './required-row';

export const queueResolvers: Resolvers = {
  Query: {
    queue: (_, { id }, { actor, services }) => services.queues.get(actor, id),
  },
  Mutation: {
    createQueue: (_, { input }, { actor, services }) => services.queues.create(actor, input),
    updateQueue: (_, { input }, { actor, services }) => services.queues.update(actor, input),
    deactivateQueue: (_, { id }, { actor, services }) => services.queues.deactivate(actor, id),
    createCoverageTarget: (_, { input }, { actor, services }) => services.coverageTargets.create(actor, input),
    updateCoverageTarget: (_, { input }, { actor, services }) => services.coverageTargets.update(actor, input),
    deleteCoverageTarget: (_, { id }, { actor, services }) => services.coverageTargets.delete(actor, id),
  },
  Queue: {
    client: (queue, _, { loaders }) => requiredRow(loaders.clientById.load(queue.clientId), 'Client', queue.clientId),
    requiredSkills: (queue, _, { loaders }) => loaders.requiredSkillsByQueueId.load(Number(queue.id)),
    coverageTargets: (queue, _, { loaders }) => loaders.coverageTargetsByQueueId.load(Number(queue.id)),
  },
};
