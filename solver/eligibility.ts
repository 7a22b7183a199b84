import type { Analyst, Queue, ShiftInstance, ObjectiveWeights } from './problem';
import type { AlignmentParts } from './solution';
import { isoWeekday } from './time';

/**
 * How an analyst may work a queue on a date: 'regular' (every required skill at the queue's
 * minimum with a valid certification), 'development' (short only where proficiency is 2 and
 * interest >= 1, so a mentor must be on the same shift and queue), or null.
 */
export type QueueAccess = { readonly kind: 'regular' } | { readonly kind: 'development'; readonly learningSkills: readonly string[] };

function usableProficiency(analyst: Analyst, skillId: string, date: string): { proficiency: number; interest: number } {
  const skill = analyst.skills.find((s) => s.skillId === skillId);
  if (!skill) return { proficiency: 0, interest: 0 };
  const expired = skill.certificationExpires !== null && date > skill.certificationExpires;
  return { proficiency: expired ? 0 : skill.proficiency, interest: skill.interest };
}

/** @example queueAccess(ana, epicQueue, '2026-03-02') // { kind: 'regular' } */
export function queueAccess(analyst: Analyst, queue: Queue, date: string): QueueAccess | null {
  if (queue.dedicatedAnalystIds && !queue.dedicatedAnalystIds.includes(analyst.id)) return null;
  const learning: string[] = [];
  for (const need of queue.requiredSkills) {
    const { proficiency, interest } = usableProficiency(analyst, need.skillId, date);
    if (proficiency >= need.minProficiency) continue;
    if (proficiency === 2 && interest >= 1) learning.push(need.skillId);
    else return null;
  }
  if (learning.length === 0) return { kind: 'regular' };
  return (analyst.maxDevelopmentShifts ?? 0) > 0 ? { kind: 'development', learningSkills: learning } : null;
}

/** A mentor works the queue regularly and has proficiency >= 4 in every skill being learnt. */
export function canMentor(analyst: Analyst, queue: Queue, learningSkills: readonly string[], date: string): boolean {
  if (queueAccess(analyst, queue, date)?.kind !== 'regular') return false;
  return learningSkills.every((skillId) => usableProficiency(analyst, skillId, date).proficiency >= 4);
}

export function isOnTimeOff(analyst: Analyst, date: string): boolean {
  return (analyst.timeOff ?? []).some((t) => t.startDate <= date && date <= t.endDate);
}

export function isFixedDayOff(analyst: Analyst, date: string): boolean {
  return (analyst.rules?.fixedDaysOff ?? []).includes(isoWeekday(date));
}

export function worksTemplate(analyst: Analyst, templateId: string): boolean {
  return analyst.templateIds === undefined || analyst.templateIds.includes(templateId);
}

export function isAvailable(analyst: Analyst, shift: ShiftInstance): boolean {
  return worksTemplate(analyst, shift.templateId) && !isOnTimeOff(analyst, shift.date) && !isFixedDayOff(analyst, shift.date);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The best score any assignment can reach (proficiency 5, interest 2, preference 2). The
 * objective prices misfit, ceiling - score, so it maximises alignment over the assignments made
 * without rewarding work nobody asked for (a reward would fill queues that have no target).
 */
export function alignmentCeiling(weights: ObjectiveWeights): number {
  return 5 * weights.proficiency + 2 * weights.interest + 2 * weights.shiftPreference;
}

/** 1 when the analyst has a usual client and this queue is not on it: the continuity price. */
export function continuityMiss(analyst: Analyst, queue: Queue): number {
  return analyst.usualClientId != null && analyst.usualClientId !== queue.clientId ? 1 : 0;
}

/**
 * Alignment of an assignment: mean proficiency and interest over the queue's required skills,
 * the analyst's preference for the template, and continuity (1 on the usual client).
 * `score` = proficiency, interest and preference weighted; continuity is its own objective term.
 */
export function alignmentParts(analyst: Analyst, queue: Queue, shift: ShiftInstance, weights: ObjectiveWeights): AlignmentParts {
  const skills = queue.requiredSkills.map((need) => usableProficiency(analyst, need.skillId, shift.date));
  const proficiency = mean(skills.map((s) => s.proficiency));
  const interest = mean(skills.map((s) => s.interest));
  const shiftPreference = analyst.shiftPreferences?.[shift.templateId] ?? 0;
  const continuity = analyst.usualClientId != null && analyst.usualClientId === queue.clientId ? 1 : 0;
  const score = weights.proficiency * proficiency + weights.interest * interest + weights.shiftPreference * shiftPreference;
  return { proficiency, interest, shiftPreference, continuity, score };
}
