import type { ModelIndex } from './candidates';

/** Slacks and shared indicators (coverage, fairness, rule slacks): not an analyst's own assignment, work or weekend column. */
export function isSlack(ix: ModelIndex, j: number): boolean {
  const meaning = ix.model.meaning[j];
  return meaning.kind === 'aux' && meaning.rule !== 'works' && meaning.rule !== 'worked-weekend';
}

const assignmentIndex = new WeakMap<readonly unknown[], number[][][]>();

/** Assignment columns per analyst and date, built once per model. */
export function assignmentColumns(ix: ModelIndex): number[][][] {
  let index = assignmentIndex.get(ix.candidates);
  if (!index) {
    index = ix.problem.analysts.map(() => ix.dates.map((): number[] => []));
    for (const c of ix.candidates) index[c.analystIdx][c.dateIdx].push(c.col);
    assignmentIndex.set(ix.candidates, index);
  }
  return index;
}
