import type { ModelIndex } from '../model/candidates';
import type { SolveOptions } from '../options';
import type { SolveMethod } from './method';
import { monolithic } from './monolithic';

/** The method to run: forced by option, else chosen by model size. */
export function methodFor(_ix: ModelIndex, options: SolveOptions): SolveMethod {
  switch (options.method) {
    default:
      return monolithic;
  }
}
