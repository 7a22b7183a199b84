import type { ModelIndex } from '../model/candidates';

/** A set of analysts and a window of dates whose assignments a sub-MIP may change. */
export interface Neighbourhood {
  readonly analysts: ReadonlySet<number>;
  readonly firstDate: number;
  readonly lastDate: number;
}

/** mulberry32, so the sequence of neighbourhoods depends only on the seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Analysts ordered so that neighbours can stand in for each other: by the queues they may work,
 * so a block of consecutive analysts can move coverage between them.
 */
function substitutionOrder(ix: ModelIndex): number[] {
  const queues = ix.problem.analysts.map(() => new Set<string>());
  for (const c of ix.candidates) queues[c.analystIdx].add(c.queue.id);
  const signature = queues.map((q) => [...q].sort().join(','));
  return ix.problem.analysts.map((_, a) => a).sort((a, b) => signature[a].localeCompare(signature[b]) || a - b);
}

/**
 * An endless, deterministic sequence of neighbourhoods with about `freeColumns` assignment columns
 * each, alternating long-and-thin (few analysts, many days) and short-and-wide (many analysts,
 * few days) shapes, from blocks in substitution order and from seeded random picks.
 */
export function* neighbourhoods(ix: ModelIndex, seed: number, freeColumns: number): Generator<Neighbourhood> {
  const random = prng(seed);
  const order = substitutionOrder(ix);
  const n = order.length;
  const days = ix.dates.length;
  const perAnalystDay = Math.max(1, ix.candidates.length / Math.max(1, n * days));
  for (let round = 0; ; round++) {
    // Two analysts at least, so work can move between them; the window shrinks until the
    // block holds about `freeColumns` (analysts eligible for many queues have many per day).
    const shape = round % 2 === 0 ? days : Math.min(days, Math.max(2, Math.round(days / 4)));
    const window = Math.max(1, Math.min(shape, Math.floor(freeColumns / (2 * perAnalystDay))));
    const size = Math.max(2, Math.min(n, Math.floor(freeColumns / (perAnalystDay * window))));
    const first = Math.floor(random() * Math.max(1, days - window + 1));
    const shuffled = round % 4 === 3;
    const pool = shuffled ? [...order].sort(() => random() - 0.5) : order;
    const offset = Math.floor(random() * n);
    const analysts = new Set<number>();
    for (let k = 0; k < size; k++) analysts.add(pool[(offset + k) % n]);
    yield { analysts, firstDate: first, lastDate: first + window - 1 };
  }
}

const shortfallIndex = new WeakMap<readonly unknown[], number[]>();

/** The shortfall slack columns of a model, found once. */
function shortfallColumns(m: ModelIndex['model']): number[] {
  let cols = shortfallIndex.get(m.meaning);
  if (!cols) {
    cols = [];
    for (let j = 0; j < m.columnCount; j++) {
      const meaning = m.meaning[j];
      if (meaning.kind === 'aux' && meaning.rule === 'shortfall') cols.push(j);
    }
    shortfallIndex.set(m.meaning, cols);
  }
  return cols;
}

/**
 * A neighbourhood aimed at one coverage shortfall of the incumbent, picked with probability in
 * proportion to its cost: analysts who may work that target (a random subset that fits about
 * `freeColumns`) over the dates it spans, `margin` days either side, so the sub-MIP can move one
 * of them there and mend what that move breaks. Null when nothing is short.
 */
export function shortfallNeighbourhood(ix: ModelIndex, rowsOf: readonly Int32Array[], values: ArrayLike<number>, random: () => number, freeColumns: number, margin = 1): Neighbourhood | null {
  const m = ix.model;
  const short: { col: number; price: number }[] = [];
  let total = 0;
  for (const j of shortfallColumns(m)) {
    if (values[j] <= 1e-6) continue;
    const price = values[j] * m.cost[j];
    short.push({ col: j, price });
    total += price;
  }
  if (short.length === 0 || total <= 0) return null;
  let pick = random() * total;
  const chosen = short.find((s) => (pick -= s.price) <= 0) ?? short[short.length - 1];
  const analysts = new Set<number>();
  let first = Infinity;
  let last = -Infinity;
  for (const i of rowsOf[chosen.col]) {
    for (let k = m.rowStarts[i]; k < m.rowStarts[i + 1]; k++) {
      const meaning = m.meaning[m.rowIndices[k]];
      if (meaning.kind !== 'assign') continue;
      const c = ix.candidateAt(m.rowIndices[k]);
      analysts.add(c.analystIdx);
      first = Math.min(first, c.dateIdx);
      last = Math.max(last, c.dateIdx);
    }
  }
  if (analysts.size === 0) return null;
  const firstDate = Math.max(0, first - margin);
  const lastDate = Math.min(ix.dates.length - 1, last + margin);
  const perAnalystDay = Math.max(1, ix.candidates.length / Math.max(1, ix.problem.analysts.length * ix.dates.length));
  const size = Math.max(2, Math.floor(freeColumns / (perAnalystDay * (lastDate - firstDate + 1))));
  const pool = [...analysts];
  for (let k = pool.length - 1; k > 0; k--) {
    const r = Math.floor(random() * (k + 1));
    [pool[k], pool[r]] = [pool[r], pool[k]];
  }
  return { analysts: new Set(pool.slice(0, size)), firstDate, lastDate };
}
