/** Independent checks on a generated desk, used by the seed tests. */
import type { DeskData } from '../../seeds/desk-data';
import { analystCapacityMinutes, isAnalystEligible, queueDemandMinutes } from '../../seeds/desk-metrics';

/**
 * Maximum flow from analysts (capacity) through eligibility to queues (demand), by Edmonds-Karp.
 * If it equals total demand, the demand can be spread over eligible analysts without anyone working
 * beyond their capacity (ignoring shift shapes): a necessary condition for a feasible roster.
 */
export function coverableDemandMinutes(desk: DeskData): { coverable: number; demand: number } {
  const demand = queueDemandMinutes(desk);
  const analysts = desk.analysts.filter((analyst) => analyst.active);
  const source = 0;
  const sink = 1 + analysts.length + desk.queues.length;
  const capacity = new Map<string, number>();
  const neighbours: number[][] = Array.from({ length: sink + 1 }, () => []);
  const addEdge = (from: number, to: number, amount: number): void => {
    capacity.set(`${from}>${to}`, amount);
    if (!capacity.has(`${to}>${from}`)) capacity.set(`${to}>${from}`, 0);
    neighbours[from].push(to);
    neighbours[to].push(from);
  };
  analysts.forEach((analyst, a) => {
    addEdge(source, 1 + a, analystCapacityMinutes(desk, analyst));
    desk.queues.forEach((queue, q) => {
      if (isAnalystEligible(desk, analyst, queue)) addEdge(1 + a, 1 + analysts.length + q, Number.MAX_SAFE_INTEGER);
    });
  });
  desk.queues.forEach((queue, q) => addEdge(1 + analysts.length + q, sink, demand.get(queue.key) ?? 0));

  let flow = 0;
  for (;;) {
    const parent = new Map<number, number>([[source, source]]);
    const frontier = [source];
    while (frontier.length > 0 && !parent.has(sink)) {
      const node = frontier.shift() as number;
      for (const next of neighbours[node]) {
        if (!parent.has(next) && (capacity.get(`${node}>${next}`) ?? 0) > 1e-9) {
          parent.set(next, node);
          frontier.push(next);
        }
      }
    }
    if (!parent.has(sink)) break;
    let push = Infinity;
    for (let node = sink; node !== source; node = parent.get(node) as number) {
      push = Math.min(push, capacity.get(`${parent.get(node)}>${node}`) ?? 0);
    }
    for (let node = sink; node !== source; node = parent.get(node) as number) {
      const from = parent.get(node) as number;
      capacity.set(`${from}>${node}`, (capacity.get(`${from}>${node}`) ?? 0) - push);
      capacity.set(`${node}>${from}`, (capacity.get(`${node}>${from}`) ?? 0) + push);
    }
    flow += push;
  }
  return { coverable: flow, demand: [...demand.values()].reduce((sum, minutes) => sum + minutes, 0) };
}

/** Largest number of analysts a set of queues needs at once, over weekday patterns by local hour. */
export function peakConcurrentHeadcount(desk: DeskData, queueKeys: string[]): number {
  const byWeekdayHour = new Map<string, number>();
  for (const target of desk.coverageTargets.filter((entry) => queueKeys.includes(entry.queueKey))) {
    const from = Number(target.localStart.slice(0, 2));
    const to = Number(target.localEnd.slice(0, 2));
    for (let hour = from; hour < to; hour += 1) {
      const key = `${target.weekday ?? target.date}|${hour}`;
      byWeekdayHour.set(key, (byWeekdayHour.get(key) ?? 0) + target.headcount);
    }
  }
  return Math.max(0, ...byWeekdayHour.values());
}
