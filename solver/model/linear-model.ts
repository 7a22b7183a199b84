/** What a column means; the solver reads assignments from this, never from names. */
export type ColumnMeaning =
  | { readonly kind: 'assign'; readonly analystId: string; readonly shiftId: string; readonly queueId: string }
  | { readonly kind: 'aux'; readonly rule: string; readonly ref: string };

/** A sparse linear row; the label names the rule it comes from. */
export interface Row {
  readonly label: string;
  readonly lower: number;
  readonly upper: number;
}

/** The arrays a backend reads: a LinearModel, or a copy of one posted to a worker thread. */
export interface ModelArrays {
  readonly cost: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  readonly integer: readonly boolean[];
  readonly rows: readonly { readonly lower: number; readonly upper: number }[];
  readonly rowStarts: readonly number[];
  readonly rowIndices: readonly number[];
  readonly rowValues: readonly number[];
  readonly offset: number;
}

/**
 * A minimisation MIP in plain arrays (CSR rows), ready for any backend.
 * Rows are stored once in flat arrays so 100k-column models stay cheap to build and pass.
 */
export class LinearModel implements ModelArrays {
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly integer: boolean[] = [];
  readonly meaning: ColumnMeaning[] = [];
  readonly rows: Row[] = [];
  readonly rowStarts: number[] = [0];
  readonly rowIndices: number[] = [];
  readonly rowValues: number[] = [];
  offset = 0;

  get columnCount(): number {
    return this.cost.length;
  }

  addColumn(meaning: ColumnMeaning, cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer);
    this.meaning.push(meaning);
    return this.cost.length - 1;
  }

  /** Adds `lower <= sum(values[k] * x[indices[k]]) <= upper`, merging repeated columns. */
  addRow(label: string, indices: readonly number[], values: readonly number[], lower: number, upper: number): void {
    const merged = new Map<number, number>();
    for (let k = 0; k < indices.length; k++) merged.set(indices[k], (merged.get(indices[k]) ?? 0) + values[k]);
    for (const [col, value] of merged) {
      if (value === 0) continue;
      this.rowIndices.push(col);
      this.rowValues.push(value);
    }
    this.rows.push({ label, lower, upper });
    this.rowStarts.push(this.rowIndices.length);
  }

  /** The arrays alone (no labels or meanings): what crosses to a worker thread. */
  arrays(): ModelArrays {
    const { cost, lower, upper, integer, rowStarts, rowIndices, rowValues, offset } = this;
    return { cost, lower, upper, integer, rowStarts, rowIndices, rowValues, offset, rows: this.rows.map(({ lower: l, upper: u }) => ({ lower: l, upper: u })) };
  }

  /** Objective value of a column vector, offset included. */
  objectiveOf(values: ArrayLike<number>): number {
    let total = this.offset;
    for (let j = 0; j < this.cost.length; j++) total += this.cost[j] * values[j];
    return total;
  }
}

/** Builds `indices/values` for sums like `sum(cols) - slack`. */
export class Expr {
  readonly indices: number[] = [];
  readonly values: number[] = [];

  add(cols: readonly number[], coef = 1): this {
    for (const c of cols) {
      this.indices.push(c);
      this.values.push(coef);
    }
    return this;
  }

  addWeighted(cols: readonly number[], coefOf: (col: number) => number): this {
    for (const c of cols) {
      this.indices.push(c);
      this.values.push(coefOf(c));
    }
    return this;
  }

  get empty(): boolean {
    return this.indices.length === 0;
  }
}
