import { alignmentParts, queueAccess } from '../eligibility';
import type { ScoredAssignment, TargetCoverage } from '../solution';
import { instantMillis } from '../time';
import type { EvalContext, Worked } from './context';
import { workedWeekends } from './hard-rules';

const HOUR_MS = 3600000;

function overlapMs(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

export interface CoverageOutcome {
  readonly rows: TargetCoverage[];
  readonly underCost: number;
  readonly overCost: number;
}

/**
 * Interval targets count each analyst by the overlapped fraction of the interval and are priced
 * per analyst-hour; shift targets count analysts on the template and date, priced per analyst.
 */
export function coverage(ctx: EvalContext): CoverageOutcome {
  const rows: TargetCoverage[] = [];
  let underCost = 0;
  let overCost = 0;
  const add = (id: string, required: number, covered: number, under: number, over: number): void => {
    const shortfall = Math.max(0, required - covered);
    const surplus = Math.max(0, covered - required);
    rows.push({ targetId: id, required, covered, shortfall, surplus });
    underCost += shortfall * under;
    overCost += surplus * over;
  };
  const byQueue = new Map<string, Worked[]>();
  for (const w of ctx.worked) {
    const list = byQueue.get(w.queue.id) ?? [];
    if (list.length === 0) byQueue.set(w.queue.id, list);
    list.push(w);
  }
  for (const t of ctx.problem.intervalTargets ?? []) {
    const start = instantMillis(t.start);
    const end = instantMillis(t.end);
    const covered = (byQueue.get(t.queueId) ?? [])
      .reduce((s, w) => s + overlapMs(start, end, w.startMs, w.endMs) / (end - start), 0);
    const hours = (end - start) / HOUR_MS;
    add(t.id, t.required, covered, (t.underWeight ?? ctx.weights.underCoverage) * hours, (t.overWeight ?? ctx.weights.overCoverage) * hours);
  }
  for (const t of ctx.problem.shiftTargets ?? []) {
    const pool = t.queueId === null ? ctx.worked : byQueue.get(t.queueId) ?? [];
    const covered = pool.filter((w) => w.shift.date === t.date && w.shift.templateId === t.templateId).length;
    add(t.id, t.required, covered, t.underWeight ?? ctx.weights.underCoverage, t.overWeight ?? ctx.weights.overCoverage);
  }
  return { rows, underCost, overCost };
}

/** A request is honoured when the analyst works (or does not work) the date or template asked. */
export function requests(ctx: EvalContext): { honoured: number; total: number; cost: number } {
  let honoured = 0;
  let total = 0;
  let cost = 0;
  for (const analyst of ctx.problem.analysts) {
    const list = ctx.byAnalyst.get(analyst.id) ?? [];
    for (const r of analyst.requests ?? []) {
      const works = list.some((w) => w.shift.date === r.date && (r.templateId === null || w.shift.templateId === r.templateId));
      total += 1;
      if (works === r.wantsToWork) honoured += 1;
      else cost += r.weight * ctx.weights.requests;
    }
  }
  return { honoured, total, cost };
}

export function scoreAssignment(ctx: EvalContext, w: Worked): ScoredAssignment {
  return {
    ...w.assignment,
    date: w.shift.date,
    templateId: w.shift.templateId,
    start: w.shift.start,
    end: w.shift.end,
    development: queueAccess(w.analyst, w.queue, w.shift.date)?.kind === 'development',
    alignment: alignmentParts(w.analyst, w.queue, w.shift, ctx.weights),
  };
}

function spread(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

/** Max-minus-min of nights and of worked weekends within each fairness group. */
export function fairness(ctx: EvalContext): { nights: number; weekends: number; cost: number } {
  const groups = new Map<string, { nights: number[]; weekends: number[] }>();
  for (const analyst of ctx.problem.analysts) {
    const key = analyst.fairnessGroup ?? '';
    const group = groups.get(key) ?? { nights: [], weekends: [] };
    const list = ctx.byAnalyst.get(analyst.id) ?? [];
    group.nights.push(list.filter((w) => w.shift.night).length);
    group.weekends.push(workedWeekends(list).size);
    groups.set(key, group);
  }
  let nights = 0;
  let weekends = 0;
  let cost = 0;
  for (const g of groups.values()) {
    nights = Math.max(nights, spread(g.nights));
    weekends = Math.max(weekends, spread(g.weekends));
    cost += ctx.weights.fairnessNights * spread(g.nights) + ctx.weights.fairnessWeekends * spread(g.weekends);
  }
  return { nights, weekends, cost };
}
