import { generateDesk } from '../../seeds/generator';
import { loadDesk, LoadedDesk } from '../../seeds/load-desk';
import type { DeskData } from '../../seeds/desk-data';
import type { TestApp } from './test-app';

export const JOB_FIELDS = 'id status startDate endDate siteIds baseRosterId rosterId error progress { phase solveStatus bestObjective gap diagnostics { rule message } }';

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
  rosterId: string | null;
  error: string | null;
  progress: { phase: string; solveStatus: string | null; diagnostics: { rule: string; message: string }[] };
}

/** Polls rosterJob until it ends or `timeoutMs` passes (the solve runs in a worker thread, so requests are answered meanwhile). */
export async function waitForJob(t: TestApp, id: string, timeoutMs = 90_000): Promise<JobResult> {
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
