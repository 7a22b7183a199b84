import type { SolveOptions } from './options';
import type { RosterProblem } from './problem';
import { instantMillis, isValidDate, isValidInstant } from './time';

/** A problem with the input, naming the field and quoting the bad value. */
export interface ValidationIssue {
  readonly field: string;
  readonly message: string;
}

type Push = (field: string, message: string) => void;

function uniqueIds(push: Push, field: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) push(`${field}[${i}].id`, `duplicate id "${id}"`);
    seen.add(id);
  });
}

function inRange(push: Push, field: string, value: number, lo: number, hi: number): void {
  if (!Number.isFinite(value) || value < lo || value > hi) push(field, `${value} is outside ${lo}..${hi}`);
}

function checkAnalysts(p: RosterProblem, push: Push): void {
  p.analysts.forEach((a, i) => {
    a.skills.forEach((s, k) => {
      inRange(push, `analysts[${i}].skills[${k}].proficiency`, s.proficiency, 0, 5);
      inRange(push, `analysts[${i}].skills[${k}].interest`, s.interest, -2, 2);
      if (s.certificationExpires !== null && !isValidDate(s.certificationExpires)) push(`analysts[${i}].skills[${k}].certificationExpires`, `"${s.certificationExpires}" is not an ISO date`);
    });
    (a.timeOff ?? []).forEach((t, k) => {
      if (!isValidDate(t.startDate) || !isValidDate(t.endDate) || t.endDate < t.startDate) push(`analysts[${i}].timeOff[${k}]`, `"${t.startDate}".."${t.endDate}" is not a valid date range`);
    });
    (a.requests ?? []).forEach((r, k) => {
      if (!isValidDate(r.date)) push(`analysts[${i}].requests[${k}].date`, `"${r.date}" is not an ISO date`);
      inRange(push, `analysts[${i}].requests[${k}].weight`, r.weight, 0, 1e6);
    });
    for (const [key, v] of Object.entries(a.rules ?? {})) {
      if (typeof v === 'number') inRange(push, `analysts[${i}].rules.${key}`, v, 0, 1e7);
    }
  });
}

function checkShifts(p: RosterProblem, push: Push): void {
  p.shifts.forEach((s, i) => {
    if (!isValidDate(s.date)) push(`shifts[${i}].date`, `"${s.date}" is not an ISO date`);
    if (!isValidInstant(s.start) || !isValidInstant(s.end)) push(`shifts[${i}].start`, `"${s.start}".."${s.end}" are not ISO instants with an offset`);
    else if (instantMillis(s.end) <= instantMillis(s.start)) push(`shifts[${i}].end`, `end ${s.end} is not after start ${s.start}`);
    inRange(push, `shifts[${i}].paidMinutes`, s.paidMinutes, 0, 24 * 60);
  });
}

function checkReferences(p: RosterProblem, push: Push): void {
  const analysts = new Set(p.analysts.map((a) => a.id));
  const shifts = new Set(p.shifts.map((s) => s.id));
  const queues = new Set(p.queues.map((q) => q.id));
  const templates = new Set(p.shifts.map((s) => s.templateId));
  p.queues.forEach((q, i) => {
    q.requiredSkills.forEach((r, k) => inRange(push, `queues[${i}].requiredSkills[${k}].minProficiency`, r.minProficiency, 0, 5));
    (q.dedicatedAnalystIds ?? []).forEach((id, k) => analysts.has(id) || push(`queues[${i}].dedicatedAnalystIds[${k}]`, `unknown analyst "${id}"`));
  });
  (p.intervalTargets ?? []).forEach((t, i) => {
    if (!queues.has(t.queueId)) push(`intervalTargets[${i}].queueId`, `unknown queue "${t.queueId}"`);
    if (!isValidInstant(t.start) || !isValidInstant(t.end) || instantMillis(t.end) <= instantMillis(t.start)) push(`intervalTargets[${i}].end`, `"${t.start}".."${t.end}" is not a valid interval`);
    inRange(push, `intervalTargets[${i}].required`, t.required, 0, 1e6);
  });
  (p.shiftTargets ?? []).forEach((t, i) => {
    if (t.queueId !== null && !queues.has(t.queueId)) push(`shiftTargets[${i}].queueId`, `unknown queue "${t.queueId}"`);
    if (!templates.has(t.templateId)) push(`shiftTargets[${i}].templateId`, `no shift uses template "${t.templateId}"`);
    inRange(push, `shiftTargets[${i}].required`, t.required, 0, 1e6);
  });
  (p.pins ?? []).forEach((pin, i) => {
    if (!analysts.has(pin.analystId)) push(`pins[${i}].analystId`, `unknown analyst "${pin.analystId}"`);
    if (!shifts.has(pin.shiftId)) push(`pins[${i}].shiftId`, `unknown shift "${pin.shiftId}"`);
    if (!queues.has(pin.queueId)) push(`pins[${i}].queueId`, `unknown queue "${pin.queueId}"`);
  });
}

