/**
 * Staffing through the service: the L desk loaded into an in-memory SQLite, a round-the-clock
 * 30-minute forecast set on each of its 60 queues with setQueueForecast, then derivedCoverageTargets
 * for all queues and queueStaffing for each over the desk's 28 days. Prints one JSON line.
 *
 *   npx tsx bench/staffing-service-bench.ts
 *
 * Volumes follow the generated coverage targets (7 contacts per half-hour for each head asked
 * for, 2 in closed hours); the explicit targets are then removed, so every interval goes through
 * Erlang C rather than an override. Times include the database reads.
 */
import { openDatabase } from '../src/db/data-source';
import { createStore } from '../src/db/store';
import type { Actor } from '../src/domain/actor';
import { systemClock } from '../src/domain/clock';
import { createServices } from '../src/services';
import { generateDesk } from '../seeds/generator';
import { loadDesk } from '../seeds/load-desk';
import type { DeskData, DeskQueue } from '../seeds/desk-data';

const SCHEDULER: Actor = { subject: 'bench', role: 'scheduler', analystId: null, clientIds: [] };
const toLocalTime = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const toMinute = (localTime: string): number => Number(localTime.slice(0, 2)) * 60 + Number(localTime.slice(3, 5));

function entriesFor(desk: DeskData, queue: DeskQueue) {
  const volumes = new Map<string, number>();
  for (const target of desk.coverageTargets.filter((entry) => entry.queueKey === queue.key && entry.weekday !== null)) {
    for (let minute = toMinute(target.localStart); minute < toMinute(target.localEnd); minute += 30) volumes.set(`${target.weekday}|${minute}`, target.headcount * 7);
  }
  const entries = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    for (let minute = 0; minute < 1440; minute += 30) entries.push({ weekday, localStart: toLocalTime(minute), volume: volumes.get(`${weekday}|${minute}`) ?? 2 });
  }
  return entries;
}

const seconds = (started: bigint): number => Number((Number(process.hrtime.bigint() - started) / 1e9).toFixed(3));

async function main(): Promise<void> {
  const dataSource = await openDatabase({ kind: 'sqlite', path: ':memory:' });
  const desk = generateDesk('L');
  const { ids } = await loadDesk(dataSource, desk);
  const services = createServices(createStore(dataSource), systemClock);
  const queueIds = desk.queues.map((queue) => ids.get(queue.key) ?? 0);
  let started = process.hrtime.bigint();
  for (const [i, queue] of desk.queues.entries()) {
    await services.forecasts.set(SCHEDULER, { queueId: String(queueIds[i]), intervalMinutes: 30, handleTimeSeconds: 360, maxOccupancy: 0.85, entries: entriesFor(desk, queue) });
  }
  const setSeconds = seconds(started);
  await dataSource.query('DELETE FROM coverage_target');
  const period = { startDate: desk.periodStart, endDate: desk.periodEnd };
  started = process.hrtime.bigint();
  const targets = await services.staffing.derivedCoverageTargets(queueIds, period);
  const derivedSeconds = seconds(started);
  started = process.hrtime.bigint();
  let intervals = 0;
  for (const queueId of queueIds) {
    intervals += (await services.staffing.queueStaffing(SCHEDULER, { queueId: String(queueId), ...period })).intervals.length;
  }
  const queueStaffingSeconds = seconds(started);
  console.log(JSON.stringify({
    bench: 'staffing-service', preset: desk.preset, queues: queueIds.length, period, intervalMinutes: 30,
    setQueueForecastSeconds: setSeconds, derivedCoverageTargetsSeconds: derivedSeconds, derivedTargets: targets.length,
    queueStaffingSecondsAllQueues: queueStaffingSeconds, queueStaffingIntervals: intervals,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
