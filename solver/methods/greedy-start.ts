import type { Analyst } from '../problem';
import type { Candidate, ModelIndex } from '../model/candidates';
import { isoWeekKey, isWeekendDate } from '../time';

/** What the greedy knows of one analyst's roster so far (dates are processed in order). */
interface Load {
  readonly dates: Set<number>;
  readonly weekMinutes: Map<string, number>;
  readonly templates: Map<string, number>;
  readonly weekends: Set<string>;
  templateOn: Map<number, string>;
  lastEndMs: number;
  minutes: number;
}

/** Coverage still wanted by one target, with its prices per analyst (fraction) short or over. */
interface Demand {
  left: number;
  readonly under: number;
  readonly over: number;
}

/** Regular (not development) candidates per `${shiftId}|${queueId}`, in candidate order. */
function regularSlots(ix: ModelIndex): Map<string, Candidate[]> {
  const bySlot = new Map<string, Candidate[]>();
  for (const c of ix.candidates) {
    if (c.access.kind !== 'regular') continue;
    const key = `${c.shift.id}|${c.queue.id}`;
    const list = bySlot.get(key) ?? [];
    if (list.length === 0) bySlot.set(key, list);
    list.push(c);
  }
  return bySlot;
}

function newLoad(): Load {
  return { dates: new Set(), weekMinutes: new Map(), templates: new Map(), weekends: new Set(), templateOn: new Map(), lastEndMs: -Infinity, minutes: 0 };
}

function runBefore(load: Load, d: number): number {
  let run = 0;
  while (load.dates.has(d - 1 - run)) run++;
  return run;
}

/** Every hard rule that a single added assignment can break, checked against the load so far. */
function fits(ix: ModelIndex, analyst: Analyst, load: Load, c: Candidate): boolean {
  const r = analyst.rules ?? {};
  const week = isoWeekKey(c.shift.date);
  const weekend = isWeekendDate(c.shift.date) ? week : null;
  const prevTemplate = load.templateOn.get(c.dateIdx - 1);
  return !load.dates.has(c.dateIdx)
    && (r.minRestMinutes === undefined || (ix.shiftStartMs.get(c.shift.id) as number) - load.lastEndMs >= r.minRestMinutes * 60000)
    && !(r.forbiddenSuccessions ?? []).some((f) => f.fromTemplateId === prevTemplate && f.toTemplateId === c.shift.templateId)
    && (r.maxConsecutiveDays === undefined || runBefore(load, c.dateIdx) + 1 <= r.maxConsecutiveDays)
    && (r.maxMinutesPerWeek === undefined || (load.weekMinutes.get(week) ?? 0) + c.shift.paidMinutes <= r.maxMinutesPerWeek)
    && (r.maxMinutesPerPeriod === undefined || load.minutes + c.shift.paidMinutes <= r.maxMinutesPerPeriod)
    && (r.maxShiftsPerTemplate?.[c.shift.templateId] === undefined || (load.templates.get(c.shift.templateId) ?? 0) + 1 <= r.maxShiftsPerTemplate[c.shift.templateId])
    && (weekend === null || load.weekends.has(weekend) || r.maxWorkingWeekends === undefined || load.weekends.size + 1 <= r.maxWorkingWeekends)
    && !endsShortTimeOff(analyst, load, c.dateIdx);
}

/** Working on `d` would end a stretch off shorter than a hard minimum (one after some work; the period's first is exempt). */
/**
 * Hard minimum minutes are paced 10% ahead, so a late run of blocked days does not leave them
 * short. On a 150-analyst, 364-day instance the greedy roster's breaks fell from 46k units at
 * the exact pace to 110 (1.05: 228; 1.25: 63); its 60 s solve then missed by 21 units, not 40k.
 */
const PACE_MARGIN = 1.1;

function endsShortTimeOff(analyst: Analyst, load: Load, d: number): boolean {
  const rule = analyst.rules?.minConsecutiveDaysOff;
  if (!rule?.hard || rule.value <= 1) return false;
  let off = 0;
  while (d - 1 - off >= 0 && !load.dates.has(d - 1 - off)) off++;
  return off > 0 && off < rule.value && d - 1 - off >= 0;
}

