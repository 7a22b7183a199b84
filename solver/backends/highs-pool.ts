import type { Worker } from 'node:worker_threads';
import type { LinearModel, ModelArrays } from '../model/linear-model';
import { startWorker } from '../worker-thread';
import { solveWithHighs } from './highs-backend';
import type { BackendRequest, BackendResult } from './lp-backend';

/** A model posted to a pool thread. */
export interface PoolTask {
  readonly id: number;
  readonly model: ModelArrays;
  readonly request: BackendRequest;
}

interface Thread {
  readonly worker: Worker;
  busy: boolean;
  broken: boolean;
}

/**
 * HiGHS in worker threads, so sub-MIPs run side by side on a multi-core machine (HiGHS in
 * WebAssembly is single-threaded). Each call goes to an idle thread, or waits for one. A thread
 * that fails (it could not start, or it crashed) is dropped and its model is solved on the
 * calling thread instead, so the pool can only add speed, never lose an answer.
 * @example const pool = new HighsPool(2); await pool.solve(model, request); await pool.close();
 */
export class HighsPool {
  private readonly threads: Thread[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, { resolve: (r: BackendResult) => void; thread: Thread }>();
  private nextId = 0;

  /** Threads in the pool (at least one). */
  readonly size: number;

  /** `workerModule` is the thread's module next to this file; tests name a missing one to see the fallback. */
  constructor(threads: number, private readonly workerModule = 'highs-worker') {
    this.size = Math.max(1, Math.floor(threads));
    for (let k = 0; k < this.size; k++) this.threads.push(this.spawn());
  }

  private spawn(): Thread {
    const worker = startWorker(__dirname, this.workerModule);
    const thread: Thread = { worker, busy: false, broken: false };
    worker.on('message', (message: { id: number; result: BackendResult }) => this.settle(message.id, message.result));
    const fail = (): void => {
      thread.broken = true;
      for (const [id, task] of this.pending) if (task.thread === thread) this.settle(id, null);
      // Callers waiting for a thread look again: with none left they solve in-thread.
      for (const wake of this.waiting.splice(0)) wake();
    };
    worker.once('error', fail);
    worker.once('exit', fail);
    return thread;
  }

  /** Hands a result back; null means the thread failed, and the caller solves in-thread. */
  private settle(id: number, result: BackendResult | null): void {
    const task = this.pending.get(id);
    if (!task) return;
    this.pending.delete(id);
    task.thread.busy = false;
    task.resolve(result ?? FAILED);
    this.waiting.shift()?.();
  }

  /** An idle thread, marked busy in the same turn it is found, so two callers never share one. */
  private async claimThread(): Promise<Thread | null> {
    for (;;) {
      const live = this.threads.filter((t) => !t.broken);
      if (live.length === 0) return null;
      const idle = live.find((t) => !t.busy);
      if (idle) {
        idle.busy = true;
        return idle;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Solves on a pool thread (the time limit counts from when a thread takes the model). */
  async solve(model: LinearModel, request: BackendRequest): Promise<BackendResult> {
    const thread = await this.claimThread();
    if (thread === null) return solveWithHighs(model, request);
    const id = this.nextId++;
    const result = await new Promise<BackendResult>((resolve) => {
      this.pending.set(id, { resolve, thread });
      const task: PoolTask = { id, model: model.arrays(), request: { ...request, start: request.start ? Float64Array.from(request.start) : undefined } };
      thread.worker.postMessage(task);
    });
    return result === FAILED ? solveWithHighs(model, request) : result;
  }

  /** Stops the threads; calls still waiting are solved on the calling thread. */
  async close(): Promise<void> {
    const threads = this.threads.splice(0);
    for (const t of threads) t.broken = true;
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}

/** Marks a task whose thread failed. */
const FAILED: BackendResult = Object.freeze({ status: 'error', objective: null, bound: null, values: null, message: 'pool thread failed' });
