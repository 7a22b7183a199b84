import type { Resolvers } from '../generated/graphql';

export const skillResolvers: Resolvers = {
  Query: {
    skills: (_, { includeInactive }, { actor, services }) => services.skills.list(actor, includeInactive ?? false),
    skill: (_, { id }, { actor, services }) => services.skills.get(actor, id),
  },
  Mutation: {
    createSkill: (_, { input }, { actor, services }) => services.skills.create(actor, input),
    updateSkill: (_, { input }, { actor, services }) => services.skills.update(actor, input),
    deactivateSkill: (_, { id }, { actor, services }) => services.skills.deactivate(actor, id),
  },
};
