import type { Analyst, RosterProblem, ShiftInstance, ShiftTarget, WorkRequest } from '../solver';
import { addDays } from '../solver/time';

/**
 * Reads an instance in the text format of the public employee shift scheduling benchmark
 * (schedulingbenchmarks.org, "Instance1.txt" ... "Instance24.txt") into a RosterProblem, so the
 * solver can be measured on instances it was not built around.
 *
 * The mapping, field by field:
 * - SECTION_HORIZON: days from a Monday (2024-01-01 here; the benchmark starts on a Monday).
 * - SECTION_SHIFTS: one template per shift type, paid minutes = length; "cannot follow" becomes a
 *   forbidden succession. The format has no clock times, so every shift starts at 08:00 UTC and
 *   no rest rule is set.
 * - SECTION_STAFF: MaxShifts per type, max and min (hard) total minutes, max consecutive shifts,
 *   min consecutive shifts and days off (hard), max weekends.
 * - SECTION_DAYS_OFF: one-day time off. Shift on/off requests: requests with their weight.
 * - SECTION_COVER: a shift target on any queue with the given under and over weights.
 * One queue needing no skill; alignment, continuity and fairness weigh nothing.
 *
 * One difference remains: the benchmark also applies the minimum working stretch at the edges
 * of the horizon (it assumes days off outside it), while deskalign does not check stretch rules
 * across the period edges. Objectives can therefore be lower than the published ones.
 */
export function readCurtoisInstance(text: string, startDate = '2024-01-01'): RosterProblem {
  const sections = splitSections(text);
  const horizon = Number(one(sections, 'SECTION_HORIZON')[0]?.[0]);
  if (!Number.isInteger(horizon) || horizon <= 0) throw new Error('SECTION_HORIZON: expected a positive whole number of days');
  const dates = Array.from({ length: horizon }, (_, d) => addDays(startDate, d));
  const types = one(sections, 'SECTION_SHIFTS').map(([id, length, cannotFollow]) => ({ id, minutes: Number(length), cannotFollow: (cannotFollow ?? '').split('|').filter(Boolean) }));
  const successions = types.flatMap((t) => t.cannotFollow.map((next) => ({ fromTemplateId: t.id, toTemplateId: next })));
  const shifts: ShiftInstance[] = dates.flatMap((date) => types.map((t) => ({
    id: `${t.id}@${date}`, date, templateId: t.id, paidMinutes: t.minutes, night: false,
    start: `${date}T08:00:00Z`, end: new Date(Date.parse(`${date}T08:00:00Z`) + t.minutes * 60000).toISOString().replace('.000Z', 'Z'),
  })));
  const daysOff = new Map<string, number[]>();
  for (const [id, ...days] of one(sections, 'SECTION_DAYS_OFF')) daysOff.set(id, days.filter((d) => d !== '').map(Number));
  const requests = new Map<string, WorkRequest[]>();
  const addRequests = (name: string, wantsToWork: boolean): void => {
    for (const [id, day, shift, weight] of sections.get(name) ?? []) {
      requests.set(id, [...(requests.get(id) ?? []), { date: dates[Number(day)], templateId: shift, wantsToWork, weight: Number(weight) }]);
    }
  };
  addRequests('SECTION_SHIFT_ON_REQUESTS', true);
  addRequests('SECTION_SHIFT_OFF_REQUESTS', false);
  const analysts: Analyst[] = one(sections, 'SECTION_STAFF').map(([id, maxShifts, maxMinutes, minMinutes, maxConsecutive, minConsecutive, minDaysOff, maxWeekends]) => ({
    id,
    skills: [{ skillId: 'desk', proficiency: 3, interest: 0, certificationExpires: null }],
    rules: {
      forbiddenSuccessions: successions,
      maxShiftsPerTemplate: Object.fromEntries(maxShifts.split('|').filter(Boolean).map((p) => { const [t, n] = p.split('='); return [t, Number(n)]; })),
      maxMinutesPerPeriod: Number(maxMinutes),
      minMinutesPerPeriod: { value: Number(minMinutes), hard: true },
      maxConsecutiveDays: Number(maxConsecutive),
      minConsecutiveDays: { value: Number(minConsecutive), hard: true },
      minConsecutiveDaysOff: { value: Number(minDaysOff), hard: true },
      maxWorkingWeekends: Number(maxWeekends),
    },
    timeOff: (daysOff.get(id) ?? []).map((d) => ({ startDate: dates[d], endDate: dates[d] })),
    requests: requests.get(id) ?? [],
  }));
  const shiftTargets: ShiftTarget[] = one(sections, 'SECTION_COVER').map(([day, shift, required, under, over]) => ({
    id: `cover ${shift}@${dates[Number(day)]}`, date: dates[Number(day)], templateId: shift, queueId: null,
    required: Number(required), underWeight: Number(under), overWeight: Number(over),
  }));
  return {
    period: { startDate: dates[0], endDate: dates[dates.length - 1] },
    analysts, shifts, shiftTargets,
    queues: [{ id: 'desk', clientId: 'benchmark', requiredSkills: [{ skillId: 'desk', minProficiency: 1 }] }],
    weights: { requests: 1, alignment: 0, proficiency: 0, interest: 0, shiftPreference: 0, continuity: 0, fairnessNights: 0, fairnessWeekends: 0 },
  };
}

function splitSections(text: string): Map<string, string[][]> {
  const sections = new Map<string, string[][]>();
  let current: string[][] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('SECTION_')) {
      current = [];
      sections.set(line, current);
    } else if (current) current.push(line.split(',').map((f) => f.trim()));
  }
  return sections;
}

function one(sections: Map<string, string[][]>, name: string): string[][] {
  const rows = sections.get(name);
  if (!rows) throw new Error(`${name}: section missing`);
  return rows;
}
