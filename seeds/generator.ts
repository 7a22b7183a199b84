/**
 * The deterministic desk generator: one function that seeds, tests and the benchmark share.
 */
import { DateTime } from 'luxon';
import { buildAnalysts } from './analysts';
import type { DeskAnalyst, DeskData } from './desk-data';
import { buildCoverageTargets } from './demand';
import { analystCapacityMinutes, queueDemandMinutes } from './desk-metrics';
import { periodDates } from './local-time';
import { buildClients, buildShiftTemplates, buildSites, buildSkills, type ClientFrame } from './organisation';
import { DEFAULT_PERIOD_START, DEFAULT_SEED, PRESETS, TARGET_DEMAND_RATIO, type DeskPreset } from './presets';
import { createRandom, type Random } from './random';
import { allocateCoreTeams, skillProfile, type CoreSlot, type QueueDemand } from './skills';

export type { DeskPreset } from './presets';

export interface GenerateDeskOptions {
  /** Any 32-bit integer; the same seed and preset always give a deep-equal desk. */
  seed?: number;
  /** ISO date of the first day of the period (any weekday); defaults to Monday 2026-03-02. */
  periodStart?: string;
}

function periodEndFor(periodStart: string, days: number): string {
  const start = DateTime.fromISO(periodStart, { zone: 'utc' });
  if (!start.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(periodStart)) {
    throw new RangeError(`generateDesk: periodStart "${periodStart}" is not an ISO date (${start.invalidExplanation ?? 'expected YYYY-MM-DD'})`);
  }
  return start.plus({ days: days - 1 }).toISODate() ?? '';
}

function demandByQueue(desk: DeskData): Map<string, QueueDemand> {
  const minutes = queueDemandMinutes(desk);
  return new Map(desk.queues.map((queue) => [queue.key, {
    minutes: minutes.get(queue.key) ?? 0,
    peakHeadcount: Math.max(0, ...desk.coverageTargets.filter((target) => target.queueKey === queue.key).map((target) => target.headcount)),
  }]));
}

/** Gives every analyst skills and a usual client, and fills the dedicated contracts' lists. */
function staffDesk(desk: DeskData, frames: ClientFrame[], random: Random): void {
  const capacity = new Map(desk.analysts.map((analyst) => [analyst.key, analystCapacityMinutes(desk, analyst)]));
  const core = allocateCoreTeams(desk.analysts, frames, demandByQueue(desk), capacity, random);
  for (const analyst of desk.analysts) {
    const slots = crossTrain(core.get(analyst.key) ?? [], frames, random);
    analyst.skills = skillProfile(analyst, slots, desk.periodStart, desk.periodEnd, random);
    const dedicated = slots.find((slot) => slot.contract.staffing === 'dedicated');
    if (dedicated) dedicated.contract.dedicatedAnalystKeys.push(analyst.key);
    analyst.usualClientKey = usualClientFor(analyst, dedicated?.contract.clientKey ?? slots[0]?.queue.clientKey ?? null, desk, random);
  }
}

/** Half of a dedicated team also learns each other queue of its client, so the team can move between them. */
function crossTrain(slots: CoreSlot[], frames: ClientFrame[], random: Random): CoreSlot[] {
  const dedicated = slots.find((slot) => slot.contract.staffing === 'dedicated');
  const frame = frames.find((candidate) => candidate.contract === dedicated?.contract);
  if (!dedicated || !frame) return slots;
  const others = frame.queues.filter((queue) => !slots.some((slot) => slot.queue === queue) && random.chance(0.5));
  return [...slots, ...others.map((queue) => ({ queue, contract: frame.contract }))];
}

function usualClientFor(analyst: DeskAnalyst, coreClient: string | null, desk: DeskData, random: Random): string | null {
  const dedicated = desk.contracts.some((contract) => contract.staffing === 'dedicated' && contract.clientKey === coreClient);
  if (coreClient !== null && (dedicated || random.chance(0.9))) return coreClient;
  return random.chance(0.5) ? random.pick(desk.clients).key : null;
}

/**
 * A whole help desk for a preset, fully determined by preset, seed and period start.
 *
 * Demand is scaled so required analyst-minutes are just under 80% of the analysts' capacity, and
 * every queue gets a core team able to cover it.
 *
 * @example
 * const desk = generateDesk('demo'); // 60 analysts, 20 queues, 2026-03-02..2026-03-15
 * generateDesk('L', { seed: 7 }).analysts.length; // 500
 */
export function generateDesk(preset: DeskPreset, options: GenerateDeskOptions = {}): DeskData {
  const config = PRESETS[preset];
  if (!config) throw new RangeError(`generateDesk: unknown preset "${String(preset)}" (demo, S, M or L)`);
  const seed = options.seed ?? DEFAULT_SEED;
  const periodStart = options.periodStart ?? DEFAULT_PERIOD_START;
  const periodEnd = periodEndFor(periodStart, config.days);
  const dates = periodDates(periodStart, periodEnd);
  const random = createRandom(seed);

  const sites = buildSites(config, random);
  const shiftTemplates = buildShiftTemplates(sites);
  const frames = buildClients(config, periodStart, random);
  const desk: DeskData = {
    preset, seed, periodStart, periodEnd, sites, skills: buildSkills(),
    analysts: buildAnalysts(config.analysts, sites, shiftTemplates, dates, random),
    clients: frames.map((frame) => frame.client),
    contracts: frames.map((frame) => frame.contract),
    queues: frames.flatMap((frame) => frame.queues),
    shiftTemplates,
    coverageTargets: [],
  };
  const capacity = desk.analysts.reduce((sum, analyst) => sum + analystCapacityMinutes(desk, analyst), 0);
  desk.coverageTargets = buildCoverageTargets(frames, dates, capacity * TARGET_DEMAND_RATIO);
  staffDesk(desk, frames, random);
  return desk;
}
