import { DateTime } from 'luxon';
import type { DeskAnalyst, DeskCoverageTarget, DeskData, DeskQueue, IsoWeekday } from '../seeds/desk-data';

/**
 * A minimal deterministic desk for the benchmark, used until seeds/generator.ts is available.
 * Demand is set at about 80% of the staff's capacity (4.5 shifts of 8 paid hours a week),
 * shared among queues by how many analysts can work each.
 */
export type Preset = 'S' | 'M' | 'L';
const SIZES: Record<Preset, { analysts: number; queues: number; days: number; sites: number }> = {
  S: { analysts: 40, queues: 6, days: 14, sites: 1 },
  M: { analysts: 150, queues: 20, days: 28, sites: 2 },
  L: { analysts: 500, queues: 60, days: 28, sites: 3 },
};
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Manila'];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function presetSize(preset: Preset): { analysts: number; queues: number; days: number } {
  return SIZES[preset];
}

function queuesOf(n: number, clients: number, skills: number, r: () => number): DeskQueue[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `queue:${i}`, clientKey: `client:${i % clients}`, name: `Queue ${i}`, channel: (['phone', 'chat', 'portal'] as const)[i % 3],
    requiredSkills: [{ skillKey: `skill:${i % skills}`, minimumProficiency: 3 }, ...(r() < 0.2 ? [{ skillKey: `skill:${(i + 1) % skills}`, minimumProficiency: 2 }] : [])],
    hours: i % 2 === 0 ? { weekdays: [1, 2, 3, 4, 5, 6, 7] as IsoWeekday[], localStart: '00:00', localEnd: '24:00' } : { weekdays: [1, 2, 3, 4, 5] as IsoWeekday[], localStart: '08:00', localEnd: '18:00' },
  }));
}

function analystOf(i: number, sites: number, skills: number, clients: number, days: number, start: string, r: () => number): DeskAnalyst {
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const home = int(0, skills - 1);
  const skillKeys = [...new Set([home, (home + 1) % skills, int(0, skills - 1)])];
  const off = r() < 0.3 ? int(0, days - 3) : -1;
  const date = (d: number): string => DateTime.fromISO(start).plus({ days: d }).toISODate()!;
  return {
    key: `analyst:${String(i).padStart(3, '0')}`, name: `Analyst ${i}`, email: `a${i}@example.test`, siteKey: `site:${i % sites}`, background: 'it', active: true,
    rules: r() < 0.2 ? { fixedDaysOff: [int(1, 7) as IsoWeekday] } : {},
    skills: skillKeys.map((k, j) => ({ skillKey: `skill:${k}`, proficiency: j === 0 ? int(3, 5) : int(2, 5), interest: int(-1, 2), certificationExpires: null })),
    shiftPreferences: [{ templateKey: `tpl:${i % sites}:night`, preference: int(-2, 2) }, { templateKey: `tpl:${i % sites}:day`, preference: int(-1, 2) }],
    usualClientKey: `client:${int(0, clients - 1)}`,
    requests: r() < 0.3 ? [{ wantsToWork: r() < 0.3, date: date(int(0, days - 1)), templateKey: null, weight: int(1, 10) }] : [],
    timeOff: off >= 0 ? [{ startDate: date(off), endDate: date(off + int(0, 2)), status: 'approved', reason: null }] : [],
    maxDevelopmentShifts: r() < 0.2 ? 2 : 0,
  };
}

function canWork(a: DeskAnalyst, q: DeskQueue): boolean {
  return q.requiredSkills.every((s) => a.skills.some((k) => k.skillKey === s.skillKey && k.proficiency >= s.minimumProficiency));
}

/**
 * Two-hour targets; 24/7 queues are busiest 08-18, business-hours queues open 08-18 Mon-Fri.
 * Each analyst's capacity is shared equally among the queues they can work, and each queue asks
 * for `load` of its share.
 */
function targetsOf(queues: readonly DeskQueue[], analysts: readonly DeskAnalyst[], load: number): DeskCoverageTarget[] {
  const share = new Map<string, number>();
  for (const a of analysts) {
    const mine = queues.filter((q) => canWork(a, q));
    for (const q of mine) share.set(q.key, (share.get(q.key) ?? 0) + 1 / mine.length);
  }
  const out: DeskCoverageTarget[] = [];
  for (const q of queues) {
    const weeklyHours = load * 4.5 * 8 * (share.get(q.key) ?? 0);
    const slots: { weekday: IsoWeekday; hour: number; w: number }[] = [];
    for (const weekday of q.hours.weekdays) {
      for (let hour = 0; hour < 24; hour += 2) {
        if (q.hours.localStart !== '00:00' && (hour < 8 || hour >= 18)) continue;
        slots.push({ weekday, hour, w: hour >= 8 && hour < 18 ? 1 : hour >= 18 ? 0.6 : 0.3 });
      }
    }
    const perWeight = weeklyHours / slots.reduce((s, x) => s + 2 * x.w, 0);
    for (const s of slots) {
      const headcount = Math.round(perWeight * s.w);
      if (headcount === 0) continue;
      const pad = (h: number): string => `${String(h).padStart(2, '0')}:00`;
      out.push({ queueKey: q.key, weekday: s.weekday, date: null, localStart: pad(s.hour), localEnd: s.hour + 2 === 24 ? '24:00' : pad(s.hour + 2), headcount });
    }
  }
  return out;
}

export function generateBenchDesk(preset: Preset, seed = 1, periodStart = '2026-03-02'): DeskData {
  const size = SIZES[preset];
  const r = prng(seed);
  const skills = Math.max(4, Math.ceil(size.queues / 2));
  const clients = Math.max(2, Math.ceil(size.queues / 3));
  const queues = queuesOf(size.queues, clients, skills, r);
  const analysts = Array.from({ length: size.analysts }, (_, i) => analystOf(i, size.sites, skills, clients, size.days, periodStart, r));
  const periodEnd = DateTime.fromISO(periodStart).plus({ days: size.days - 1 }).toISODate()!;
  return {
    preset, seed, periodStart, periodEnd,
    sites: Array.from({ length: size.sites }, (_, s) => ({
      key: `site:${s}`, name: `Site ${s}`, timeZone: ZONES[s], shrinkage: 0.3,
      rules: { minRestMinutes: 660, maxConsecutiveDays: 5, maxMinutesPerWeek: 2400, minMinutesPerWeek: 1920, minConsecutiveDaysOff: 2, maxWorkingWeekends: Math.ceil(size.days / 14), forbiddenSuccessions: [{ fromTemplateKey: `tpl:${s}:night`, toTemplateKey: `tpl:${s}:day` }] },
    })),
    skills: Array.from({ length: skills }, (_, k) => ({ key: `skill:${k}`, code: `S${k}`, name: `Skill ${k}`, category: 'ehr' as const })),
    analysts,
    clients: Array.from({ length: clients }, (_, c) => ({ key: `client:${c}`, name: `Client ${c}`, timeZone: ZONES[c % size.sites] })),
    contracts: [],
    queues,
    shiftTemplates: Array.from({ length: size.sites }, (_, s) => [['day', '07:00', false], ['late', '15:00', false], ['night', '23:00', true]].map(([code, localStart, night]) => ({
      key: `tpl:${s}:${code}`, siteKey: `site:${s}`, code: String(code), name: String(code), localStart: String(localStart), lengthMinutes: 510, paidMinutes: 480, night: Boolean(night),
    }))).flat(),
    coverageTargets: targetsOf(queues, analysts, 0.8),
  };
}
