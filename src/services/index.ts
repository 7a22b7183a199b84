import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { AnalystProfileService } from './analyst-profile.service';
import { AnalystService } from './analyst.service';
import { SiteService } from './site.service';
import { SkillService } from './skill.service';

/** Every use case of the service, built once per app over one store and clock. */
export interface Services {
  readonly sites: SiteService;
  readonly skills: SkillService;
  readonly analysts: AnalystService;
  readonly analystProfiles: AnalystProfileService;
}

export function createServices(store: Store, _clock: Clock): Services {
  const analysts = new AnalystService(store);
  return {
    sites: new SiteService(store),
    skills: new SkillService(store),
    analysts,
    analystProfiles: new AnalystProfileService(store, analysts),
  };
}
