import { parentPort } from 'node:worker_threads';
import { solveWithHighs } from './highs-backend';
import type { PoolTask } from './highs-pool';

/** A thread of `HighsPool`: solves each model it is posted, one at a time, in its own HiGHS runtime. */
parentPort?.on('message', (task: PoolTask) => {
  solveWithHighs(task.model, task.request).then(
    (result) => parentPort?.postMessage({ id: task.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: task.id, result: { status: 'error', objective: null, bound: null, values: null, message: String(error) } }),
  );
});
