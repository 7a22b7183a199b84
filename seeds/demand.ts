/**
 * Coverage targets shaped like real contact volume (morning peak, quiet nights, lighter weekends)
 * and scaled so the required analyst-minutes come to a chosen share of the analysts' capacity.
 */
import type { DeskCoverageTarget, DeskQueue, IsoWeekday } from './desk-data';
import { isoWeekdayOf, localSlotMinutes, localTimeToMinutes } from './local-time';
import type { ClientFrame } from './organisation';

/** Relative volume by local hour on a weekday. */
const HOURLY_PROFILE = [
  0.2, 0.15, 0.15, 0.15, 0.2, 0.3, 0.55, 0.85, 1.1, 1.2, 1.15, 1.05,
  0.9, 1.0, 1.05, 1.0, 0.9, 0.75, 0.6, 0.5, 0.45, 0.4, 0.3, 0.25,
];
const DAY_FACTOR: Record<IsoWeekday, number> = { 1: 1.1, 2: 1, 3: 1, 4: 1, 5: 0.95, 6: 0.5, 7: 0.45 };
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

interface HourCell {
  queueKey: string;
  weekday: IsoWeekday;
  hour: number;
  /** Volume relative to the scale factor. */
  shape: number;
  /** Real minutes this local hour lasts, summed over the period's dates with this weekday. */
  realMinutes: number;
}

const headcountAt = (cell: HourCell, scale: number): number => Math.max(1, Math.round(scale * cell.shape));

function isOpen(queue: DeskQueue, weekday: IsoWeekday, hour: number): boolean {
  return queue.hours.weekdays.includes(weekday)
    && hour * 60 >= localTimeToMinutes(queue.hours.localStart)
    && (hour + 1) * 60 <= localTimeToMinutes(queue.hours.localEnd);
}

function hourCells(frames: ClientFrame[], dates: readonly string[]): HourCell[] {
  const cells: HourCell[] = [];
  for (const frame of frames) {
    const minutesByWeekdayHour = new Map<string, number>();
    for (const date of dates) {
      const slots = localSlotMinutes(frame.client.timeZone, date);
      for (let hour = 0; hour < 24; hour += 1) {
        const key = `${isoWeekdayOf(date)}|${hour}`;
        const minutes = slots[hour * 4] + slots[hour * 4 + 1] + slots[hour * 4 + 2] + slots[hour * 4 + 3];
        minutesByWeekdayHour.set(key, (minutesByWeekdayHour.get(key) ?? 0) + minutes);
      }
    }
    for (const queue of frame.queues) {
      const weight = (frame.queueWeights.get(queue.key) ?? 1) * frame.size;
      for (const weekday of WEEKDAYS) {
        for (let hour = 0; hour < 24; hour += 1) {
          if (!isOpen(queue, weekday, hour)) continue;
          cells.push({
            queueKey: queue.key, weekday, hour,
            shape: weight * HOURLY_PROFILE[hour] * DAY_FACTOR[weekday],
            realMinutes: minutesByWeekdayHour.get(`${weekday}|${hour}`) ?? 0,
          });
        }
      }
    }
  }
  return cells;
}

const demandAt = (cells: HourCell[], scale: number): number =>
  cells.reduce((sum, cell) => sum + headcountAt(cell, scale) * cell.realMinutes, 0);

/**
 * The largest scale whose demand stays at or under the target. Demand rises with the scale (head
 * counts are rounded, with at least one analyst whenever a queue is open), so bisection finds it.
 */
function scaleFor(cells: HourCell[], targetMinutes: number): number {
  let low = 0;
  let high = 1;
  while (demandAt(cells, high) < targetMinutes && high < 1e6) high *= 2;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (demandAt(cells, middle) <= targetMinutes) low = middle;
    else high = middle;
  }
  return low;
}

const hh = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** Runs of equal head count become one multi-hour target; none wraps past midnight. */
function mergeIntoTargets(cells: HourCell[], scale: number): DeskCoverageTarget[] {
  const targets: DeskCoverageTarget[] = [];
  let open: DeskCoverageTarget | null = null;
  let openUntil = -1;
  for (const cell of cells) {
    const headcount = headcountAt(cell, scale);
    const continues = open !== null && open.queueKey === cell.queueKey && open.weekday === cell.weekday
      && openUntil === cell.hour && open.headcount === headcount;
    if (continues && open) {
      open.localEnd = hh(cell.hour + 1);
    } else {
      open = { queueKey: cell.queueKey, weekday: cell.weekday, date: null, localStart: hh(cell.hour), localEnd: hh(cell.hour + 1), headcount };
      targets.push(open);
    }
    openUntil = cell.hour + 1;
  }
  return targets;
}

/**
 * Weekly coverage targets for every queue, scaled so that required analyst-minutes over the
 * period come to `targetMinutes` or just under.
 */
export function buildCoverageTargets(frames: ClientFrame[], dates: readonly string[], targetMinutes: number): DeskCoverageTarget[] {
  const cells = hourCells(frames, dates);
  return mergeIntoTargets(cells, scaleFor(cells, targetMinutes));
}
