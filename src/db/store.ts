import type { DataSource, EntityManager } from 'typeorm';
import { PublishedRosterRepository } from './repositories/published-roster.repository';
import { RosterDirectoryRepository } from './repositories/roster-directory.repository';
import { SiteRepository } from './repositories/site.repository';
import { DeskSnapshotRepository } from './repositories/desk-snapshot.repository';
import { RosterJobRepository } from './repositories/roster-job.repository';
import { RosterRepository } from './repositories/roster.repository';
import { SkillRepository } from './repositories/skill.repository';
import { AnalystRepository } from './repositories/analyst.repository';
import { AnalystProfileRepository } from './repositories/analyst-profile.repository';
import { ClientRepository } from './repositories/client.repository';
import { ContractRepository } from './repositories/contract.repository';
import { QueueRepository } from './repositories/queue.repository';
import { CoverageTargetRepository } from './repositories/coverage-target.repository';
import { ShiftTemplateRepository } from './repositories/shift-template.repository';
import { ForecastRepository } from './repositories/forecast.repository';

/** The repositories, bound to the data source or to one transaction's entity manager. */
export interface Repositories {
  readonly sites: SiteRepository;
  readonly deskSnapshots: DeskSnapshotRepository;
  readonly rosterJobs: RosterJobRepository;
  readonly rosters: RosterRepository;
  readonly publishedRosters: PublishedRosterRepository;
  readonly rosterDirectory: RosterDirectoryRepository;
  readonly skills: SkillRepository;
  readonly analysts: AnalystRepository;
  readonly analystProfiles: AnalystProfileRepository;
  readonly clients: ClientRepository;
  readonly contracts: ContractRepository;
  readonly queues: QueueRepository;
  readonly coverageTargets: CoverageTargetRepository;
  readonly shiftTemplates: ShiftTemplateRepository;
  readonly forecasts: ForecastRepository;
}

function createRepositories(db: DataSource | EntityManager): Repositories {
  return {
    sites: new SiteRepository(db),
    deskSnapshots: new DeskSnapshotRepository(db),
    rosterJobs: new RosterJobRepository(db),
    rosters: new RosterRepository(db),
    publishedRosters: new PublishedRosterRepository(db),
    rosterDirectory: new RosterDirectoryRepository(db),
    skills: new SkillRepository(db),
    analysts: new AnalystRepository(db),
    analystProfiles: new AnalystProfileRepository(db),
    clients: new ClientRepository(db),
    contracts: new ContractRepository(db),
    queues: new QueueRepository(db),
    coverageTargets: new CoverageTargetRepository(db),
    shiftTemplates: new ShiftTemplateRepository(db),
    forecasts: new ForecastRepository(db),
  };
}

/**
 * What services get instead of TypeORM: repositories for reads and single writes, and
 * `transaction` for writes that must land together or not at all.
 */
export interface Store {
  readonly repos: Repositories;
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
}

export function createStore(dataSource: DataSource): Store {
  const inTurn = turnsFor(dataSource);
  return {
    repos: createRepositories(dataSource),
    transaction: (work) => inTurn(() => dataSource.transaction((em) => work(createRepositories(em)))),
    ping: async () => {
      try {
        await dataSource.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
  };
}

type Turns = <T>(task: () => Promise<T>) => Promise<T>;
const sqliteTurns = new WeakMap<DataSource, Turns>();

/**
 * On SQLite, TypeORM shares one connection, so a transaction begun while another is open becomes
 * a savepoint inside it and the two interleave (one's rollback or commit decides the other's
 * writes). There, transactions of the same data source take turns; MySQL gives each its own
 * connection. A transaction's work must not start another (it would wait for itself).
 */
function turnsFor(dataSource: DataSource): Turns {
  if (dataSource.options.type === 'mysql') return (task) => task();
  let turns = sqliteTurns.get(dataSource);
  if (!turns) {
    let last: Promise<unknown> = Promise.resolve();
    turns = (task) => {
      const result = last.then(task);
      last = result.catch(() => undefined);
      return result;
    };
    sqliteTurns.set(dataSource, turns);
  }
  return turns;
}
