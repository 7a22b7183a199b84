import type { Resolvers } from '../generated/graphql';

export const siteResolvers: Resolvers = {
  Query: {
    sites: (_, { includeInactive }, { actor, services }) => services.sites.list(actor, includeInactive ?? false),
    site: (_, { id }, { actor, services }) => services.sites.get(actor, id),
  },
  Mutation: {
    createSite: (_, { input }, { actor, services }) => services.sites.create(actor, input),
    updateSite: (_, { input }, { actor, services }) => services.sites.update(actor, input),
    deactivateSite: (_, { id }, { actor, services }) => services.sites.deactivate(actor, id),
  },
};
