import type { SolveProgress } from '../../../solver';

export interface ProgressWriter {
  /** Hand to the solver as `onProgress`; never throws. */
  readonly onProgress: (progress: SolveProgress) => void;
  /** Resolves when every report so far has been written. */
  settled(): Promise<void>;
}

/**
 * Writes solver progress as it comes, newest first: while one write is under way only the newest
 * report waits, so a burst of LNS improvements costs two writes, not one each. A failed write is
 * skipped: progress is a view of the solve, and the job's own result is written apart from it.
 * @example const writer = progressWriter((p) => repo.setProgress(id, p)); solve({ onProgress: writer.onProgress });
 */
export function progressWriter(write: (progress: SolveProgress) => Promise<void>): ProgressWriter {
  let waiting: SolveProgress | null = null;
  let chain: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const next = waiting as SolveProgress;
    waiting = null;
    await write(next).catch(() => undefined);
  };
  return {
    onProgress: (progress) => {
      const queued = waiting !== null;
      waiting = progress;
      if (!queued) chain = chain.then(flush);
    },
    settled: () => chain,
  };
}
