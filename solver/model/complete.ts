import type { LinearModel } from './linear-model';
import { columnRows } from './restrict';

const TOL = 1e-6;

/** Sum of a row's terms except column `skip`. */
function activityWithout(m: LinearModel, i: number, values: Float64Array, skip: number): { other: number; coef: number } {
  let other = 0;
  let coef = 0;
  for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
    if (m.rowIndices[k] === skip) coef += m.rowValues[k];
    else other += m.rowValues[k] * values[m.rowIndices[k]];
  }
  return { other, coef };
}

/**
 * The interval of values for column j that can keep each of its rows, given the settled columns
 * and letting the unsettled ones take any value in their bounds (they settle the row later).
 */
function feasibleInterval(m: LinearModel, rows: Int32Array, j: number, values: Float64Array, settled: Uint8Array): [number, number] {
  let lo = m.lower[j];
  let hi = m.upper[j];
  for (const i of rows) {
    let fixed = 0;
    let restMin = 0;
    let restMax = 0;
    let coef = 0;
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
      const c = m.rowIndices[k];
      const a = m.rowValues[k];
      if (c === j) coef += a;
      else if (settled[c]) fixed += a * values[c];
      else {
        restMin += Math.min(a * m.lower[c], a * m.upper[c]);
        restMax += Math.max(a * m.lower[c], a * m.upper[c]);
      }
    }
    if (coef === 0) continue;
    const a = (m.rows[i].lower - fixed - restMax) / coef;
    const b = (m.rows[i].upper - fixed - restMin) / coef;
    if (!Number.isNaN(a)) lo = Math.max(lo, Math.min(a, b));
    if (!Number.isNaN(b)) hi = Math.min(hi, Math.max(a, b));
  }
  return [lo, hi];
}

/** Whether row i holds at `values`, within the tolerance. */
export function rowHolds(m: LinearModel, i: number, values: Float64Array): boolean {
  const { other } = activityWithout(m, i, values, -1);
  return other >= m.rows[i].lower - TOL && other <= m.rows[i].upper + TOL;
}

export function rowsHold(m: LinearModel, values: Float64Array): boolean {
  for (let i = 0; i < m.rows.length; i++) if (!rowHolds(m, i, values)) return false;
  return true;
}

/**
 * Given values for the `fixed` columns, sets every other column in creation order to its
 * cheapest value that can keep its rows (lowest when its cost is >= 0, highest when negative),
 * with interval arithmetic over the columns not yet settled. Rule functions create auxiliaries after what they depend on (work
 * after assignments, indicators after work, slacks after both, fairness max/min last), so one
 * pass settles them. Returns null when some row still breaks: the fixed part breaks a hard rule.
 * @example completeByPropagation(model, values, isAssignment) // full vector or null
 */
export function completeByPropagation(m: LinearModel, values: Float64Array, fixed: (j: number) => boolean): Float64Array | null {
  const out = Float64Array.from(values);
  const rowsOf = columnRows(m);
  const settled = new Uint8Array(m.columnCount);
  for (let j = 0; j < m.columnCount; j++) settled[j] = fixed(j) ? 1 : 0;
  for (let j = 0; j < m.columnCount; j++) {
    if (settled[j]) continue;
    out[j] = cheapestValue(m, rowsOf[j], j, out, settled);
    settled[j] = 1;
  }
  return rowsHold(m, out) ? out : null;
}

/** Column j's cheapest value that can keep its rows: lowest when its cost is >= 0, highest when negative. */
function cheapestValue(m: LinearModel, rows: Int32Array, j: number, values: Float64Array, settled: Uint8Array): number {
  const [lo, hi] = feasibleInterval(m, rows, j, values, settled);
  const low = m.integer[j] ? Math.ceil(lo - TOL) : lo;
  const high = m.integer[j] ? Math.floor(hi + TOL) : hi;
  const pick = m.cost[j] < 0 ? high : low;
  return Math.min(m.upper[j], Math.max(m.lower[j], Number.isFinite(pick) ? pick : low));
}

/**
 * Works out `cols` again (in creation order, as completeByPropagation does) with every other
 * column held at its value, then checks the rows of `touched` columns. In place; false when a
 * row breaks. Used when a sub-solution lands on a roster that other sub-solutions changed since.
 */
export function resettle(m: LinearModel, rowsOf: readonly Int32Array[], values: Float64Array, cols: readonly number[], touched: readonly number[]): boolean {
  const settled = new Uint8Array(m.columnCount).fill(1);
  const order = [...cols].sort((a, b) => a - b);
  for (const j of order) settled[j] = 0;
  for (const j of order) {
    values[j] = cheapestValue(m, rowsOf[j], j, values, settled);
    settled[j] = 1;
  }
  const rows = new Set<number>();
  for (const j of touched) for (const i of rowsOf[j]) rows.add(i);
  for (const i of rows) if (!rowHolds(m, i, values)) return false;
  return true;
}
