import type { Resolvers } from '../generated/graphql';
import { followRosterJob } from '../roster-job-events';

export const rosterResolvers: Resolvers = {
  Query: {
    rosterJob: (_, { id }, { actor, services }) => services.rosterJobs.get(actor, id),
    rosterJobs: (_, { status }, { actor, services }) => services.rosterJobs.list(actor, status),
    roster: (_, { id }, { actor, services }) => services.rosters.get(actor, id),
    rosterVersions: (_, args, { actor, services }) => services.rosters.versions(actor, args),
  },
  Mutation: {
    generateRoster: (_, { input }, { actor, services }) => services.rosterJobs.generate(actor, input),
    resolveRoster: (_, { rosterId, options }, { actor, services }) => services.rosterJobs.resolve(actor, rosterId, options),
    cancelRosterJob: (_, { id }, { actor, services }) => services.rosterJobs.cancel(actor, id),
    pinAssignment: (_, { id, pinned, rosterVersion }, { actor, services }) => services.rosterEdits.pin(actor, id, pinned, rosterVersion),
    moveAssignment: (_, { input }, { actor, services }) => services.rosterEdits.move(actor, input),
    swapAssignments: (_, { a, b, rosterVersion }, { actor, services }) => services.rosterEdits.swap(actor, a, b, rosterVersion),
    addAssignment: (_, { input }, { actor, services }) => services.rosterEdits.add(actor, input),
    removeAssignment: (_, { id, rosterVersion }, { actor, services }) => services.rosterEdits.remove(actor, id, rosterVersion),
    publishRoster: (_, { id, version }, { actor, services }) => services.rosters.publish(actor, id, version),
  },
  Subscription: {
    rosterJobUpdated: {
      subscribe: (_, { id }, { actor, services }) => followRosterJob(services, actor, id),
      resolve: (job: unknown) => job as never,
    },
  },
  RosterJob: {
    phase: (job) => job.progress.phase,
  },
  Roster: {
    totals: (r) => ({ ...r.totals, fairnessNightsSpread: r.totals.fairnessSpread.nights, fairnessWeekendsSpread: r.totals.fairnessSpread.weekends }),
    coverage: async (r, _, { loaders }) => (await loaders.rosterReview.load(Number(r.id))).coverage,
    analystFigures: async (r, _, { loaders }) => (await loaders.rosterReview.load(Number(r.id))).analysts,
    violations: async (r, _, { loaders }) => (await loaders.rosterReview.load(Number(r.id))).violations,
    assignments: (r, page, { actor, services }) => services.rosters.assignments(actor, Number(r.id), page),
  },
  RosterCoverage: {
    queueName: async (c, _, { loaders }) => (await loaders.rosterQueueById.load(Number(c.queueId)))?.name ?? '',
  },
  RosterAnalystFigures: {
    analystName: async (f, _, { loaders }) => (await loaders.rosterAnalystById.load(Number(f.analystId)))?.name ?? '',
  },
  RosterAssignment: {
    analystName: async (a, _, { loaders }) => (await loaders.rosterAnalystById.load(Number(a.analystId)))?.name ?? '',
    templateCode: async (a, _, { loaders }) => (await loaders.rosterShiftTemplateById.load(Number(a.shiftTemplateId)))?.code ?? '',
    queueName: async (a, _, { loaders }) => (await loaders.rosterQueueById.load(Number(a.queueId)))?.name ?? '',
    clientId: async (a, _, { loaders }) => String((await loaders.rosterQueueById.load(Number(a.queueId)))?.clientId ?? ''),
    clientName: async (a, _, { loaders }) => {
      const queue = await loaders.rosterQueueById.load(Number(a.queueId));
      return (queue && (await loaders.rosterClientById.load(queue.clientId))?.name) ?? '';
    },
  },
};
