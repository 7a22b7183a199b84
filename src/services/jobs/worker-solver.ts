import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RosterProblem, RosterSolution, SolveOptions } from '../../../solver';

/** A solve under way: its result, and a way to stop it (the result then rejects with SolveAborted). */
export interface SolveHandle {
  readonly result: Promise<RosterSolution>;
  abort(): Promise<void>;
}

/** Starts a solve; injected into the job runner so tests may replace it. */
export type RosterSolver = (problem: RosterProblem, options: Partial<SolveOptions>) => SolveHandle;

export class SolveAborted extends Error {
  override readonly name = 'SolveAborted';
}

/**
 * Each solve in a fresh worker thread, ended when the solve answers or is aborted. Under tsx or
 * ts-jest the worker is TypeScript, loaded through tsx's require hook; built, it is plain .js.
 */
export const workerSolver: RosterSolver = (problem, options) => {
  const typescript = __filename.endsWith('.ts');
  const file = join(__dirname, `solve-worker.${typescript ? 'ts' : 'js'}`);
  const worker = typescript
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true })
    : new Worker(file);
  let aborted = false;
  const result = new Promise<RosterSolution>((resolve, reject) => {
    worker.once('message', (answer: { ok: true; solution: RosterSolution } | { ok: false; message: string }) => {
      if (answer.ok) resolve(answer.solution);
      else reject(new Error(`The solver failed: ${answer.message}`));
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
