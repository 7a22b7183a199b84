import DataLoader from 'dataloader';
import type { SiteView } from '../domain/site';
import type { NamedRow, QueueNameRow, TemplateNameRow } from '../db/repositories/roster-lookup.repository';
import type { RosterReview } from '../services/roster.service';
import type { Services } from '../services';

/**
 * Per-request batch loaders: a list of N rows resolves its related rows in one query each,
 * never one per row. Callers have already been authorized for the parent row.
 */
export interface Loaders {
  readonly siteById: DataLoader<number, SiteView | null>;
  readonly rosterAnalystName: DataLoader<number, NamedRow | null>;
  readonly rosterQueueName: DataLoader<number, QueueNameRow | null>;
  readonly rosterClientName: DataLoader<number, NamedRow | null>;
  readonly rosterTemplateName: DataLoader<number, TemplateNameRow | null>;
  readonly rosterReview: DataLoader<number, RosterReview>;
}

export function createLoaders(services: Services): Loaders {
  return {
    siteById: new DataLoader((ids) => services.sites.findManyByIds(ids).then(byId(ids))),
    rosterAnalystName: new DataLoader((ids) => services.rosters.analystNames(ids).then(byId(ids))),
    rosterQueueName: new DataLoader((ids) => services.rosters.queueNames(ids).then(byId(ids))),
    rosterClientName: new DataLoader((ids) => services.rosters.clientNames(ids).then(byId(ids))),
    rosterTemplateName: new DataLoader((ids) => services.rosters.templateNames(ids).then(byId(ids))),
    rosterReview: new DataLoader((ids) => Promise.all(ids.map((id) => services.rosters.reviewAuthorized(id))), { batch: false }),
  };
}

/** Orders rows to match the requested ids, null where a row is missing (DataLoader's contract). */
export function byId<T extends { id: string | number }>(ids: readonly number[]): (rows: T[]) => (T | null)[] {
  return (rows) => {
    const found = new Map(rows.map((row) => [Number(row.id), row]));
    return ids.map((id) => found.get(id) ?? null);
  };
}
