import { DateTime } from 'luxon';
import { evaluateRoster, type Evaluation } from '../../solver';
import { generateDesk } from '../../seeds/generator';
import { loadDesk, LoadedDesk } from '../../seeds/load-desk';
import type { DeskData } from '../../seeds/desk-data';
import { createStore } from '../../src/db/store';
import { loadRosterProblem, solverAssignmentsOf } from '../../src/services/roster-problem';
import type { TestApp } from './test-app';

export const JOB_FIELDS = 'id status startDate endDate siteIds baseRosterId rosterId error progress { phase solverPhase solveStatus bestObjective bound gap elapsedSeconds diagnostics { rule message } }';

export const GENERATE = `mutation ($input: GenerateRosterInput!) { generateRoster(input: $input) { ${JOB_FIELDS} } }`;

export interface DemoDesk {
  readonly desk: DeskData;
  readonly loaded: LoadedDesk;
  /** Database ids of every site of the desk, as GraphQL IDs. */
  readonly siteIds: string[];
}

/** The seeds' demo desk loaded into the test database. */
export async function loadDemoDesk(t: TestApp): Promise<DemoDesk> {
  const desk = generateDesk('demo');
  const loaded = await loadDesk(t.dataSource, desk);
  return { desk, loaded, siteIds: desk.sites.map((s) => String(loaded.ids.get(s.key))) };
}

export interface JobResult {
  id: string;
  status: string;
  baseRosterId: string | null;
  rosterId: string | null;
  error: string | null;
  progress: {
    phase: string; solverPhase: string | null; solveStatus: string | null; bestObjective: number | null; bound: number | null; gap: number | null; elapsedSeconds: number;
    diagnostics: { rule: string; message: string }[];
  };
}

/** Polls rosterJob until it ends or `timeoutMs` passes (the solve runs in a worker thread, so requests are answered meanwhile). */
export async function waitForJob(t: TestApp, id: string, timeoutMs = 120_000): Promise<JobResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await t.gql<{ rosterJob: JobResult }>(`query ($id: ID!) { rosterJob(id: $id) { ${JOB_FIELDS} } }`, { id });
    const job = result.data?.rosterJob;
    if (!job) throw new Error(`rosterJob ${id}: ${JSON.stringify(result.errors)}`);
    if (['succeeded', 'failed', 'cancelled'].includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`roster job ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A stored roster judged by the solver's own evaluator over its problem rebuilt from the database. */
export async function evaluateStoredRoster(t: TestApp, rosterId: number): Promise<Evaluation> {
  const repos = createStore(t.dataSource).repos;
  const roster = await repos.rosters.findById(rosterId);
  if (!roster) throw new Error(`no roster ${rosterId}`);
  const rows = await repos.rosters.findAssignments(rosterId);
  const loaded = await loadRosterProblem(repos, roster, rows.filter((r) => r.pinned));
  const assignments = solverAssignmentsOf(loaded, rows);
  expect(assignments).toHaveLength(rows.length);
  return evaluateRoster(loaded.problem, assignments);
}

/** Rows of a table, for "nothing was written" checks. */
export async function countRows(t: TestApp, table: string): Promise<number> {
  return Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
}

/** The real minutes of a template's wall-clock shift starting on `date` in `zone` (DST changes it by an hour). */
export function realShiftMinutes(date: string, localStart: string, lengthMinutes: number, zone: string): number {
  const [h, m] = localStart.split(':').map(Number);
  const wall = DateTime.fromISO(date, { zone: 'utc' }).set({ hour: h, minute: m });
  const start = DateTime.fromObject(wall.toObject(), { zone });
  const end = DateTime.fromObject(wall.plus({ minutes: lengthMinutes }).toObject(), { zone });
  return end.diff(start, 'minutes').minutes;
}
