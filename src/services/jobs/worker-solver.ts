import type { RosterProblem, RosterSolution, SolveOptions, SolveProgress } from '../../../solver';
import { startWorker } from '../../../solver/worker-thread';

/** A solve under way: its result, and a way to stop it (the result then rejects with SolveAborted). */
export interface SolveHandle {
  readonly result: Promise<RosterSolution>;
  abort(): Promise<void>;
}

/** Starts a solve; injected into the job runner so tests may replace it. `options.onProgress` is called on this thread. */
export type RosterSolver = (problem: RosterProblem, options: Partial<SolveOptions>) => SolveHandle;

export class SolveAborted extends Error {
  override readonly name = 'SolveAborted';
}

type WorkerMessage =
  | { kind: 'progress'; progress: SolveProgress }
  | { kind: 'answer'; ok: true; solution: RosterSolution }
  | { kind: 'answer'; ok: false; message: string };

/**
 * Each solve in a fresh worker thread, ended when the solve answers or is aborted.
 * The options cross to the worker without `onProgress` (functions cannot be cloned); the worker
 * posts its progress back and it is handed to `onProgress` here, in order, before the answer.
 */
export const workerSolver: RosterSolver = (problem, { onProgress, ...options }) => {
  const worker = startWorker(__dirname, 'solve-worker', __filename.endsWith('.ts'));
  let aborted = false;
  const result = new Promise<RosterSolution>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') {
        try {
          onProgress?.(message.progress);
        } catch {
          // As inside the solver: a broken progress listener must not cost the roster.
        }
        return;
      }
      if (message.ok) resolve(message.solution);
      else reject(new Error(`The solver failed: ${message.message}`));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(aborted ? new SolveAborted('The solve was stopped') : new Error(`The solver thread exited with code ${code}`)));
  });
  worker.postMessage({ problem, options });
  return {
    result,
    abort: async () => {
      aborted = true;
      await worker.terminate();
    },
  };
};
