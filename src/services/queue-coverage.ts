import type { Repositories } from '../db/store';
import {
  contractRuns, datedCoverageTargets, deriveCoverage, periodDays, targetsAsOverrides, type DatedCoverageTarget, type CoverageInterval, type ExplicitTarget, type ForecastEntry, type IsoWeekday,
  type PeriodDay, type QueueForecast,
} from '../domain/staffing';

/** Everything Erlang C needs for one queue with a forecast, read in a fixed number of queries for any number of queues. */
export interface QueueCoverageSource {
  queueId: number;
  clientId: number;
  forecast: QueueForecast;
  handleTimeSeconds: number;
  maxOccupancy: number;
  /** The queue's own shrinkage, or null to use the sites'. */
  shrinkage: number | null;
  /** The client's active contracts. */
  contracts: { startDate: string; endDate: string; serviceLevel: number; targetAnswerSeconds: number }[];
  targets: ExplicitTarget[];
}

/** The sources of the queues among `queueIds` that have a forecast, in queue id order. */
export async function loadCoverageSources(repos: Repositories, queueIds: readonly number[]): Promise<QueueCoverageSource[]> {
  const settings = await repos.forecasts.findSettingsByQueueIds(queueIds);
  const withForecast = settings.map((row) => row.queueId);
  if (withForecast.length === 0) return [];
  const queues = new Map((await repos.forecasts.findQueuesByIds(withForecast)).map((queue) => [queue.id, queue]));
  const clientIds = [...new Set([...queues.values()].map((queue) => queue.clientId))];
  const [clients, contracts, entries, targets] = await Promise.all([
    repos.clients.findByIds(clientIds), repos.contracts.findByClientIds(clientIds),
    repos.forecasts.findEntriesByQueueIds(withForecast), repos.coverageTargets.findByQueueIds(withForecast),
  ]);
  const zones = new Map(clients.map((client) => [client.id, client.timeZone]));
  return settings.map((row) => {
    const clientId = queues.get(row.queueId)?.clientId ?? 0;
    // Occurrence 1 serves both passes through a repeated hour unless an occurrence 2 entry gives the second its own volume.
    const queueEntries: ForecastEntry[] = entries.filter((entry) => entry.queueId === row.queueId).map((entry) => ({
      weekday: entry.weekday as IsoWeekday | null, date: entry.onDate, localStart: entry.localStart, volume: entry.volume,
      ...(entry.occurrence === 2 ? { occurrence: 2 as const } : {}),
    }));
    return {
      queueId: row.queueId, clientId,
      forecast: { timeZone: zones.get(clientId) ?? 'UTC', intervalMinutes: row.intervalMinutes === 30 ? 30 : 60, entries: queueEntries },
      handleTimeSeconds: row.handleTimeSeconds, maxOccupancy: row.maxOccupancy, shrinkage: row.shrinkage,
      contracts: contracts.filter((contract) => contract.clientId === clientId && contract.active),
      targets: targets.filter((target) => target.queueId === row.queueId)
        .map(({ weekday, onDate, localStart, localEnd, headcount }) => ({ weekday, date: onDate, localStart, localEnd, headcount })),
    };
  });
}

/**
 * Erlang C coverage of one queue over the given days, each day under its contract's service level,
 * explicit coverage targets overriding the intervals they overlap. Days no contract covers are
 * left out and listed in `uncovered`.
 */
export function deriveQueueCoverage(source: QueueCoverageSource, days: readonly PeriodDay[], shrinkage: number): { intervals: CoverageInterval[]; uncovered: string[] } {
  const { runs, uncovered } = contractRuns(days, source.contracts);
  const headcountOverrides = targetsAsOverrides(source.targets, source.forecast.intervalMinutes);
  const intervals = runs.flatMap((run) => deriveCoverage({
    forecast: source.forecast, periodStart: run.startDate, periodEnd: run.endDate, handleTimeSeconds: source.handleTimeSeconds,
    serviceLevel: run.serviceLevel, targetAnswerSeconds: run.targetAnswerSeconds, maxOccupancy: source.maxOccupancy, shrinkage, headcountOverrides,
  }));
  return { intervals, uncovered };
}

/** The shrinkage used for a queue without its own: the highest of the active sites, as no site is tied to a queue (0 with no sites). */
export async function highestSiteShrinkage(repos: Repositories): Promise<number> {
  return Math.max(0, ...(await repos.sites.findAll(false)).map((site) => site.shrinkage));
}

/**
 * Dated coverage targets for the queues among `queueIds` that have a forecast: Erlang C head
 * counts per interval, explicit targets winning where they overlap; dates without an active
 * contract keep only their explicit targets. Queues without a forecast are left out.
 * Shrinkage is the queue's own, else the highest of the active sites (conservative: no link
 * says which site serves a queue).
 */
export async function derivedCoverageTargets(
  repos: Repositories,
  queueIds: readonly number[],
  period: { startDate: string; endDate: string },
): Promise<DatedCoverageTarget[]> {
  const sources = await loadCoverageSources(repos, queueIds);
  if (sources.length === 0) return [];
  const sitesShrinkage = await highestSiteShrinkage(repos);
  const days = periodDays(period.startDate, period.endDate);
  return sources.flatMap((source) => {
    const { intervals } = deriveQueueCoverage(source, days, source.shrinkage ?? sitesShrinkage);
    return datedCoverageTargets(String(source.queueId), intervals, source.targets, days);
  });
}
