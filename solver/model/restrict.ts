import { LinearModel } from './linear-model';

interface Transpose {
  readonly rows: number;
  readonly columns: number;
  readonly rowsOf: Int32Array[];
  /** The coefficient of each column in each of its rows, in the order of `rowsOf`. */
  readonly valuesOf: Float32Array[];
}

const transposes = new WeakMap<readonly number[], Transpose>();

function transpose(m: LinearModel): Transpose {
  const cached = transposes.get(m.rowIndices);
  if (cached && cached.rows === m.rows.length && cached.columns === m.columnCount) return cached;
  const starts = new Int32Array(m.columnCount + 1);
  for (const j of m.rowIndices) starts[j + 1]++;
  for (let j = 0; j < m.columnCount; j++) starts[j + 1] += starts[j];
  const buffer = new Int32Array(m.rowIndices.length);
  // Single precision: the values serve estimates (a re-plan's prices), and L has millions of them.
  const coefficients = new Float32Array(m.rowIndices.length);
  const fill = Int32Array.from(starts.subarray(0, m.columnCount));
  for (let i = 0; i < m.rows.length; i++) {
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
      const at = fill[m.rowIndices[k]]++;
      buffer[at] = i;
      coefficients[at] = m.rowValues[k];
    }
  }
  const rowsOf = Array.from({ length: m.columnCount }, (_, j) => buffer.subarray(starts[j], starts[j + 1]));
  const valuesOf = Array.from({ length: m.columnCount }, (_, j) => coefficients.subarray(starts[j], starts[j + 1]));
  const built = { rows: m.rows.length, columns: m.columnCount, rowsOf, valuesOf };
  transposes.set(m.rowIndices, built);
  return built;
}

/**
 * Rows of each column (the transpose of the CSR rows): views into one buffer, built once per
 * set of rows and shared by models that share them (the elastic model shares the real one's).
 * Rows must not be added after the first call; a changed row or column count rebuilds it.
 */
export function columnRows(m: LinearModel): Int32Array[] {
  return transpose(m).rowsOf;
}

/** The coefficients that go with `columnRows(m)`: `columnValues(m)[j][k]` is column j's in row `columnRows(m)[j][k]`. */
export function columnValues(m: LinearModel): Float32Array[] {
  return transpose(m).valuesOf;
}

export interface Restriction {
  readonly model: LinearModel;
  /** Sub-model column -> full-model column. */
  readonly columns: readonly number[];
}

/**
 * The free columns plus the auxiliary columns (slacks, indicators) reachable from them through
 * rows, up to `depth` hops, so a freed assignment can move the slacks and indicators it drives.
 */
export function reachableAux(m: LinearModel, rowsOf: readonly Int32Array[], free: readonly number[], isAux: (j: number) => boolean, depth: number): number[] {
  const seen = new Set(free);
  // A row is scanned once however many freed columns share it (an analyst's period rows hold
  // every shift of the period).
  const scanned = new Set<number>();
  let frontier = [...free];
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: number[] = [];
    for (const j of frontier) {
      for (const i of rowsOf[j]) {
        if (scanned.has(i)) continue;
        scanned.add(i);
        for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
          const c = m.rowIndices[k];
          if (!seen.has(c) && isAux(c)) {
            seen.add(c);
            next.push(c);
          }
        }
      }
    }
    frontier = next;
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * The model with every column outside `keep` fixed at `values`: fixed activity moves into the
 * row bounds and the objective offset; rows left with no kept column are dropped (the caller's
 * `values` already satisfy them). A solution of the result, mapped back, is a full solution.
 * With `rowsOf` (see columnRows) only the rows of kept columns are visited, so the cost of a
 * small restriction does not grow with the model (L: 160k rows).
 */
export function restrictModel(m: LinearModel, keep: readonly number[], values: ArrayLike<number>, rowsOf?: readonly Int32Array[]): Restriction {
  const sub = new LinearModel();
  const local = new Map<number, number>();
  for (const j of keep) local.set(j, sub.addColumn(m.meaning[j], m.cost[j], m.lower[j], m.upper[j], m.integer[j]));
  sub.offset = m.objectiveOf(values) - keep.reduce((s, j) => s + m.cost[j] * values[j], 0);
  const rows = rowsOf ? touchedRows(rowsOf, keep) : null;
  const count = rows ? rows.length : m.rows.length;
  for (let r = 0; r < count; r++) {
    const i = rows ? rows[r] : r;
    let fixed = 0;
    const idx: number[] = [];
    const val: number[] = [];
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
      const j = m.rowIndices[k];
      const l = local.get(j);
      if (l === undefined) fixed += m.rowValues[k] * values[j];
      else {
        idx.push(l);
        val.push(m.rowValues[k]);
      }
    }
    if (idx.length) sub.addRow(m.rows[i].label, idx, val, m.rows[i].lower - fixed, m.rows[i].upper - fixed);
  }
  return { model: sub, columns: keep };
}

/** Rows that hold any of `cols`, ascending, so a restriction keeps the model's row order. */
function touchedRows(rowsOf: readonly Int32Array[], cols: readonly number[]): Int32Array {
  const seen = new Set<number>();
  for (const j of cols) for (const i of rowsOf[j]) seen.add(i);
  return Int32Array.from(seen).sort();
}
