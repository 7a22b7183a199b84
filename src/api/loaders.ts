import DataLoader from 'dataloader';
import type { RosterAnalystView, RosterClientView, RosterQueueView, RosterShiftTemplateView } from '../domain/roster-view';
import type { AnalystSkillView, ShiftPreferenceView, ShiftRequestView, TimeOffView } from '../domain/analyst';
import type { SiteView } from '../domain/site';
import type { RosterReview } from '../services/roster.service';
import type { SkillView } from '../domain/skill';
import type { ClientView, ContractView, DedicatedAnalystView } from '../domain/client';
import type { CoverageTargetView, QueueView, RequiredSkillView } from '../domain/queue';
import type { Services } from '../services';

/**
 * Per-request batch loaders: a list of N rows resolves its related rows in one query each,
 * never one per row. Callers have already been authorized for the parent row.
 */
export interface Loaders {
  readonly siteById: DataLoader<number, SiteView | null>;
  readonly rosterReview: DataLoader<number, RosterReview>;
  readonly rosterAnalystById: DataLoader<number, RosterAnalystView | null>;
  readonly rosterQueueById: DataLoader<number, RosterQueueView | null>;
  readonly rosterClientById: DataLoader<number, RosterClientView | null>;
  readonly rosterShiftTemplateById: DataLoader<number, RosterShiftTemplateView | null>;
  readonly skillById: DataLoader<number, SkillView | null>;
  readonly skillsByAnalystId: DataLoader<number, AnalystSkillView[]>;
  readonly preferencesByAnalystId: DataLoader<number, ShiftPreferenceView[]>;
  readonly requestsByAnalystId: DataLoader<number, ShiftRequestView[]>;
  readonly timeOffByAnalystId: DataLoader<number, TimeOffView[]>;
  readonly clientById: DataLoader<number, ClientView | null>;
  readonly contractsByClientId: DataLoader<number, ContractView[]>;
  readonly dedicatedAnalystsByContractId: DataLoader<number, DedicatedAnalystView[]>;
  readonly queuesByClientId: DataLoader<number, QueueView[]>;
  readonly requiredSkillsByQueueId: DataLoader<number, RequiredSkillView[]>;
  readonly coverageTargetsByQueueId: DataLoader<number, CoverageTargetView[]>;
}

export function createLoaders(services: Services): Loaders {
  return {
    siteById: new DataLoader((ids) => services.sites.findManyByIds(ids).then(byId(ids))),
    rosterReview: new DataLoader((ids) => Promise.all(ids.map((id) => services.rosters.reviewAuthorized(id))), { batch: false }),
    rosterAnalystById: new DataLoader((ids) => services.schedules.analystsByIds(ids).then(byId(ids))),
    rosterQueueById: new DataLoader((ids) => services.schedules.queuesByIds(ids).then(byId(ids))),
    rosterClientById: new DataLoader((ids) => services.schedules.clientsByIds(ids).then(byId(ids))),
    rosterShiftTemplateById: new DataLoader((ids) => services.schedules.shiftTemplatesByIds(ids).then(byId(ids))),
    skillById: new DataLoader((ids) => services.skills.findManyByIds(ids).then(byId(ids))),
    skillsByAnalystId: new DataLoader((ids) => services.analystProfiles.skillsOf(ids).then(byAnalystId(ids))),
    preferencesByAnalystId: new DataLoader((ids) => services.analystProfiles.preferencesOf(ids).then(byAnalystId(ids))),
    requestsByAnalystId: new DataLoader((ids) => services.analystProfiles.requestsOf(ids).then(byAnalystId(ids))),
    timeOffByAnalystId: new DataLoader((ids) => services.analystProfiles.timeOffOf(ids).then(byAnalystId(ids))),
    clientById: new DataLoader((ids) => services.clients.findManyByIds(ids).then(byId(ids))),
    contractsByClientId: new DataLoader((ids) => services.contracts.listForClients(ids)),
    dedicatedAnalystsByContractId: new DataLoader((ids) => services.contracts.dedicatedAnalystsForContracts(ids)),
    queuesByClientId: new DataLoader((ids) => services.queues.listForClients(ids)),
    requiredSkillsByQueueId: new DataLoader((ids) => services.queues.requiredSkillsForQueues(ids)),
    coverageTargetsByQueueId: new DataLoader((ids) => services.coverageTargets.listForQueues(ids)),
  };
}

/** Orders rows to match the requested ids, null where a row is missing (DataLoader's contract). */
export function byId<T extends { id: string | number }>(ids: readonly number[]): (rows: T[]) => (T | null)[] {
  return (rows) => {
    const found = new Map(rows.map((row) => [Number(row.id), row]));
    return ids.map((id) => found.get(id) ?? null);
  };
}

/** Groups rows under the requested analyst ids, in their stored order; [] for an analyst with none. */
export function byAnalystId<T extends { analystId: string | number }>(ids: readonly number[]): (rows: T[]) => T[][] {
  return (rows) => ids.map((id) => rows.filter((row) => Number(row.analystId) === id));
}
