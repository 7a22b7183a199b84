import DataLoader from 'dataloader';
import type { RosterAnalystView, RosterClientView, RosterQueueView, RosterShiftTemplateView } from '../domain/roster-view';
import type { SiteView } from '../domain/site';
import type { Services } from '../services';

/**
 * Per-request batch loaders: a list of N rows resolves its related rows in one query each,
 * never one per row. Callers have already been authorized for the parent row.
 */
export interface Loaders {
  readonly siteById: DataLoader<number, SiteView | null>;
  readonly rosterAnalystById: DataLoader<number, RosterAnalystView | null>;
  readonly rosterQueueById: DataLoader<number, RosterQueueView | null>;
  readonly rosterClientById: DataLoader<number, RosterClientView | null>;
  readonly rosterShiftTemplateById: DataLoader<number, RosterShiftTemplateView | null>;
}

export function createLoaders(services: Services): Loaders {
  return {
    siteById: new DataLoader((ids) => services.sites.findManyByIds(ids).then(byId(ids))),
    rosterAnalystById: new DataLoader((ids) => services.schedules.analystsByIds(ids).then(byId(ids))),
    rosterQueueById: new DataLoader((ids) => services.schedules.queuesByIds(ids).then(byId(ids))),
    rosterClientById: new DataLoader((ids) => services.schedules.clientsByIds(ids).then(byId(ids))),
    rosterShiftTemplateById: new DataLoader((ids) => services.schedules.shiftTemplatesByIds(ids).then(byId(ids))),
  };
}

/** Orders rows to match the requested ids, null where a row is missing (DataLoader's contract). */
export function byId<T extends { id: string | number }>(ids: readonly number[]): (rows: T[]) => (T | null)[] {
  return (rows) => {
    const found = new Map(rows.map((row) => [Number(row.id), row]));
    return ids.map((id) => found.get(id) ?? null);
  };
}