/** The analyst worked yesterday in a stretch still shorter than their hard minimum, so must work today. */
function mustContinue(analyst: Analyst, load: Load, d: number): boolean {
  const rule = analyst.rules?.minConsecutiveDays;
  if (!rule?.hard || rule.value <= 1) return false;
  const run = runBefore(load, d);
  return run > 0 && run < rule.value && d - run > 0;
}

function take(ix: ModelIndex, load: Load, c: Candidate): void {
  const week = isoWeekKey(c.shift.date);
  load.dates.add(c.dateIdx);
  load.weekMinutes.set(week, (load.weekMinutes.get(week) ?? 0) + c.shift.paidMinutes);
  load.templates.set(c.shift.templateId, (load.templates.get(c.shift.templateId) ?? 0) + 1);
  if (isWeekendDate(c.shift.date)) load.weekends.add(week);
  load.templateOn.set(c.dateIdx, c.shift.templateId);
  load.lastEndMs = Math.max(load.lastEndMs, ix.shiftEndMs.get(c.shift.id) as number);
  load.minutes += c.shift.paidMinutes;
}

/**
 * A quick roster that keeps every always-hard rule: shifts in time order, each queue filled
 * (interval and shift targets alike) by the cheapest fitting regular candidates (misfit cost, then fewest minutes so far) while the
 * coverage one more gains outweighs the surplus it makes and its misfit. Pins go first. Development shifts are left to the MIP.
 */
export function greedyStart(ix: ModelIndex): Float64Array {
  const x = new Float64Array(ix.model.columnCount);
  const loads = ix.problem.analysts.map(newLoad);
  const pinned = ix.candidates.filter((c) => ix.model.lower[c.col] > 0).sort((a, b) => a.dateIdx - b.dateIdx);
  for (const c of pinned) {
    x[c.col] = 1;
    take(ix, loads[c.analystIdx], c);
  }
  const targets = (ix.problem.intervalTargets ?? []).map((t) => {
    const start = Date.parse(t.start);
    const end = Date.parse(t.end);
    const hours = (end - start) / 3600000;
    return { queueId: t.queueId, start, end, left: t.required, under: (t.underWeight ?? ix.weights.underCoverage) * hours, over: (t.overWeight ?? ix.weights.overCoverage) * hours };
  });
  const targetsByQueue = new Map<string, typeof targets>();
  for (const t of targets) {
    const list = targetsByQueue.get(t.queueId) ?? [];
    if (list.length === 0) targetsByQueue.set(t.queueId, list);
    list.push(t);
  }
  // Shift targets count each analyst on the template and date once (on their queue, or on any).
  const shiftTargets = new Map<string, { queueId: string | null; left: number; under: number; over: number }[]>();
  for (const t of ix.problem.shiftTargets ?? []) {
    const key = `${t.date}|${t.templateId}`;
    shiftTargets.set(key, [...(shiftTargets.get(key) ?? []), { queueId: t.queueId, left: t.required, under: t.underWeight ?? ix.weights.underCoverage, over: t.overWeight ?? ix.weights.overCoverage }]);
  }
  const bySlot = regularSlots(ix);
  // Slots by date, then start: a day is filled for demand, then topped up for hard minimums.
  const slots = [...bySlot.values()].sort((a, b) => a[0].dateIdx - b[0].dateIdx || (ix.shiftStartMs.get(a[0].shift.id) as number) - (ix.shiftStartMs.get(b[0].shift.id) as number) || a[0].shift.id.localeCompare(b[0].shift.id) || a[0].queue.id.localeCompare(b[0].queue.id));
  const demandOf = (slot: Candidate[]): { t: Demand; share: number }[] => {
    const start = ix.shiftStartMs.get(slot[0].shift.id) as number;
    const end = ix.shiftEndMs.get(slot[0].shift.id) as number;
    const mine: { t: Demand; share: number }[] = (targetsByQueue.get(slot[0].queue.id) ?? []).filter((t) => Math.min(end, t.end) > Math.max(start, t.start))
      .map((t) => ({ t, share: (Math.min(end, t.end) - Math.max(start, t.start)) / (t.end - t.start) }));
    mine.push(...(shiftTargets.get(`${slot[0].shift.date}|${slot[0].shift.templateId}`) ?? []).filter((t) => t.queueId === null || t.queueId === slot[0].queue.id).map((t) => ({ t, share: 1 })));
    return mine;
  };
  // Coverage gained minus surplus created, in objective units.
  const gainOf = (mine: { t: Demand; share: number }[]): number => mine.reduce((sum, { t, share }) => sum + Math.min(Math.max(t.left, 0), share) * t.under - Math.max(0, share - Math.max(t.left, 0)) * t.over, 0);
  const assign = (c: Candidate, mine: { t: Demand; share: number }[]): void => {
    x[c.col] = 1;
    take(ix, loads[c.analystIdx], c);
    for (const { t, share } of mine) t.left -= share;
  };
  // Analysts who must continue a short stretch under a hard minimum go first, then by misfit and minutes.
  const urgent = (c: Candidate): number => (mustContinue(c.analyst, loads[c.analystIdx], c.dateIdx) ? 0 : 1);
  const ranked = (slot: Candidate[]): Candidate[] => [...slot].sort((a, b) => urgent(a) - urgent(b) || ix.model.cost[a.col] - ix.model.cost[b.col] || loads[a.analystIdx].minutes - loads[b.analystIdx].minutes || a.col - b.col);
  for (let s = 0; s < slots.length;) {
    const date = slots[s][0].dateIdx;
    const day: Candidate[][] = [];
    for (; s < slots.length && slots[s][0].dateIdx === date; s++) day.push(slots[s]);
    for (const slot of day) {
      const mine = demandOf(slot);
      for (const c of ranked(slot)) {
        if (gainOf(mine) <= ix.model.cost[c.col]) break;
        if (fits(ix, c.analyst, loads[c.analystIdx], c)) assign(c, mine);
      }
    }
    // Analysts behind the pace their hard minimum minutes need, or in a stretch shorter than their
    // hard minimum, work too, where demand is left first.
    const byNeed = day.map((slot) => ({ slot, mine: demandOf(slot) })).sort((a, b) => gainOf(b.mine) - gainOf(a.mine));
    for (const { slot, mine } of byNeed) {
      for (const c of ranked(slot)) {
        const minimum = c.analyst.rules?.minMinutesPerPeriod;
        const load = loads[c.analystIdx];
        const behind = minimum?.hard === true && load.minutes < (PACE_MARGIN * minimum.value * (c.dateIdx + 1)) / ix.dates.length;
        if (load.dates.has(c.dateIdx) || !(behind || mustContinue(c.analyst, load, c.dateIdx))) continue;
        if (fits(ix, c.analyst, load, c)) assign(c, mine);
      }
    }
  }
  return x;
}

