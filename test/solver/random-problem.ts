import type { Analyst, RosterProblem } from '../../solver';
import { START, targetsFor, tinyShifts } from './fixtures';

/** mulberry32: a tiny seeded PRNG so generated instances repeat exactly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A small random instance: 3-5 analysts, 3-6 days, two queues, random rules and requests. */
export function randomProblem(seed: number): RosterProblem {
  const r = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const days = int(3, 6);
  const shifts = tinyShifts(days, ['day', 'late', 'night']);
  const analysts: Analyst[] = Array.from({ length: int(3, 5) }, (_, i) => ({
    id: `a${i}`,
    skills: [
      { skillId: 'epic', proficiency: int(2, 5), interest: int(-2, 2), certificationExpires: null },
      { skillId: 'phone', proficiency: int(1, 5), interest: int(-2, 2), certificationExpires: null },
    ],
    shiftPreferences: { day: int(-2, 2), night: int(-2, 2) },
    usualClientId: r() < 0.5 ? 'north' : 'south',
    maxDevelopmentShifts: int(0, 2),
    rules: { minRestMinutes: 600, maxConsecutiveDays: int(2, 5), ...(r() < 0.5 ? { minMinutesPerPeriod: { value: 960 } } : {}) },
    requests: r() < 0.5 ? [{ date: START, templateId: null, wantsToWork: r() < 0.5, weight: int(1, 10) }] : [],
  }));
  return {
    period: { startDate: START, endDate: shifts[shifts.length - 1].date },
    analysts,
    shifts,
    queues: [
      { id: 'epic', clientId: 'north', requiredSkills: [{ skillId: 'epic', minProficiency: 3 }] },
      { id: 'phone', clientId: 'south', requiredSkills: [{ skillId: 'phone', minProficiency: 3 }] },
    ],
    intervalTargets: [...targetsFor(shifts.filter(() => r() < 0.6), 1, 'epic'), ...targetsFor(shifts.filter(() => r() < 0.4), 1, 'phone')],
  };
}
