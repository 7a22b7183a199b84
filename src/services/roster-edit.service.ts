import { z } from 'zod';
import { evaluateRoster } from '../../solver';
import type { Assignment, Evaluation, ObjectiveTerms, Violation } from '../../solver';
import type { RosterEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { RosterEditResult, RosterSoftBreak } from '../domain/roster';
import { idText, isoDate, parseInput } from '../domain/validation';
import { LoadedProblem, loadRosterProblem, pinKey, toAssignmentRow, toViolationView, totalsOf } from './roster-problem';
import { toAssignmentView, toRosterView } from './roster.service';

/** An assignment while an edit is weighed: `id` null for a new one. */
interface Draft {
  id: number | null;
  analystId: number;
  onDate: string;
  shiftTemplateId: number;
  queueId: number;
  pinned: boolean;
  source: 'solver' | 'manual';
  changed: boolean;
}

const version = z.number().int().positive().nullish();
const moveInput = z.object({ assignmentId: idText, analystId: idText.nullish(), date: isoDate.nullish(), shiftTemplateId: idText.nullish(), queueId: idText.nullish(), rosterVersion: version });
const addInput = z.object({ rosterId: idText, analystId: idText, date: isoDate, shiftTemplateId: idText, queueId: idText, rosterVersion: version });

const violationKey = (v: Violation): string => [v.rule, v.analystId, v.queueId, v.shiftId, v.date].join('|');

/**
 * Hand edits of a draft. Each edit is applied in memory, the WHOLE roster is evaluated with the
 * solver's evaluator, and an edit that adds a broken hard rule is refused with the rules listed;
 * otherwise it is saved in one transaction with the roster's figures, and the soft cost returned.
 */
export class RosterEditService {
  constructor(private readonly store: Store) {}

  pin(actor: Actor, idInput: string, pinned: boolean, rosterVersion?: number | null): Promise<RosterEditResult> {
    requireStaff(actor);
    const id = parseInput(idText, idInput, 'id');
    return this.edit({ assignmentIds: [id], rosterVersion }, (drafts) => {
      const row = find(drafts, id);
      Object.assign(row, { pinned, changed: true });
    });
  }

  move(actor: Actor, input: unknown): Promise<RosterEditResult> {
    requireStaff(actor);
    const v = parseInput(moveInput, input);
    return this.edit({ assignmentIds: [v.assignmentId], rosterVersion: v.rosterVersion }, (drafts) => {
      const row = find(drafts, v.assignmentId);
      Object.assign(row, {
        analystId: v.analystId ?? row.analystId, onDate: v.date ?? row.onDate, shiftTemplateId: v.shiftTemplateId ?? row.shiftTemplateId,
        queueId: v.queueId ?? row.queueId, source: 'manual', changed: true,
      });
    });
  }

  swap(actor: Actor, aInput: string, bInput: string, rosterVersion?: number | null): Promise<RosterEditResult> {
    requireStaff(actor);
    const a = parseInput(idText, aInput, 'a');
    const b = parseInput(idText, bInput, 'b');
    if (a === b) throw DomainError.badInput('b', `b: must be another assignment than a (${a})`);
    return this.edit({ assignmentIds: [a, b], rosterVersion }, (drafts) => {
      const [x, y] = [find(drafts, a), find(drafts, b)];
      [x.analystId, y.analystId] = [y.analystId, x.analystId];
      for (const row of [x, y]) Object.assign(row, { source: 'manual', changed: true });
    });
  }

  add(actor: Actor, input: unknown): Promise<RosterEditResult> {
    requireStaff(actor);
    const v = parseInput(addInput, input);
    return this.edit({ rosterId: v.rosterId, assignmentIds: [], rosterVersion: v.rosterVersion }, (drafts) => {
      drafts.push({ id: null, analystId: v.analystId, onDate: v.date, shiftTemplateId: v.shiftTemplateId, queueId: v.queueId, pinned: false, source: 'manual', changed: true });
    });
  }

  remove(actor: Actor, idInput: string, rosterVersion?: number | null): Promise<RosterEditResult> {
    requireStaff(actor);
    const id = parseInput(idText, idInput, 'id');
    return this.edit({ assignmentIds: [id], rosterVersion }, (drafts) => {
      drafts.splice(drafts.indexOf(find(drafts, id)), 1);
    });
  }

  /** Callers have checked the actor is staff before parsing input. */
  private async edit(target: { rosterId?: number; assignmentIds: number[]; rosterVersion?: number | null }, apply: (drafts: Draft[]) => void): Promise<RosterEditResult> {
    const roster = await this.draftRoster(target);
    const rows = await this.store.repos.rosters.findAssignments(roster.id);
    const drafts: Draft[] = rows.map((r) => ({ id: r.id, analystId: r.analystId, onDate: r.onDate, shiftTemplateId: r.shiftTemplateId, queueId: r.queueId, pinned: Boolean(r.pinned), source: r.source as Draft['source'], changed: false }));
    const loaded = await loadRosterProblem(this.store.repos, roster, rows.filter((r) => r.pinned));
    const before = evaluateRoster(loaded.problem, drafts.map((d) => solverName(loaded, d, 'id')));
    apply(drafts);
    const afterProblem = { ...loaded.problem, pins: drafts.filter((d) => d.pinned).map((d) => solverName(loaded, d, 'input')) };
    const after = evaluateRoster(afterProblem, drafts.map((d) => solverName(loaded, d, 'input')));
    refuseNewViolations(before, after);
    const keptIds = new Set(drafts.map((d) => d.id));
    const removed = rows.filter((r) => !keptIds.has(r.id)).map((r) => r.id);
    const changed = drafts.filter((d) => d.changed);
    const savedIds = await this.save(roster, target.rosterVersion ?? roster.version, loaded, after, changed, removed);
    const saved = await this.store.repos.rosters.findAssignmentsByIds(savedIds);
    return {
      roster: toRosterView((await this.store.repos.rosters.findById(roster.id)) as RosterEntity),
      assignments: saved.sort((a, b) => a.id - b.id).map(toAssignmentView),
      removedAssignmentIds: removed.map(String),
      objectiveBefore: before.objective,
      objectiveAfter: after.objective,
      softBreaks: softBreaks(before.terms, after.terms),
      violations: after.violations.map(toViolationView),
    };
  }

  /** Changed rows are deleted and written again (keeping their ids), so a swap never trips the one-per-day index. */
  private async save(roster: RosterEntity, rosterVersion: number, loaded: LoadedProblem, after: Evaluation, changed: Draft[], removed: number[]): Promise<number[]> {
    const scored = new Map(after.assignments.map((a) => [pinKey(a), a]));
    return this.store.transaction(async (tx) => {
      await tx.rosters.update(roster.id, rosterVersion, { objective: after.objective, figures: { ...roster.figures, ...totalsOf(after) } });
      for (const id of [...removed, ...changed.flatMap((d) => (d.id === null ? [] : [d.id]))]) await tx.rosters.deleteAssignment(id);
      const ids: number[] = [];
      for (const d of changed) {
        const row = toAssignmentRow(loaded, scored.get(pinKey(solverName(loaded, d, 'input')))!, d.pinned, d.source);
        ids.push(await tx.rosters.insertAssignment(roster.id, d.id === null ? row : { ...row, id: d.id } as never));
      }
      return ids;
    });
  }

  private async draftRoster(target: { rosterId?: number; assignmentIds: number[]; rosterVersion?: number | null }): Promise<RosterEntity> {
    let rosterId = target.rosterId;
    if (rosterId === undefined) {
      const rows = await this.store.repos.rosters.findAssignmentsByIds(target.assignmentIds);
      const missing = target.assignmentIds.find((id) => !rows.some((r) => r.id === id));
      if (missing !== undefined) throw DomainError.notFound('Assignment', missing);
      if (new Set(rows.map((r) => r.rosterId)).size > 1) throw DomainError.badInput('b', 'b: both assignments must belong to the same roster');
      rosterId = rows[0].rosterId;
    }
    const roster = await this.store.repos.rosters.findById(rosterId);
    if (!roster) throw DomainError.notFound('Roster', rosterId);
    if (roster.status !== 'draft') throw DomainError.conflict(`Roster ${roster.id} is ${roster.status} and cannot be changed; re-solve it to get a new draft`);
    if (target.rosterVersion != null && target.rosterVersion !== roster.version) {
      throw DomainError.conflict(`Roster ${roster.id} was changed by someone else: you sent version ${target.rosterVersion}, the current version is ${roster.version}. Read it again and retry.`);
    }
    return roster;
  }
}

function find(drafts: Draft[], id: number): Draft {
  const row = drafts.find((d) => d.id === id);
  if (!row) throw DomainError.notFound('Assignment', id);
  return row;
}

/** The solver's name for a draft row; a date or template outside the roster is bad input. */
function solverName(loaded: LoadedProblem, d: Draft, field: string): Assignment {
  const shift = loaded.shiftOf(d.shiftTemplateId, d.onDate);
  if (!shift) throw DomainError.badInput(`${field}.shiftTemplateId`, `${field}: shift template ${d.shiftTemplateId} has no shift on ${d.onDate} in this roster (check the date is in the period and the template belongs to one of its sites)`);
  return { analystId: String(d.analystId), shiftId: shift.id, queueId: String(d.queueId) };
}

function refuseNewViolations(before: Evaluation, after: Evaluation): void {
  const known = new Set(before.violations.map(violationKey));
  const added = after.violations.filter((v) => !known.has(violationKey(v)));
  if (added.length === 0) return;
  throw DomainError.badInput('input', `The edit breaks ${added.length} hard rule${added.length > 1 ? 's' : ''}: ${added.map((v) => v.message).join('; ')}`, {
    violations: added.map(toViolationView),
  });
}

function softBreaks(before: ObjectiveTerms, after: ObjectiveTerms): RosterSoftBreak[] {
  return (Object.keys(after) as (keyof ObjectiveTerms)[])
    .filter((term) => after[term] > before[term] + 1e-9)
    .map((term) => ({ term, before: round(before[term]), after: round(after[term]), delta: round(after[term] - before[term]) }));
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
