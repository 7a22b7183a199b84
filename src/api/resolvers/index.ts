import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql';
import { siteResolvers } from './site.resolvers';
import { rosterResolvers } from './roster.resolvers';

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
export const resolvers: Resolvers[] = [baseResolvers, siteResolvers, rosterResolvers];
