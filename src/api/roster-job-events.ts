import { createPubSub, type PubSub } from 'graphql-yoga';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { RosterJobView } from '../domain/roster';
import type { Services } from '../services';

type RosterJobPubSub = PubSub<{ rosterJobUpdated: [id: string, job: RosterJobView] }>;

const pubSubs = new WeakMap<Services, RosterJobPubSub>();
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);

/**
 * The yoga PubSub fed by the job service's updates, one per app. In-process only: with several
 * API instances a shared broker (Redis) would carry these events, like the BullMQ job queue.
 */
export function rosterJobEvents(services: Services): RosterJobPubSub {
  let pubSub = pubSubs.get(services);
  if (!pubSub) {
    const created: RosterJobPubSub = createPubSub();
    services.rosterJobs.onUpdate((job) => created.publish('rosterJobUpdated', job.id, job));
    pubSubs.set(services, created);
    pubSub = created;
  }
  return pubSub;
}

/** A job's state now, then after each change, ending with its terminal state. */
export async function* followRosterJob(services: Services, actor: Actor, id: string): AsyncGenerator<RosterJobView> {
  // Subscribe before reading, so a change between the read and the subscription is not lost.
  const events = rosterJobEvents(services).subscribe('rosterJobUpdated', id);
  try {
    const current = await services.rosterJobs.get(actor, id);
    if (!current) throw DomainError.notFound('Roster job', id);
    yield current;
    if (TERMINAL.has(current.status)) return;
    for await (const job of events) {
      yield job;
      if (TERMINAL.has(job.status)) return;
    }
  } finally {
    await events.return?.();
  }
}
