/** deskalign roster solver: a pure library, RosterProblem in, RosterSolution out. */
export type * from './problem';
export type * from './solution';
export { defaultSolveOptions, defaultWeights, mergeSolveOptions, type SolveOptions } from './options';
export type { SolveProgress } from './progress';
export { solveRoster } from './solve-roster';
export { evaluateRoster } from './evaluate';
export { validateRosterProblem, validateSolveOptions, type ValidationIssue } from './validate';
