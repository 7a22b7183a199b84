import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Store } from '../db/store';
import type { Actor } from '../domain/actor';
import type { QueueStaffingView, StaffingIntervalView, StaffingView } from '../domain/forecast';
import {
  periodDays, staffInterval, validateStaffingInput, type CoverageInterval, type DatedCoverageTarget, type IntervalStaffing,
  type StaffingInputWithShrinkage,
} from '../domain/staffing';
import { idText, isoDate, parseInput } from '../domain/validation';
import { assertClientVisible, badField, requireClientReader } from './client-access';
import { deriveQueueCoverage, derivedCoverageTargets, highestSiteShrinkage, loadCoverageSources } from './queue-coverage';
import { staffingIssueError } from './staffing-issues';

/** The longest period queueStaffing answers in one go: a quarter. */
export const MAX_STAFFING_DAYS = 92;

const staffingPeriod = z.object({ queueId: idText, startDate: isoDate, endDate: isoDate, siteId: idText.nullish() });

/** The maths' figures for the API: an unbounded speed of answer (Infinity) becomes null, JSON having no Infinity. */
function toStaffingView({ trafficErlangs, agents, requiredHeadcount, serviceLevel, averageSpeedOfAnswer, occupancy }: IntervalStaffing): StaffingView {
  return { trafficErlangs, agents, requiredHeadcount, serviceLevel, averageSpeedOfAnswer: Number.isFinite(averageSpeedOfAnswer) ? averageSpeedOfAnswer : null, occupancy };
}

function toIntervalView(interval: CoverageInterval, timeZone: string): StaffingIntervalView {
  const { start, end, localStart, localEnd, localDate, occurrence, volume, source } = interval;
  return {
    start, end, localStart, localEnd, timeZone, localDate, occurrence, volume, ...toStaffingView(interval),
    source: source === 'override' ? 'override' : 'forecast',
  };
}

/**
 * Staffing from forecasts: Erlang C per interval for given numbers, for a queue over a period, and
 * as dated coverage targets for the roster.
 *
 * Shrinkage: a queue's own when its forecast sets one; else the site asked for; else the highest
 * shrinkage among active sites, since no site is tied to a queue and overstaffing a little is the
 * safer mistake.
 */
export class StaffingService {
  constructor(private readonly store: Store) {}

  /** Erlang C for the given numbers; pure, saves nothing; any signed-in actor may ask. */
  staffing(_actor: Actor, input: StaffingInputWithShrinkage): StaffingView {
    const issues = validateStaffingInput(input, { withShrinkage: true });
    if (issues.length > 0) throw staffingIssueError(issues[0], (field) => field);
    return toStaffingView(staffInterval(input));
  }

  /** Each interval of the queue's forecast over the period, in real time, with the staffing it needs. */
  async queueStaffing(actor: Actor, args: unknown): Promise<QueueStaffingView> {
    requireClientReader(actor);
    const { queueId, startDate, endDate, siteId } = parseInput(staffingPeriod, args, '');
    const queue = await this.store.repos.queues.findById(queueId);
    assertClientVisible(actor, queue && queue.clientId, 'Queue', queueId);
    assertPeriod(startDate, endDate);
    const [source] = await loadCoverageSources(this.store.repos, [queueId]);
    if (!source) throw badField('queueId', `queue ${queueId} has no forecast; a scheduler sets one with setQueueForecast`);
    const shrinkage = source.shrinkage ?? (siteId ? await this.siteShrinkage(siteId) : await highestSiteShrinkage(this.store.repos));
    const { intervals, uncovered } = deriveQueueCoverage(source, periodDays(startDate, endDate), shrinkage);
    if (uncovered.length > 0) {
      const field = uncovered[0] === startDate ? 'startDate' : 'endDate';
      throw badField(field, `client ${source.clientId} has no active contract on ${uncovered[0]}${uncovered.length > 1 ? ` (nor on ${uncovered.length - 1} more dates of ${startDate}..${endDate})` : ''}; the service level comes from the contract`);
    }
    const { timeZone, intervalMinutes } = source.forecast;
    return { queueId: String(queueId), timeZone, intervalMinutes, shrinkage, intervals: intervals.map((interval) => toIntervalView(interval, timeZone)) };
  }

  /**
   * Dated coverage targets for the roster solver, for the queues among `queueIds` that have a
   * forecast: Erlang C head counts per interval, explicit coverage targets winning where they
   * overlap. Dates without an active contract get only their explicit targets. Queues without a
   * forecast are left out (their explicit targets are the roster's to read). No actor: the caller
   * has authorized the roster already.
   *
   * @example
   * await services.staffing.derivedCoverageTargets([7], { startDate: '2026-03-02', endDate: '2026-03-29' });
   * // [{ queueKey: '7', weekday: null, date: '2026-03-02', localStart: '08:00', localEnd: '08:30', headcount: 4 }, ...]
   */
  derivedCoverageTargets(queueIds: readonly number[], period: { startDate: string; endDate: string }): Promise<DatedCoverageTarget[]> {
    return derivedCoverageTargets(this.store.repos, queueIds, period);
  }

  private async siteShrinkage(siteId: number): Promise<number> {
    const site = await this.store.repos.sites.findById(siteId);
    if (!site) throw badField('siteId', `no site has id ${siteId}`);
    return site.shrinkage;
  }
}

function assertPeriod(startDate: string, endDate: string): void {
  if (endDate < startDate) throw badField('endDate', `${endDate} is before startDate ${startDate}`);
  const days = DateTime.fromISO(endDate, { zone: 'utc' }).diff(DateTime.fromISO(startDate, { zone: 'utc' }), 'days').days + 1;
  if (days > MAX_STAFFING_DAYS) throw badField('endDate', `the period ${startDate}..${endDate} has ${days} days; ask for at most ${MAX_STAFFING_DAYS}`);
}
