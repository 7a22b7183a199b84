import { parentPort } from 'node:worker_threads';
import { solveRoster } from '../../../solver';
import type { RosterProblem, SolveOptions } from '../../../solver';

/**
 * Runs one solve in a worker thread: the solver is synchronous CPU work (HiGHS in WebAssembly),
 * so on the main thread it would stall every request until the time limit. A function cannot
 * cross postMessage, so progress goes back to the parent as messages of its own.
 */
parentPort?.once('message', (message: { problem: RosterProblem; options: Partial<SolveOptions> }) => {
  const onProgress: SolveOptions['onProgress'] = (progress) => parentPort?.postMessage({ kind: 'progress', progress });
  solveRoster(message.problem, { ...message.options, onProgress }).then(
    (solution) => parentPort?.postMessage({ kind: 'answer', ok: true, solution }),
    (error: unknown) => parentPort?.postMessage({ kind: 'answer', ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
