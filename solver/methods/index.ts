import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import type { SolveMethod } from './method';
import { fixAndOptimise } from './fix-and-optimise';
import { monolithic } from './monolithic';

/** The method to run: forced by option, else chosen by model size. */
export function methodFor(ix: ModelIndex, options: SolveOptions): SolveMethod {
  if (options.method === 'monolithic' || options.backend === 'jslp') return monolithic;
  if (options.method === 'fix-and-optimise') return fixAndOptimise;
  return ix.model.columnCount > options.lnsMinColumns ? fixAndOptimise : monolithic;
}
