/**
 * Figures that judge a generated desk: capacity, demand, eligibility. Tests and the benchmark use
 * them; the generator aims at them but computes its own targets separately.
 */
import type { DeskAnalyst, DeskData, DeskQueue, DeskWorkingRules } from './desk-data';
import { isoWeekdayOf, localIntervalRealMinutes, periodDates } from './local-time';

/** The site's working rules with the analyst's own values laid over them, field by field. */
export function effectiveRules(desk: DeskData, analyst: DeskAnalyst): DeskWorkingRules {
  const site = desk.sites.find((candidate) => candidate.key === analyst.siteKey);
  return { ...site?.rules, ...analyst.rules };
}

/** Days of the period an analyst is on approved leave. */
export function approvedLeaveDays(desk: DeskData, analyst: DeskAnalyst): number {
  const onLeave = new Set<string>();
  for (const leave of analyst.timeOff.filter((entry) => entry.status === 'approved')) {
    for (const date of periodDates(leave.startDate, leave.endDate)) {
      if (date >= desk.periodStart && date <= desk.periodEnd) onLeave.add(date);
    }
  }
  return onLeave.size;
}

/**
 * Paid minutes an analyst can work in the period: the weekly maximum pro rata over the days not on
 * approved leave. Requested leave is not subtracted (it may be refused); inactive analysts have none.
 *
 * @example
 * // 2400 min/week, 14-day period, 2 days approved leave: 2400 * 12 / 7 = 4114.3
 */
export function analystCapacityMinutes(desk: DeskData, analyst: DeskAnalyst): number {
  if (!analyst.active) return 0;
  const maxPerWeek = effectiveRules(desk, analyst).maxMinutesPerWeek ?? 0;
  const days = periodDates(desk.periodStart, desk.periodEnd).length;
  return (maxPerWeek * (days - approvedLeaveDays(desk, analyst))) / 7;
}

export function deskCapacityMinutes(desk: DeskData): number {
  return desk.analysts.reduce((sum, analyst) => sum + analystCapacityMinutes(desk, analyst), 0);
}

/** Required analyst-minutes per queue over the period, in real time of the client's zone. */
export function queueDemandMinutes(desk: DeskData): Map<string, number> {
  const zoneOfQueue = new Map(desk.queues.map((queue) => [
    queue.key, desk.clients.find((client) => client.key === queue.clientKey)?.timeZone ?? 'UTC',
  ]));
  const dates = periodDates(desk.periodStart, desk.periodEnd);
  const demand = new Map<string, number>(desk.queues.map((queue) => [queue.key, 0]));
  for (const target of desk.coverageTargets) {
    const zone = zoneOfQueue.get(target.queueKey) ?? 'UTC';
    for (const date of dates) {
      const applies = target.date !== null ? target.date === date : target.weekday === isoWeekdayOf(date);
      if (!applies) continue;
      const minutes = localIntervalRealMinutes(zone, date, target.localStart, target.localEnd);
      demand.set(target.queueKey, (demand.get(target.queueKey) ?? 0) + minutes * target.headcount);
    }
  }
  return demand;
}

export function deskDemandMinutes(desk: DeskData): number {
  return [...queueDemandMinutes(desk).values()].reduce((sum, minutes) => sum + minutes, 0);
}

/** Required analyst-minutes over available capacity; the generator aims at 0.80. */
export function deskDemandRatio(desk: DeskData): number {
  return deskDemandMinutes(desk) / deskCapacityMinutes(desk);
}

/**
 * Whether an analyst may work a queue for the whole period: active, every required skill at the
 * queue's and the contract's minimum with a certification valid to the period end, and on the
 * dedicated list when the client's contract is dedicated.
 */
export function isAnalystEligible(desk: DeskData, analyst: DeskAnalyst, queue: DeskQueue): boolean {
  if (!analyst.active) return false;
  const contract = desk.contracts.find((candidate) => candidate.clientKey === queue.clientKey);
  if (contract?.staffing === 'dedicated' && !contract.dedicatedAnalystKeys.includes(analyst.key)) return false;
  return queue.requiredSkills.every((required) => {
    const held = analyst.skills.find((candidate) => candidate.skillKey === required.skillKey);
    const minimum = Math.max(required.minimumProficiency, contract?.minimumProficiency ?? 0);
    const certified = held?.certificationExpires == null || held.certificationExpires >= desk.periodEnd;
    return held !== undefined && held.proficiency >= minimum && certified;
  });
}

export function eligibleAnalysts(desk: DeskData, queue: DeskQueue): DeskAnalyst[] {
  return desk.analysts.filter((analyst) => isAnalystEligible(desk, analyst, queue));
}
