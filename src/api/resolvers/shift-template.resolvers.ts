import type { Resolvers } from '../generated/graphql';
import { requiredRow } from './required-row';

export const shiftTemplateResolvers: Resolvers = {
  Query: {
    shiftTemplates: (_, { siteId, includeInactive }, { actor, services }) => services.shiftTemplates.list(actor, siteId ?? null, includeInactive ?? false),
    shiftTemplate: (_, { id }, { actor, services }) => services.shiftTemplates.get(actor, id),
  },
  Mutation: {
    createShiftTemplate: (_, { input }, { actor, services }) => services.shiftTemplates.create(actor, input),
    updateShiftTemplate: (_, { input }, { actor, services }) => services.shiftTemplates.update(actor, input),
    deactivateShiftTemplate: (_, { id }, { actor, services }) => services.shiftTemplates.deactivate(actor, id),
  },
  ShiftTemplate: {
    site: (template, _, { loaders }) => requiredRow(loaders.siteById.load(template.siteId), 'Site', template.siteId),
  },
};
