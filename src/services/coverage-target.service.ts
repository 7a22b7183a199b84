import { z } from 'zod';
import type { CoverageTargetEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { groupInOrder } from '../domain/grouping';
import type { CoverageTargetView } from '../domain/queue';
import { idText, isoDate, localTime, minutesOfDay, parseInput } from '../domain/validation';
import { badField } from './client-access';

const weekday = z.number().int('must be an ISO weekday 1-7').min(1, 'must be an ISO weekday 1-7 (1 = Monday)').max(7, 'must be an ISO weekday 1-7 (1 = Monday)');
const localStart = localTime.refine((t) => t !== '24:00', 'must be before 24:00: an interval starts within the day');
const headcount = z.number().int('must be a whole number of analysts').min(0, 'must be 0 or more analysts');

const createTargetInput = z.object({
  queueId: idText,
  weekday: weekday.nullish(),
  date: isoDate.nullish(),
  localStart,
  localEnd: localTime,
  headcount,
});

const updateTargetInput = z.object({
  id: idText,
  weekday: weekday.nullish(),
  date: isoDate.nullish(),
  localStart: localStart.nullish(),
  localEnd: localTime.nullish(),
  headcount: headcount.nullish(),
});

export function toCoverageTargetView(row: CoverageTargetEntity): CoverageTargetView {
  const { id, queueId, weekday: day, onDate, localStart: start, localEnd, headcount: count } = row;
  return { id: String(id), queueId: String(queueId), weekday: day, date: onDate, localStart: start, localEnd, headcount: count };
}

/**
 * Coverage targets of queues: staff write; readers reach them through a queue they may see.
 * Local times are in the client's zone; the roster turns them into instants per date.
 */
export class CoverageTargetService {
  constructor(private readonly store: Store) {}

  /** Targets per queue id, for batch loading under already authorized queues. */
  async listForQueues(queueIds: readonly number[]): Promise<CoverageTargetView[][]> {
    const rows = (await this.store.repos.coverageTargets.findByQueueIds(queueIds)).map(toCoverageTargetView);
    return groupInOrder(queueIds.map(String), rows, (t) => t.queueId);
  }

  async create(actor: Actor, input: unknown): Promise<CoverageTargetView> {
    requireStaff(actor);
    const { queueId, weekday: day, date, localStart: start, localEnd, headcount: count } = parseInput(createTargetInput, input);
    assertOnePattern(day, date, true);
    assertInterval(start, localEnd, 'input.localEnd');
    if (!(await this.store.repos.queues.findById(queueId))) throw badField('input.queueId', `no queue has id ${queueId}`);
    const target = { queueId: String(queueId), weekday: day ?? null, date: date ?? null, localStart: start, localEnd };
    await this.assertNoOverlap(target, null);
    const id = await this.store.repos.coverageTargets.insert({ queueId, weekday: target.weekday, onDate: target.date, localStart: start, localEnd, headcount: count });
    return this.mustGet(id);
  }

  /** Changes the given fields; a weekday replaces a date and the other way round. */
  async update(actor: Actor, input: unknown): Promise<CoverageTargetView> {
    requireStaff(actor);
    const { id, weekday: day, date, localStart: start, localEnd, headcount: count } = parseInput(updateTargetInput, input);
    assertOnePattern(day, date, false);
    const current = await this.mustGet(id);
    const merged = {
      queueId: current.queueId,
      weekday: date != null ? null : (day ?? current.weekday),
      date: day != null ? null : (date ?? current.date),
      localStart: start ?? current.localStart,
      localEnd: localEnd ?? current.localEnd,
    };
    assertInterval(merged.localStart, merged.localEnd, localEnd ? 'input.localEnd' : 'input.localStart');
    await this.assertNoOverlap(merged, id);
    const { weekday: newDay, date: onDate, localStart: newStart, localEnd: newEnd } = merged;
    await this.store.repos.coverageTargets.update(id, { weekday: newDay, onDate, localStart: newStart, localEnd: newEnd, headcount: count ?? current.headcount });
    return this.mustGet(id);
  }

  /** @returns the id of the deleted target */
  async delete(actor: Actor, idInput: string): Promise<string> {
    requireStaff(actor);
    const target = await this.mustGet(parseInput(idText, idInput, 'id'));
    await this.store.repos.coverageTargets.delete(Number(target.id));
    return target.id;
  }

  /**
   * Targets of the same pattern (one weekday, or one date) may not overlap: the head count of an
   * interval would be ambiguous. A dated target may overlap a weekday one: a date is meant to
   * override its weekday pattern.
   */
  private async assertNoOverlap(target: Omit<CoverageTargetView, 'id' | 'headcount'>, exceptId: number | null): Promise<void> {
    const [start, end] = [minutesOfDay(target.localStart), minutesOfDay(target.localEnd)];
    const siblings = (await this.listForQueues([Number(target.queueId)]))[0];
    const other = siblings.find((t) => Number(t.id) !== exceptId && t.weekday === target.weekday && t.date === target.date
      && minutesOfDay(t.localStart) < end && start < minutesOfDay(t.localEnd));
    if (other) {
      const on = other.weekday === null ? `on ${other.date}` : `on weekday ${other.weekday}`;
      throw badField('input.localStart', `${target.localStart}-${target.localEnd} overlaps target ${other.id} (${other.localStart}-${other.localEnd}) ${on} of the same queue; change that target instead`);
    }
  }

  private async mustGet(id: number): Promise<CoverageTargetView> {
    const target = await this.store.repos.coverageTargets.findById(id);
    if (!target) throw DomainError.notFound('Coverage target', id);
    return toCoverageTargetView(target);
  }
}

/** A target repeats on a weekday or applies to one date; on create one of them is required. */
function assertOnePattern(weekday: number | null | undefined, date: string | null | undefined, required: boolean): void {
  if (weekday != null && date != null) throw badField('input.date', `give either weekday (${weekday}) or date ("${date}"), not both`);
  if (required && weekday == null && date == null) throw badField('input.weekday', 'give a weekday (1-7, 1 = Monday) or a date');
}

/** Intervals lie within one local day; "24:00" closes it, and an empty interval is meaningless. */
function assertInterval(localStart: string, localEnd: string, field: string): void {
  if (minutesOfDay(localEnd) <= minutesOfDay(localStart)) {
    throw badField(field, `the interval ${localStart}-${localEnd} must end after it starts (use "24:00" for the end of the day)`);
  }
}
