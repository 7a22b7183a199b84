import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { CalendarService } from './calendar.service';
import { ScheduleService } from './schedule.service';
import { SiteService } from './site.service';
import { TeamService } from './team.service';

/** Every use case of the service, built once per app over one store and clock. */
export interface Services {
  readonly sites: SiteService;
  readonly schedules: ScheduleService;
  readonly teams: TeamService;
  readonly calendars: CalendarService;
}

export function createServices(store: Store, _clock: Clock): Services {
  return {
    sites: new SiteService(store),
    schedules: new ScheduleService(store),
    teams: new TeamService(store),
    calendars: new CalendarService(store, _clock),
  };
}
