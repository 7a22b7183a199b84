import type { SolveHandle } from './worker-solver';

/** What the runner calls for each job; it reports the solve it starts so a cancel can stop it. */
export type JobExecutor = (jobId: number, track: (solve: SolveHandle) => void) => Promise<void>;

/**
 * Runs queued solve jobs in this process, one at a time: solves are CPU-bound, so two at once
 * would only make both slower. With REDIS_URL set, a BullMQ queue and workers on other machines
 * would take this class's place (DESIGN.md, "Scale beyond one machine"); not built yet.
 */
export class RosterJobRunner {
  private readonly queue: number[] = [];
  private running: { jobId: number; solve: SolveHandle | null } | null = null;
  private drained: Promise<void> = Promise.resolve();

  constructor(private readonly execute: JobExecutor) {}

  /** Queues a job; it starts after the current request has been answered. */
  enqueue(jobId: number): void {
    this.queue.push(jobId);
    if (this.running === null && this.queue.length === 1) this.drained = new Promise((resolve) => setImmediate(() => void this.drain().then(resolve)));
  }

  /** Stops the solve of a running job, if this process runs it. */
  async abort(jobId: number): Promise<void> {
    if (this.running?.jobId === jobId) await this.running.solve?.abort();
    const waiting = this.queue.indexOf(jobId);
    if (waiting >= 0) this.queue.splice(waiting, 1);
  }

  /** Resolves when no job is queued or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running !== null || this.queue.length > 0) await this.drained;
  }

  private async drain(): Promise<void> {
    for (let jobId = this.queue.shift(); jobId !== undefined; jobId = this.queue.shift()) {
      const current: { jobId: number; solve: SolveHandle | null } = { jobId, solve: null };
      this.running = current;
      try {
        await this.execute(jobId, (solve) => {
          current.solve = solve;
        });
      } finally {
        this.running = null;
      }
    }
  }
}