/**
 * A roster that follows planned head counts per `${shiftId}|${queueId}` (from the coverage
 * relaxation): slots in time order, each filled with up to its count of the cheapest fitting
 * candidates (misfit, then fewest minutes so far). Keeps every always-hard rule; a slot whose
 * count no fitting analyst can meet is left short. Pins go first and count towards the plan.
 */
export function plannedStart(ix: ModelIndex, counts: ReadonlyMap<string, number>): Float64Array {
  const x = new Float64Array(ix.model.columnCount);
  const loads = ix.problem.analysts.map(newLoad);
  const left = new Map(counts);
  const pinned = ix.candidates.filter((c) => ix.model.lower[c.col] > 0).sort((a, b) => a.dateIdx - b.dateIdx);
  for (const c of pinned) {
    x[c.col] = 1;
    take(ix, loads[c.analystIdx], c);
    const key = `${c.shift.id}|${c.queue.id}`;
    left.set(key, (left.get(key) ?? 0) - 1);
  }
  const bySlot = regularSlots(ix);
  const slots = [...bySlot.entries()].sort(([ka, a], [kb, b]) => (ix.shiftStartMs.get(a[0].shift.id) as number) - (ix.shiftStartMs.get(b[0].shift.id) as number) || ka.localeCompare(kb));
  for (const [key, slot] of slots) {
    let want = left.get(key) ?? 0;
    if (want <= 0) continue;
    const ranked = [...slot].sort((a, b) => ix.model.cost[a.col] - ix.model.cost[b.col] || loads[a.analystIdx].minutes - loads[b.analystIdx].minutes || a.col - b.col);
    for (const c of ranked) {
      if (want <= 0) break;
      if (!fits(ix, c.analyst, loads[c.analystIdx], c)) continue;
      x[c.col] = 1;
      take(ix, loads[c.analystIdx], c);
      want--;
    }
  }
  return x;
}
