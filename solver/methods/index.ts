import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import type { SolveMethod } from './method';
import { fixAndOptimise } from './fix-and-optimise';
import { monolithic } from './monolithic';

/**
 * The method to run: forced by option, else the one MIP for small models (up to
 * `lnsMinColumns`) and fix-and-optimise above. Fix-and-optimise won at every time limit measured:
 * S bench (7.5k columns) at 120 s, 9,988 against the one MIP's 11,109; a 40-analyst, 28-day
 * single-queue instance with hard minimums (5.6k columns), 4.8k-5.2k at 30 s against 5.9k at 60 s
 * and 6.4k at 120 s.
 */
export function methodFor(ix: ModelIndex, options: SolveOptions): SolveMethod {
  if (options.method === 'monolithic' || options.backend === 'jslp') return monolithic;
  if (options.method === 'fix-and-optimise') return fixAndOptimise;
  return ix.model.columnCount <= options.lnsMinColumns ? monolithic : fixAndOptimise;
}