/**
 * Every problem with the input; empty when it is well formed.
 * @example validateRosterProblem({ ...p, period: { startDate: '2026-03-08', endDate: '2026-03-01' } })[0].field // 'period.endDate'
 */
export function validateRosterProblem(p: RosterProblem): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push: Push = (field, message) => issues.push({ field, message });
  if (!isValidDate(p.period.startDate)) push('period.startDate', `"${p.period.startDate}" is not an ISO date`);
  if (!isValidDate(p.period.endDate)) push('period.endDate', `"${p.period.endDate}" is not an ISO date`);
  else if (p.period.endDate < p.period.startDate) push('period.endDate', `${p.period.endDate} is before ${p.period.startDate}`);
  uniqueIds(push, 'analysts', p.analysts.map((a) => a.id));
  uniqueIds(push, 'shifts', p.shifts.map((s) => s.id));
  uniqueIds(push, 'queues', p.queues.map((q) => q.id));
  uniqueIds(push, 'targets', [...(p.intervalTargets ?? []), ...(p.shiftTargets ?? [])].map((t) => t.id));
  for (const [key, v] of Object.entries(p.weights ?? {})) inRange(push, `weights.${key}`, v as number, 0, 1e9);
  checkAnalysts(p, push);
  checkShifts(p, push);
  checkReferences(p, push);
  return issues;
}

/** A whole number in lo..hi (Infinity allowed as hi when `unbounded`). */
function wholeInRange(push: Push, field: string, value: number, lo: number, hi: number, unbounded = false): void {
  if (unbounded && value === Infinity) return;
  if (!Number.isInteger(value) || value < lo || value > hi) push(field, `${value} is not a whole number in ${lo}..${hi}${unbounded ? ' (or Infinity)' : ''}`);
}

/**
 * Every problem with the solve options (defaults already filled in); empty when they are well formed.
 * @example validateSolveOptions(mergeSolveOptions({ threads: 0 }))[0].field // 'options.threads'
 */
export function validateSolveOptions(o: SolveOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push: Push = (field, message) => issues.push({ field, message });
  if (!Number.isFinite(o.timeLimitSeconds) || o.timeLimitSeconds <= 0) push('options.timeLimitSeconds', `${o.timeLimitSeconds} is not a positive number of seconds`);
  if (!Number.isInteger(o.seed)) push('options.seed', `${o.seed} is not a whole number`);
  inRange(push, 'options.gapTolerance', o.gapTolerance, 0, 1);
  if (!['auto', 'highs', 'jslp'].includes(o.backend)) push('options.backend', `"${o.backend}" is not one of auto, highs, jslp`);
  if (!['auto', 'monolithic', 'fix-and-optimise'].includes(o.method)) push('options.method', `"${o.method}" is not one of auto, monolithic, fix-and-optimise`);
  wholeInRange(push, 'options.jslpMaxColumns', o.jslpMaxColumns, 0, Number.MAX_SAFE_INTEGER, true);
  wholeInRange(push, 'options.lnsMinColumns', o.lnsMinColumns, 0, Number.MAX_SAFE_INTEGER, true);
  wholeInRange(push, 'options.lnsSteps', o.lnsSteps, 0, Number.MAX_SAFE_INTEGER, true);
  wholeInRange(push, 'options.threads', o.threads, 1, 64);
  return issues;
}
