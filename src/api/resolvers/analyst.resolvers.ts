import type { Resolvers } from '../generated/graphql';

/** Private fields (interest, preferences, requests, time off) pass the service's guard before loading. */
export const analystResolvers: Resolvers = {
  Query: {
    analysts: (_, args, { actor, services }) => services.analysts.search(actor, args),
    analyst: (_, { id }, { actor, services }) => services.analysts.get(actor, id),
    myProfile: (_, __, { actor, services }) => services.analysts.myProfile(actor),
  },
  Mutation: {
    createAnalyst: (_, { input }, { actor, services }) => services.analysts.create(actor, input),
    updateAnalyst: (_, { input }, { actor, services }) => services.analysts.update(actor, input),
    deactivateAnalyst: (_, { id }, { actor, services }) => services.analysts.deactivate(actor, id),
    setAnalystSkills: (_, { input }, { actor, services }) => services.analystProfiles.setSkills(actor, input),
    setShiftPreferences: (_, { input }, { actor, services }) => services.analystProfiles.setPreferences(actor, input),
    addShiftRequest: (_, { input }, { actor, services }) => services.analystProfiles.addRequest(actor, input),
    removeShiftRequest: (_, { id }, { actor, services }) => services.analystProfiles.removeRequest(actor, id),
    requestTimeOff: (_, { input }, { actor, services }) => services.analystProfiles.requestTimeOff(actor, input),
    decideTimeOff: (_, { id, approve }, { actor, services }) => services.analystProfiles.decideTimeOff(actor, id, approve),
    cancelTimeOff: (_, { id }, { actor, services }) => services.analystProfiles.cancelTimeOff(actor, id),
  },
  Analyst: {
    site: async (a, _, { loaders }) => (await loaders.siteById.load(a.siteId))!,
    effectiveRules: async (a, _, { services, loaders }) => services.analysts.effectiveRules(a, await loaders.siteById.load(a.siteId)),
    skills: (a, _, { loaders }) => loaders.skillsByAnalystId.load(Number(a.id)),
    shiftPreferences: (a, _, { actor, services, loaders }) => services.analystProfiles.readPrivate(actor, a.id, () => loaders.preferencesByAnalystId.load(Number(a.id))),
    shiftRequests: (a, _, { actor, services, loaders }) => services.analystProfiles.readPrivate(actor, a.id, () => loaders.requestsByAnalystId.load(Number(a.id))),
    timeOff: (a, _, { actor, services, loaders }) => services.analystProfiles.readPrivate(actor, a.id, () => loaders.timeOffByAnalystId.load(Number(a.id))),
  },
  AnalystSkill: {
    skill: async (s, _, { loaders }) => (await loaders.skillById.load(s.skillId))!,
    interest: (s, _, { actor, services }) => services.analystProfiles.interest(actor, s),
  },
};
