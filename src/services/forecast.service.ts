import { z } from 'zod';
import type { QueueForecastEntity } from '../db/entities';
import type { ForecastEntryRow } from '../db/repositories/forecast.repository';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import type { ForecastEntryView, QueueForecastView } from '../domain/forecast';
import { validateCoverageInput, type ForecastEntry } from '../domain/staffing';
import { idText, isoDate, localTime, minutesOfDay, parseInput } from '../domain/validation';
import { assertClientVisible, badField, requireClientReader } from './client-access';
import { staffingIssueError } from './staffing-issues';

const weekday = z.number().int('must be an ISO weekday 1-7').min(1, 'must be an ISO weekday 1-7 (1 = Monday)').max(7, 'must be an ISO weekday 1-7 (1 = Monday)');

const forecastInput = z.object({
  queueId: idText,
  intervalMinutes: z.number().int('must be 30 or 60'),
  handleTimeSeconds: z.number(),
  maxOccupancy: z.number(),
  shrinkage: z.number().nullish(),
  entries: z.array(z.object({
    weekday: weekday.nullish(),
    date: isoDate.nullish(),
    localStart: localTime.refine((t) => t !== '24:00', 'must be before 24:00: an interval starts within the day'),
    occurrence: z.union([z.literal(1), z.literal(2)], { error: 'must be 1, or 2 for the second pass through a repeated hour' }).nullish(),
    volume: z.number(),
  })).max(20_000, 'must hold at most 20000 entries; give weekday patterns and only the dates that differ'),
});

type ForecastValues = z.output<typeof forecastInput>;

export function toForecastEntryView({ weekday: day, onDate, localStart, occurrence, volume }: ForecastEntryRow): ForecastEntryView {
  return { weekday: day, date: onDate, localStart, occurrence: occurrence === 2 ? 2 : 1, volume };
}

function toForecastView(settings: QueueForecastEntity, timeZone: string, entries: readonly ForecastEntryRow[]): QueueForecastView {
  const { queueId, intervalMinutes, handleTimeSeconds, maxOccupancy, shrinkage } = settings;
  return {
    queueId: String(queueId), intervalMinutes: intervalMinutes === 30 ? 30 : 60, handleTimeSeconds, maxOccupancy, shrinkage, timeZone,
    entries: entries.map(toForecastEntryView),
  };
}

/** Queues' forecasts: staff replace them whole; client managers read their own clients'. */
export class ForecastService {
  constructor(private readonly store: Store) {}

  /** The queue's forecast, or null when it has none. */
  async get(actor: Actor, queueIdInput: string): Promise<QueueForecastView | null> {
    requireClientReader(actor);
    const queueId = parseInput(idText, queueIdInput, 'queueId');
    const queue = await this.store.repos.queues.findById(queueId);
    assertClientVisible(actor, queue && queue.clientId, 'Queue', queueId);
    const [settings] = await this.store.repos.forecasts.findSettingsByQueueIds([queueId]);
    if (!settings) return null;
    const client = await this.store.repos.clients.findById(queue!.clientId);
    return toForecastView(settings, client?.timeZone ?? 'UTC', await this.store.repos.forecasts.findEntriesByQueueIds([queueId]));
  }

  /** Replaces the queue's settings and entries in one transaction; any bad value writes nothing. */
  async set(actor: Actor, input: unknown): Promise<QueueForecastView> {
    requireStaff(actor);
    const values = parseInput(forecastInput, input);
    assertInRange(values);
    assertEntriesPlaced(values);
    if (!(await this.store.repos.queues.findById(values.queueId))) throw badField('input.queueId', `no queue has id ${values.queueId}`);
    const { queueId, intervalMinutes, handleTimeSeconds, maxOccupancy, shrinkage, entries } = values;
    await this.store.transaction((repos) => repos.forecasts.replace(
      queueId, { intervalMinutes, handleTimeSeconds, maxOccupancy, shrinkage: shrinkage ?? null },
      entries.map((entry) => ({ weekday: entry.weekday ?? null, onDate: entry.date ?? null, localStart: entry.localStart, occurrence: entry.occurrence ?? 1, volume: entry.volume })),
    ));
    return (await this.get(actor, String(queueId)))!;
  }
}

/**
 * The Erlang ranges, checked by the staffing maths' own validator so the API and the maths agree:
 * handle time > 0, occupancy cap in (0, 1], shrinkage in [0, 1), 30 or 60 minutes, volumes >= 0.
 * The contract's level and target are not part of a forecast, so valid stand-ins fill them.
 */
function assertInRange(values: ForecastValues): void {
  const entries: ForecastEntry[] = values.entries.map((entry) => ({ weekday: null, date: null, localStart: entry.localStart, volume: entry.volume }));
  const issues = validateCoverageInput({
    forecast: { timeZone: 'UTC', intervalMinutes: values.intervalMinutes as 30 | 60, entries },
    periodStart: '2026-01-01', periodEnd: '2026-01-01', serviceLevel: 0.8, targetAnswerSeconds: 20,
    handleTimeSeconds: values.handleTimeSeconds, maxOccupancy: values.maxOccupancy, shrinkage: values.shrinkage ?? 0,
  });
  if (issues.length > 0) throw staffingIssueError(issues[0], (field) => `input.${field.replace(/^forecast\./, '')}`);
}

/** Each entry repeats on a weekday or falls on a date, starts on the interval grid, and names its slot once. */
function assertEntriesPlaced({ entries, intervalMinutes }: ForecastValues): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, position) => {
    const at = `input.entries.${position}`;
    if (entry.weekday != null && entry.date != null) throw badField(`${at}.date`, `give either weekday (${entry.weekday}) or date ("${entry.date}"), not both`);
    if (entry.weekday == null && entry.date == null) throw badField(`${at}.weekday`, 'give a weekday (1-7, 1 = Monday) or a date');
    if (minutesOfDay(entry.localStart) % intervalMinutes !== 0) {
      throw badField(`${at}.localStart`, `"${entry.localStart}" is not on the ${intervalMinutes}-minute grid (intervals start at :00${intervalMinutes === 30 ? ' or :30' : ''})`);
    }
    const key = `${entry.date ?? `w${entry.weekday}`}|${entry.localStart}|${entry.occurrence ?? 1}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw badField(`${at}.localStart`, `duplicates entry ${earlier} (${entry.date ?? `weekday ${entry.weekday}`} ${entry.localStart}, occurrence ${entry.occurrence ?? 1})`);
    seen.set(key, position);
  });
}
