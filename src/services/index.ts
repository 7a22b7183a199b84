import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { SiteService } from './site.service';

/** Every use case of the service, built once per app over one store and clock. */
export interface Services {
  readonly sites: SiteService;
}

export function createServices(store: Store, _clock: Clock): Services {
  return {
    sites: new SiteService(store),
  };
}
