import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql';
import { rosterViewResolvers } from './roster-view.resolvers';
import { siteResolvers } from './site.resolvers';
import { rosterResolvers } from './roster.resolvers';
import { skillResolvers } from './skill.resolvers';
import { analystResolvers } from './analyst.resolvers';
import { clientResolvers } from './client.resolvers';
import { queueResolvers } from './queue.resolvers';
import { shiftTemplateResolvers } from './shift-template.resolvers';
import { staffingResolvers } from './staffing.resolvers';

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
export const resolvers: Resolvers[] = [
  baseResolvers,
  siteResolvers,
  skillResolvers,
  analystResolvers,
  clientResolvers,
  queueResolvers,
  shiftTemplateResolvers,
  staffingResolvers,
  rosterResolvers,
  rosterViewResolvers,
];
