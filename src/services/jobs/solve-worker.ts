import { parentPort } from 'node:worker_threads';
import { solveRoster } from '../../../solver';
import type { RosterProblem, SolveOptions } from '../../../solver';

/**
 * Runs one solve in a worker thread: the solver is synchronous CPU work (HiGHS in WebAssembly),
 * so on the main thread it would stall every request until the time limit.
 */
parentPort?.once('message', (message: { problem: RosterProblem; options: Partial<SolveOptions> }) => {
  solveRoster(message.problem, message.options).then(
    (solution) => parentPort?.postMessage({ ok: true, solution }),
    (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
