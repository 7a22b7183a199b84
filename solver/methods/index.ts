import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import type { SolveMethod } from './method';
import { fixAndOptimise } from './fix-and-optimise';
import { monolithic } from './monolithic';

/**
 * Above this many seconds per thousand columns the one MIP wins: on the S bench (7.7k columns)
 * fix-and-optimise found the better roster at 10 s and 30 s, the monolithic MIP at 120 s.
 * Calibrated on those runs only; force `method` to override.
 */
const MONOLITHIC_SECONDS_PER_KCOL = 10;
const MONOLITHIC_MAX_COLUMNS = 60000;

/** The method to run: forced by option, else chosen by model size and time budget. */
export function methodFor(ix: ModelIndex, options: SolveOptions): SolveMethod {
  if (options.method === 'monolithic' || options.backend === 'jslp') return monolithic;
  if (options.method === 'fix-and-optimise') return fixAndOptimise;
  const columns = ix.model.columnCount;
  if (columns <= options.lnsMinColumns) return monolithic;
  const generous = columns <= MONOLITHIC_MAX_COLUMNS && options.timeLimitSeconds >= (MONOLITHIC_SECONDS_PER_KCOL * columns) / 1000;
  return generous ? monolithic : fixAndOptimise;
}
