import type { DeskData } from '../../seeds/desk-data';
import type { Assignment, Evaluation, Pin, RosterProblem, ScoredAssignment, ShiftInstance, Violation } from '../../solver';
import type { RosterAssignmentEntity } from '../db/entities';
import type { NewAssignment } from '../db/repositories/roster.repository';
import type { Repositories } from '../db/store';
import { buildRosterProblem } from '../domain/roster-problem/build-roster-problem';
import type { RosterTotals, RosterViolationView } from '../domain/roster';
import type { DatedCoverageTarget } from '../domain/staffing';
import { mostWorkedClient } from '../domain/continuity';
import { shiftDate } from '../domain/period';
import { segmentsInForce } from './published-assignments';
import { derivedCoverageTargets } from './queue-coverage';

/** A roster's problem rebuilt from the database, with lookups from solver ids to shift instances. */
export interface LoadedProblem {
  readonly desk: DeskData;
  readonly problem: RosterProblem;
  /** Shift instance by template id and date. */
  shiftOf(templateId: number, date: string): ShiftInstance | undefined;
  readonly shiftById: ReadonlyMap<string, ShiftInstance>;
}

export interface PeriodAndSites {
  readonly startDate: string;
  readonly endDate: string;
  readonly siteIds: readonly number[];
}

/** A stored assignment as the solver names it: analyst, shift and queue by String(id). */
export interface AssignmentKey {
  readonly analystId: number;
  readonly shiftTemplateId: number;
  readonly onDate: string;
  readonly queueId: number;
}

/**
 * Loads the desk for a period and sites and builds the solver's problem; `pinned` assignments
 * become pins. A pin whose template has no instance any more (template deactivated) is dropped
 * and returned in `droppedPins` rather than failing the solve.
 */
export async function loadRosterProblem(repos: Repositories, scope: PeriodAndSites, pinned: readonly AssignmentKey[] = []): Promise<LoadedProblem & { droppedPins: AssignmentKey[] }> {
  const loaded = await repos.deskSnapshots.load({ start: scope.startDate, end: scope.endDate }, scope.siteIds);
  const derived = await derivedCoverageTargets(repos, loaded.queues.map((q) => Number(q.key)), scope);
  const desk = withPreviousClients(withDerivedTargets(loaded, derived), await previousAssignments(repos, scope.startDate));
  const base = buildRosterProblem(desk, { start: scope.startDate, end: scope.endDate }, { siteKeys: scope.siteIds.map(String) });
  const byTemplateDate = new Map(base.shifts.map((s) => [`${s.templateId}|${s.date}`, s]));
  const shiftOf = (templateId: number, date: string) => byTemplateDate.get(`${templateId}|${date}`);
  const pins: Pin[] = [];
  const droppedPins: AssignmentKey[] = [];
  for (const p of pinned) {
    const shift = shiftOf(p.shiftTemplateId, p.onDate);
    if (shift) pins.push({ analystId: String(p.analystId), shiftId: shift.id, queueId: String(p.queueId) });
    else droppedPins.push(p);
  }
  const problem: RosterProblem = { ...base, pins };
  return { desk, problem, shiftOf, shiftById: new Map(base.shifts.map((s) => [s.id, s])), droppedPins };
}

/**
 * A queue with a forecast takes its targets from the Erlang C derivation (issue 4), which already
 * holds its explicit targets where they win; other queues keep their explicit targets.
 */
function withDerivedTargets(desk: DeskData, derived: readonly DatedCoverageTarget[]): DeskData {
  if (derived.length === 0) return desk;
  const forecastQueues = new Set(derived.map((t) => t.queueKey));
  return { ...desk, coverageTargets: [...desk.coverageTargets.filter((t) => !forecastQueues.has(t.queueKey)), ...derived] };
}

/** How far back the published roster in force sets each analyst's client for continuity. */
const CONTINUITY_LOOKBACK_DAYS = 28;

/** Assignments of the published rosters in force over the weeks before `startDate`. */
async function previousAssignments(repos: Repositories, startDate: string): Promise<{ analystId: number; queueId: number }[]> {
  const period = { startDate: shiftDate(startDate, -CONTINUITY_LOOKBACK_DAYS), endDate: shiftDate(startDate, -1) };
  const segments = await segmentsInForce(repos, period);
  return segments.length === 0 ? [] : repos.publishedRosters.findAssignments({ segments });
}

