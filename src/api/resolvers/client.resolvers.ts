import type { Resolvers } from '../generated/graphql';
import { requiredRow } from './required-row';

export const clientResolvers: Resolvers = {
  Query: {
    clients: (_, { includeInactive }, { actor, services }) => services.clients.list(actor, includeInactive ?? false),
    client: (_, { id }, { actor, services }) => services.clients.get(actor, id),
    contract: (_, { id }, { actor, services }) => services.contracts.get(actor, id),
  },
  Mutation: {
    createClient: (_, { input }, { actor, services }) => services.clients.create(actor, input),
    updateClient: (_, { input }, { actor, services }) => services.clients.update(actor, input),
    deactivateClient: (_, { id }, { actor, services }) => services.clients.deactivate(actor, id),
    createContract: (_, { input }, { actor, services }) => services.contracts.create(actor, input),
    updateContract: (_, { input }, { actor, services }) => services.contracts.update(actor, input),
    deactivateContract: (_, { id }, { actor, services }) => services.contracts.deactivate(actor, id),
  },
  Client: {
    contracts: (client, _, { loaders }) => loaders.contractsByClientId.load(Number(client.id)),
    queues: async (client, { includeInactive }, { loaders }) =>
      (await loaders.queuesByClientId.load(Number(client.id))).filter((queue) => includeInactive || queue.active),
  },
  Contract: {
    client: (contract, _, { loaders }) => requiredRow(loaders.clientById.load(contract.clientId), 'Client', contract.clientId),
    dedicatedAnalysts: (contract, _, { loaders }) => loaders.dedicatedAnalystsByContractId.load(Number(contract.id)),
    dedicatedAnalystIds: async (contract, _, { loaders }) =>
      (await loaders.dedicatedAnalystsByContractId.load(Number(contract.id))).map((analyst) => analyst.id),
  },
};
