/**
 * Staffing benchmark: derive Erlang C coverage for the L desk's 60 queues over 28 days in
 * 30-minute intervals, and print one JSON line of figures.
 *
 *   npx tsx bench/staffing-bench.ts
 *
 * Forecast volumes come from the generated coverage targets (7 contacts per 30 minutes for each
 * head the target asks for, 6-minute handle time), so every queue keeps its own daily shape. A
 * second pass opens every queue round the clock (2 contacts per closed half-hour) for the full
 * 60 x 28 x 48 intervals, give or take the DST hour.
 */
import { staffInterval } from '../src/domain/staffing/erlang-c';
import { deriveCoverage, type ForecastEntry, type IsoWeekday, type QueueForecast } from '../src/domain/staffing/forecast-intervals';
import type { DeskData, DeskQueue } from '../seeds/desk-data';
import { generateDesk } from '../seeds/generator';

const INTERVAL_MINUTES = 30;
const HANDLE_TIME_SECONDS = 360;
const CONTACTS_PER_HEAD = 7;

const toLocalTime = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const toMinute = (localTime: string): number => Number(localTime.slice(0, 2)) * 60 + Number(localTime.slice(3, 5));

function roundTheClock(forecast: QueueForecast): QueueForecast {
  const forecastSlots = new Set(forecast.entries.map((entry) => `${entry.weekday}|${entry.localStart}`));
  const closed: ForecastEntry[] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    for (let minute = 0; minute < 24 * 60; minute += INTERVAL_MINUTES) {
      if (!forecastSlots.has(`${weekday}|${toLocalTime(minute)}`)) {
        closed.push({ weekday: weekday as IsoWeekday, date: null, localStart: toLocalTime(minute), volume: 2 });
      }
    }
  }
  return { ...forecast, entries: [...forecast.entries, ...closed] };
}

function forecastFor(desk: DeskData, queue: DeskQueue): QueueForecast {
  const entries: ForecastEntry[] = [];
  for (const target of desk.coverageTargets.filter((entry) => entry.queueKey === queue.key)) {
    for (let minute = toMinute(target.localStart); minute < toMinute(target.localEnd); minute += INTERVAL_MINUTES) {
      entries.push({ weekday: target.weekday, date: target.date, localStart: toLocalTime(minute), volume: target.headcount * CONTACTS_PER_HEAD });
    }
  }
  const timeZone = desk.clients.find((client) => client.key === queue.clientKey)?.timeZone ?? 'UTC';
  return { timeZone, intervalMinutes: INTERVAL_MINUTES, entries };
}

interface DeriveFigures {
  seconds: number;
  intervals: number;
  requiredHeadHours: number;
  volumes: number[];
}

function deriveAll(desk: DeskData, forecasts: { queue: DeskQueue; forecast: QueueForecast }[]): DeriveFigures {
  const started = process.hrtime.bigint();
  let intervals = 0;
  let headcountIntervals = 0;
  const volumes: number[] = [];
  for (const { queue, forecast } of forecasts) {
    const contract = desk.contracts.find((entry) => entry.clientKey === queue.clientKey);
    const coverage = deriveCoverage({
      forecast, periodStart: desk.periodStart, periodEnd: desk.periodEnd, handleTimeSeconds: HANDLE_TIME_SECONDS,
      serviceLevel: contract?.serviceLevel ?? 0.8, targetAnswerSeconds: contract?.targetAnswerSeconds ?? 30,
      maxOccupancy: 0.85, shrinkage: desk.sites[0].shrinkage,
    });
    intervals += coverage.length;
    for (const interval of coverage) {
      headcountIntervals += interval.requiredHeadcount;
      volumes.push(interval.volume);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, intervals, requiredHeadHours: (headcountIntervals * INTERVAL_MINUTES) / 60, volumes };
}

/** The same Erlang work without deriveCoverage's per-volume memo: one full search per interval. */
function erlangSecondsUnmemoised(volumes: number[]): number {
  const started = process.hrtime.bigint();
  for (const volume of volumes) {
    staffInterval({ volume, intervalMinutes: INTERVAL_MINUTES, handleTimeSeconds: HANDLE_TIME_SECONDS, serviceLevel: 0.8,
      targetAnswerSeconds: 30, maxOccupancy: 0.85, shrinkage: 0.3 });
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const round3 = (value: number): number => Number(value.toFixed(3));

function main(): void {
  const desk = generateDesk('L');
  const forecasts = desk.queues.map((queue) => ({ queue, forecast: forecastFor(desk, queue) }));
  const serviceHours = deriveAll(desk, forecasts);
  const allDay = deriveAll(desk, forecasts.map(({ queue, forecast }) => ({ queue, forecast: roundTheClock(forecast) })));
  console.log(JSON.stringify({
    bench: 'staffing', preset: desk.preset, queues: desk.queues.length, days: 28, intervalMinutes: INTERVAL_MINUTES,
    intervals: serviceHours.intervals, seconds: round3(serviceHours.seconds),
    intervalsRoundTheClock: allDay.intervals, secondsRoundTheClock: round3(allDay.seconds),
    erlangSecondsUnmemoised: round3(erlangSecondsUnmemoised(allDay.volumes)),
    maxVolume: Math.max(...allDay.volumes), requiredHeadHours: serviceHours.requiredHeadHours,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

main();
