import type { ModelIndex } from '../model/candidates';

/** A set of analysts and a window of dates whose assignments a sub-MIP may change. */
export interface Neighbourhood {
  readonly analysts: ReadonlySet<number>;
  readonly firstDate: number;
  readonly lastDate: number;
}

/** mulberry32, so the sequence of neighbourhoods depends only on the seed. */
function prng(seed: number): () => number {
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
    const window = round % 2 === 0 ? days : Math.min(days, Math.max(2, Math.round(days / 4)));
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
