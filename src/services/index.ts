import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { SiteService } from './site.service';
import { RosterJobService } from './roster-job.service';
import { RosterService } from './roster.service';
import { RosterEditService } from './roster-edit.service';

/** Every use case of the service, built once per app over one store and clock. */
export interface Services {
  readonly sites: SiteService;
  readonly rosterJobs: RosterJobService;
  readonly rosters: RosterService;
  readonly rosterEdits: RosterEditService;
}

export function createServices(store: Store, clock: Clock): Services {
  return {
    sites: new SiteService(store),
    rosterJobs: new RosterJobService(store, clock),
    rosters: new RosterService(store, clock),
    rosterEdits: new RosterEditService(store),
  };
}
