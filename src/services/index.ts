import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { CalendarService } from './calendar.service';
import { ScheduleService } from './schedule.service';
import { TeamService } from './team.service';
import { AnalystProfileService } from './analyst-profile.service';
import { AnalystService } from './analyst.service';
import { SiteService } from './site.service';
import { SkillService } from './skill.service';
import { ClientService } from './client.service';
import { ContractService } from './contract.service';
import { QueueService } from './queue.service';
import { CoverageTargetService } from './coverage-target.service';
import { ShiftTemplateService } from './shift-template.service';

/** Every use case of the service, built once per app over one store and clock. */
export interface Services {
  readonly sites: SiteService;
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
}

export function createServices(store: Store, _clock: Clock): Services {
  const analysts = new AnalystService(store);
  return {
    sites: new SiteService(store),
    schedules: new ScheduleService(store),
    teams: new TeamService(store),
    calendars: new CalendarService(store, _clock),
    skills: new SkillService(store),
    analysts,
    analystProfiles: new AnalystProfileService(store, analysts),
    clients: new ClientService(store),
    contracts: new ContractService(store),
    queues: new QueueService(store),
    coverageTargets: new CoverageTargetService(store),
    shiftTemplates: new ShiftTemplateService(store),
  };
}
