import type { DataSource } from 'typeorm';
import { generateDesk } from '../../seeds/generator';
import { loadDesk } from '../../seeds/load-desk';
import { sampleAssignments, storePublishedRoster } from '../../seeds/published-roster';
import type { DeskData } from '../../seeds/desk-data';
import { buildRosterProblem } from '../../src/domain/roster-problem/build-roster-problem';
import type { Assignment, RosterProblem } from '../../solver';

export const DEMO_PERIOD = { start: '2026-03-02', end: '2026-03-15' } as const;

export interface DemoRoster {
  readonly desk: DeskData;
  readonly ids: ReadonlyMap<string, number>;
  readonly problem: RosterProblem;
  readonly assignments: readonly Assignment[];
  readonly rosterId: number;
  /** Database id of a generator key. */
  id(key: string): number;
}

/**
 * The demo desk loaded into an empty database with a published roster for its fortnight
 * (the deterministic sample roster: the views under test do not depend on how it was solved).
 */
export async function loadDemoRoster(dataSource: DataSource): Promise<DemoRoster> {
  const desk = generateDesk('demo');
  const { ids } = await loadDesk(dataSource, desk);
  const problem = buildRosterProblem(desk, DEMO_PERIOD);
  const assignments = sampleAssignments(desk, problem);
  const rosterId = await storePublishedRoster(dataSource, ids, problem, assignments, { publishedAt: new Date('2026-02-20T12:00:00Z') });
  return { desk, ids, problem, assignments, rosterId, id: (key) => ids.get(key)! };
}
