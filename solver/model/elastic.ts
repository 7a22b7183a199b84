import { LinearModel } from './linear-model';

/** Column rule of the elastic slack on a hard flexible rule (fixed at zero in the real model). */
export const ELASTIC_RULE = 'elastic';

/** Price of one unit of elastic slack, per unit of the row's largest coefficient, against the largest cost. */
const ELASTIC_PRICE_FACTOR = 100;
const ELASTIC_MIN_PRICE = 10000;

/**
 * The model with the elastic slacks of hard flexible rules freed and priced far above every
 * other term, or null when it has none. It shares the rows of `m`; only costs and upper bounds
 * differ. Any roster that keeps the always-hard rules is feasible in it, so a search can start
 * there; a solution whose elastic slacks are all zero is feasible in `m` with the same objective.
 */
export function elasticModel(m: LinearModel): LinearModel | null {
  const elastic: number[] = [];
  for (let j = 0; j < m.columnCount; j++) {
    const meaning = m.meaning[j];
    if (meaning.kind === 'aux' && meaning.rule === ELASTIC_RULE) elastic.push(j);
  }
  if (elastic.length === 0) return null;
  const largestCoefficient = new Map<number, number>();
  for (let i = 0; i < m.rows.length; i++) {
    let largest = 0;
    let slack = -1;
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
      const j = m.rowIndices[k];
      const meaning = m.meaning[j];
      if (meaning.kind === 'aux' && meaning.rule === ELASTIC_RULE) slack = j;
      else largest = Math.max(largest, Math.abs(m.rowValues[k]));
    }
    if (slack >= 0) largestCoefficient.set(slack, Math.max(1, largest));
  }
  const price = Math.max(ELASTIC_MIN_PRICE, ELASTIC_PRICE_FACTOR * m.cost.reduce((max, c) => Math.max(max, Math.abs(c)), 0));
  const out = Object.assign(Object.create(LinearModel.prototype) as LinearModel, m, { cost: [...m.cost], upper: [...m.upper] });
  for (const j of elastic) {
    out.cost[j] = price / (largestCoefficient.get(j) ?? 1);
    out.upper[j] = Infinity;
  }
  return out;
}

/** Total elastic slack in a solution of the elastic model: 0 means every hard flexible rule holds. */
export function elasticExcess(m: LinearModel, values: ArrayLike<number>): number {
  let total = 0;
  for (let j = 0; j < m.columnCount; j++) {
    const meaning = m.meaning[j];
    if (meaning.kind === 'aux' && meaning.rule === ELASTIC_RULE) total += values[j];
  }
  return total;
}
