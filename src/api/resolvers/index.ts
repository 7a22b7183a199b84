import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql';
import { rosterViewResolvers } from './roster-view.resolvers';
import { siteResolvers } from './site.resolvers';

const baseResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: {
    me: (_, __, { actor }) => ({
      subject: actor.subject,
      role: actor.role,
      analystId: actor.analystId === null ? null : String(actor.analystId),
      clientIds: actor.clientIds.map(String),
    }),
  },
};

/** Every area's resolvers, merged per type. */
export const resolvers: Resolvers[] = [baseResolvers, siteResolvers, rosterViewResolvers];
