/**
 * Skill profiles that make demand coverable. Each queue first gets a core team ("primary" analysts,
 * chosen by how well their background fits its skills) whose capacity covers its demand with room
 * to spare; then every analyst picks up a few more skills that their background makes likely.
 */
import { DateTime } from 'luxon';
import { SKILLS, type CatalogueSkill } from './catalogue';
import type { DeskAnalyst, DeskAnalystSkill, DeskContract, DeskQueue } from './desk-data';
import { skillKey, type ClientFrame } from './organisation';
import type { Random } from './random';

/** Share of a core team's capacity its queue's demand may use: dedicated teams get more slack. */
const SHARED_LOAD = 0.9;
const DEDICATED_LOAD = 0.75;

const catalogueByKey = new Map<string, CatalogueSkill>(SKILLS.map((entry) => [skillKey(entry.code), entry]));
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export interface QueueDemand {
  minutes: number;
  peakHeadcount: number;
}

export interface CoreSlot {
  queue: DeskQueue;
  contract: DeskContract;
}

function fitScore(analyst: DeskAnalyst, queue: DeskQueue): number {
  return queue.requiredSkills.reduce((sum, required) => sum + (catalogueByKey.get(required.skillKey)?.affinity[analyst.background] ?? 0), 0);
}

/**
 * Primary queues per analyst key. Dedicated contracts are staffed first, then the busiest queues;
 * when no analyst is left free, a shared queue borrows analysts already on other shared queues.
 */
export function allocateCoreTeams(
  analysts: DeskAnalyst[], frames: ClientFrame[], demand: Map<string, QueueDemand>,
  capacity: Map<string, number>, random: Random,
): Map<string, CoreSlot[]> {
  const slots = frames.flatMap((frame) => frame.queues.map((queue) => ({ queue, contract: frame.contract })));
  const dedicatedFirst = (slot: CoreSlot): number => (slot.contract.staffing === 'dedicated' ? 0 : 1);
  slots.sort((a, b) => dedicatedFirst(a) - dedicatedFirst(b) || (demand.get(b.queue.key)?.minutes ?? 0) - (demand.get(a.queue.key)?.minutes ?? 0));
  const primary = new Map<string, CoreSlot[]>();
  const noise = new Map(analysts.map((analyst) => [analyst.key, random.next() * 0.6]));
  for (const slot of slots) {
    const dedicated = slot.contract.staffing === 'dedicated';
    const { minutes, peakHeadcount } = demand.get(slot.queue.key) ?? { minutes: 0, peakHeadcount: 0 };
    const neededMinutes = minutes / (dedicated ? DEDICATED_LOAD : SHARED_LOAD);
    const neededCount = Math.ceil(peakHeadcount * (dedicated ? 1.5 : 2)) + 1;
    const free = analysts.filter((analyst) => analyst.active && !primary.has(analyst.key));
    const borrowable = analysts.filter((analyst) => primary.get(analyst.key)?.every((taken) => taken.contract.staffing === 'shared'));
    const pool = (free.length > 0 || dedicated ? free : borrowable)
      .map((analyst) => ({ analyst, score: fitScore(analyst, slot.queue) + (noise.get(analyst.key) ?? 0) }))
      .sort((a, b) => b.score - a.score);
    let gathered = 0;
    let count = 0;
    for (const { analyst } of pool) {
      if (gathered >= neededMinutes && count >= neededCount) break;
      primary.set(analyst.key, [...(primary.get(analyst.key) ?? []), slot]);
      gathered += capacity.get(analyst.key) ?? 0;
      count += 1;
    }
  }
  return primary;
}

function certificationDate(entry: CatalogueSkill, periodStart: string, periodEnd: string, random: Random, mayLapse: boolean): string | null {
  if (!entry.certified) return null;
  // Dates are read in UTC so the machine's zone (and its DST days) cannot change the draw.
  const start = DateTime.fromISO(periodStart, { zone: 'utc' });
  const end = DateTime.fromISO(periodEnd, { zone: 'utc' });
  const days = end.diff(start, 'days').days;
  // A few certifications lapse mid-period, so the solver has to stop using them part-way.
  if (mayLapse && random.chance(0.08)) return start.plus({ days: random.int(2, Math.max(2, days - 2)) }).toISODate();
  return end.plus({ days: random.int(60, 900) }).toISODate();
}

function interestFor(entry: CatalogueSkill, analyst: DeskAnalyst, random: Random): number {
  const affinity = entry.affinity[analyst.background];
  const base = affinity >= 0.5 ? 1 : affinity >= 0.25 ? 0 : -1;
  return clamp(base + random.int(-1, 1), -2, 2);
}

const VENDORS = [{ value: 'EPIC', weight: 50 }, { value: 'CERNER', weight: 30 }, { value: 'MEDITECH', weight: 20 }];

/** The EHR vendor an analyst's core work uses, or one drawn by market share. */
function homeVendor(held: Map<string, DeskAnalystSkill>, random: Random): string {
  const drawn = random.weighted(VENDORS);
  const core = [...held.keys()].map((key) => catalogueByKey.get(key)).find((entry) => entry?.category === 'ehr');
  return core ? core.code.split('-')[0] : drawn;
}

const PRIMARY_LEVELS = [{ value: 3, weight: 40 }, { value: 4, weight: 35 }, { value: 5, weight: 25 }];
const EXTRA_LEVELS = [{ value: 1, weight: 15 }, { value: 2, weight: 25 }, { value: 3, weight: 30 }, { value: 4, weight: 20 }, { value: 5, weight: 10 }];

/**
 * The analyst's skills: every skill of their core queues at or above the queue's and contract's
 * minimum with a certification valid through the period, plus extras drawn by background.
 */
export function skillProfile(
  analyst: DeskAnalyst, core: CoreSlot[], periodStart: string, periodEnd: string, random: Random,
): DeskAnalystSkill[] {
  const held = new Map<string, DeskAnalystSkill>();
  for (const { queue, contract } of core) {
    for (const required of queue.requiredSkills) {
      const entry = catalogueByKey.get(required.skillKey);
      if (!entry) continue;
      const minimum = Math.max(required.minimumProficiency, contract.minimumProficiency);
      const proficiency = Math.max(minimum, held.get(required.skillKey)?.proficiency ?? 0, random.weighted(PRIMARY_LEVELS));
      held.set(required.skillKey, {
        skillKey: required.skillKey, proficiency, interest: interestFor(entry, analyst, random),
        certificationExpires: certificationDate(entry, periodStart, periodEnd, random, false),
      });
    }
  }
  const vendor = homeVendor(held, random);
  const extras = SKILLS.filter((entry) => !held.has(skillKey(entry.code)));
  for (const entry of extras) {
    // EHR analysts mostly know one vendor's modules well; other vendors are the exception.
    const vendorFactor = entry.category === 'ehr' && !entry.code.startsWith(vendor) ? 0.15 : 1;
    const affinity = entry.affinity[analyst.background] * vendorFactor;
    const wanted = random.chance(affinity * 0.55);
    if (!wanted && held.size >= 3) continue;
    if (!wanted && affinity < 0.4) continue;
    held.set(skillKey(entry.code), {
      skillKey: skillKey(entry.code), proficiency: random.weighted(EXTRA_LEVELS), interest: interestFor(entry, analyst, random),
      certificationExpires: certificationDate(entry, periodStart, periodEnd, random, true),
    });
  }
  const order = SKILLS.map((entry) => skillKey(entry.code));
  return [...held.values()].sort((a, b) => order.indexOf(a.skillKey) - order.indexOf(b.skillKey));
}