/**
 * Continuity (issue 5): the client an analyst worked most in the last published roster becomes
 * their usual client for this solve; analysts without one keep the usual client of their profile.
 */
function withPreviousClients(desk: DeskData, previous: readonly { analystId: number; queueId: number }[]): DeskData {
  const clientOfQueue = new Map(desk.queues.map((q) => [Number(q.key), Number(q.clientKey)]));
  const worked = mostWorkedClient(previous.flatMap(({ analystId, queueId }) => {
    const clientId = clientOfQueue.get(queueId);
    return clientId === undefined ? [] : [{ analystId, clientId }];
  }));
  if (worked.size === 0) return desk;
  return {
    ...desk,
    analysts: desk.analysts.map((a) => {
      const client = worked.get(Number(a.key));
      return client === undefined ? a : { ...a, usualClientKey: String(client) };
    }),
  };
}

/** The solver's name for a stored (or edited) assignment; null when its shift is not in the problem. */
export function toSolverAssignment(loaded: LoadedProblem, a: AssignmentKey): Assignment | null {
  const shift = loaded.shiftOf(a.shiftTemplateId, a.onDate);
  return shift ? { analystId: String(a.analystId), shiftId: shift.id, queueId: String(a.queueId) } : null;
}

/** Scored solver assignments as rows to store, with exact instants from the shift instances. */
export function toAssignmentRows(loaded: LoadedProblem, scored: readonly ScoredAssignment[], pinnedKeys: ReadonlySet<string>, source: 'solver' | 'manual'): NewAssignment[] {
  return [...scored].sort((a, b) => a.date.localeCompare(b.date) || Number(a.analystId) - Number(b.analystId))
    .map((a) => toAssignmentRow(loaded, a, pinnedKeys.has(pinKey(a)), source));
}

export function toAssignmentRow(loaded: LoadedProblem, a: ScoredAssignment, pinned: boolean, source: 'solver' | 'manual'): NewAssignment {
  const shift = loaded.shiftById.get(a.shiftId) as ShiftInstance;
  const { score, ...parts } = a.alignment;
  return {
    analystId: Number(a.analystId), onDate: a.date, shiftTemplateId: Number(a.templateId), queueId: Number(a.queueId),
    startAt: new Date(shift.start), endAt: new Date(shift.end), paidMinutes: shift.paidMinutes, night: shift.night,
    pinned, source, development: a.development, alignmentScore: score, alignmentParts: parts,
  };
}

/** Key of a pin or assignment for set membership. */
export const pinKey = (p: { analystId: string; shiftId: string; queueId: string }): string => `${p.analystId}|${p.shiftId}|${p.queueId}`;

/**
 * The assignments a solve of this scope starts from (the solver's warm start): the base roster's
 * when re-solving one, else the newest draft or published roster of exactly this period and
 * sites; none when there is no such roster.
 */
export async function startingRosterRows(repos: Repositories, job: PeriodAndSites & { readonly baseRosterId: number | null }): Promise<RosterAssignmentEntity[]> {
  const rosterId = job.baseRosterId ?? (await repos.rosters.findForPeriod(job.startDate, job.endDate, job.siteIds, ['draft', 'published']))[0]?.id;
  return rosterId === undefined ? [] : repos.rosters.findAssignments(rosterId);
}

/** Stored assignments in the solver's terms; rows whose shift left the problem are skipped. */
export function solverAssignmentsOf(loaded: LoadedProblem, rows: readonly RosterAssignmentEntity[]): Assignment[] {
  return rows.map((r) => toSolverAssignment(loaded, r)).filter((a): a is Assignment => a !== null);
}

/** The totals kept on a roster row (small: per-interval coverage is recomputed on review). */
export function totalsOf(evaluation: Pick<Evaluation, 'figures' | 'objective' | 'violations'>): RosterTotals {
  const { coverage: _coverage, ...figures } = evaluation.figures;
  return { ...figures, objective: evaluation.objective, hardViolations: evaluation.violations.length };
}

export function toViolationView(v: Violation): RosterViolationView {
  return { rule: v.rule, analystId: v.analystId ?? null, queueId: v.queueId ?? null, date: v.date ?? null, amount: v.amount ?? null, message: v.message };
}
