import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { CalendarService } from './calendar.service';
import { ScheduleService } from './schedule.service';
import { TeamService } from './team.service';
import { AnalystProfileService } from './analyst-profile.service';
import { AnalystService } from './analyst.service';
import { SiteService } from './site.service';
import { RosterJobService } from './roster-job.service';
import { RosterService } from './roster.service';
import { RosterEditService } from './roster-edit.service';
import { SkillService } from './skill.service';
import { ClientService } from './client.service';
import { ContractService } from './contract.service';
import { QueueService } from './queue.service';
import { CoverageTargetService } from './coverage-target.service';
import { ShiftTemplateService } from './shift-template.service';
import { ForecastService } from './forecast.service';
import { StaffingService } from './staffing.service';

/** Every use case of the service, built once per app over one store and clock. */
export interface Services {
  readonly sites: SiteService;
  readonly rosterJobs: RosterJobService;
  readonly rosters: RosterService;
  readonly rosterEdits: RosterEditService;
  readonly schedules: ScheduleService;
  readonly teams: TeamService;
  readonly calendars: CalendarService;
  readonly skills: SkillService;
  readonly analysts: AnalystService;
  readonly analystProfiles: AnalystProfileService;
  readonly clients: ClientService;
  readonly contracts: ContractService;
  readonly queues: QueueService;
  readonly coverageTargets: CoverageTargetService;
  readonly shiftTemplates: ShiftTemplateService;
  readonly forecasts: ForecastService;
  readonly staffing: StaffingService;
}

export function createServices(store: Store, clock: Clock): Services {
  const analysts = new AnalystService(store);
  return {
    sites: new SiteService(store),
    rosterJobs: new RosterJobService(store, clock),
    rosters: new RosterService(store, clock),
    rosterEdits: new RosterEditService(store),
    schedules: new ScheduleService(store),
    teams: new TeamService(store),
    calendars: new CalendarService(store, clock),
    skills: new SkillService(store),
    analysts,
    analystProfiles: new AnalystProfileService(store, analysts),
    clients: new ClientService(store),
    contracts: new ContractService(store),
    queues: new QueueService(store),
    coverageTargets: new CoverageTargetService(store),
    shiftTemplates: new ShiftTemplateService(store),
    forecasts: new ForecastService(store),
    staffing: new StaffingService(store),
  };
}
