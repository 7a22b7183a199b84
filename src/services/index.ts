import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { SiteService } from './site.service';
import { ClientService } from './client.service';
import { ContractService } from './contract.service';
import { QueueService } from './queue.service';
import { CoverageTargetService } from './coverage-target.service';
import { ShiftTemplateService } from './shift-template.service';

/** Every use case of the service, built once per app over one store and clock. */
export interface Services {
  readonly sites: SiteService;
  readonly clients: ClientService;
  readonly contracts: ContractService;
  readonly queues: QueueService;
  readonly coverageTargets: CoverageTargetService;
  readonly shiftTemplates: ShiftTemplateService;
}

export function createServices(store: Store, _clock: Clock): Services {
  return {
    sites: new SiteService(store),
    clients: new ClientService(store),
    contracts: new ContractService(store),
    queues: new QueueService(store),
    coverageTargets: new CoverageTargetService(store),
    shiftTemplates: new ShiftTemplateService(store),
  };
}
