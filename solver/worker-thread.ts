import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts `name` (a module next to `dir`) in a worker thread. Under tsx or ts-jest the module is
 * TypeScript and is loaded through tsx's require hook; built, it is plain .js.
 * @example startWorker(__dirname, 'highs-worker')
 */
export function startWorker(dir: string, name: string, typescript = __filename.endsWith('.ts')): Worker {
  const file = join(dir, `${name}.${typescript ? 'ts' : 'js'}`);
  return typescript ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true }) : new Worker(file);
}
