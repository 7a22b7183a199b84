import { z } from 'zod';
import type { Store } from '../db/store';
import { Actor, isStaff, requireStaff } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { periodInput } from '../domain/period';
import type {
  AnalystScheduleView, RosterAnalystView, PublishedAssignmentConnectionView, RosterClientView, RosterQueueView, RosterShiftTemplateView,
} from '../domain/roster-view';
import { idText, parseInput } from '../domain/validation';
import { segmentsInForce, toAssignmentView } from './published-assignments';

/** Largest page of publishedAssignments: a whole month of a large desk in one request. */
export const MAX_ASSIGNMENT_PAGE = 10000;

const pageInput = z.object({
  first: z.number().int().min(1, `must be between 1 and ${MAX_ASSIGNMENT_PAGE}`).max(MAX_ASSIGNMENT_PAGE, `must be between 1 and ${MAX_ASSIGNMENT_PAGE}`),
  after: z.string().regex(/^\d{4}-\d{2}-\d{2}\|[1-9]\d{0,9}$/, 'must be a cursor from a previous page').nullish(),
});

/**
 * Published schedules: an analyst's own, and every assignment for staff; and the names behind the
 * roster loaders, shared by draft reviews and published views (callers authorized the parent).
 */
export class ScheduleService {
  constructor(private readonly store: Store) {}

  /**
   * The analyst's shifts in the published rosters in force over the period, in the analyst's own
   * zone. Analysts read their own; staff name the analyst; client managers may not.
   */
  async mySchedule(actor: Actor, period: unknown, analystIdInput: string | null | undefined): Promise<AnalystScheduleView> {
    const analystId = this.scheduleOwner(actor, analystIdInput);
    const p = parseInput(periodInput, period, 'period');
    const [face] = await this.store.repos.rosterDirectory.findAnalystFaces([analystId]);
    if (!face) throw DomainError.notFound('Analyst', analystId);
    const segments = (await segmentsInForce(this.store.repos, p)).filter((s) => s.siteId === face.siteId);
    const rows = await this.store.repos.publishedRosters.findAssignments({ segments, analystId });
    return { analystId, timeZone: face.timeZone, ...p, shifts: rows.map((r) => toAssignmentView(r, face.timeZone)) };
  }

  /** Every assignment in force over the period, by date then id, in pages; staff only. */
  async publishedAssignments(actor: Actor, period: unknown, first: number | null | undefined, after: string | null | undefined): Promise<PublishedAssignmentConnectionView> {
    requireStaff(actor);
    const p = parseInput(periodInput, period, 'period');
    const page = parseInput(pageInput, { first: first ?? 100, after }, '');
    const [afterDate, afterId] = page.after ? page.after.split('|') : [];
    const rows = await this.store.repos.publishedRosters.findAssignments({
      segments: await segmentsInForce(this.store.repos, p), limit: page.first + 1,
      after: page.after ? { date: afterDate, id: Number(afterId) } : undefined,
    });
    const faces = await this.store.repos.rosterDirectory.findAnalystFaces([...new Set(rows.map((r) => r.analystId))]);
    const zoneOf = new Map(faces.map((f) => [f.id, f.timeZone]));
    const edges = rows.slice(0, page.first).map((r) => ({ cursor: `${r.onDate}|${r.id}`, node: toAssignmentView(r, zoneOf.get(r.analystId) ?? 'UTC') }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > page.first, hasPreviousPage: Boolean(page.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async analystsByIds(ids: readonly number[]): Promise<RosterAnalystView[]> {
    return (await this.store.repos.rosterDirectory.findAnalystFaces(ids)).map((a) => ({ id: String(a.id), name: a.name, timeZone: a.timeZone }));
  }

  async queuesByIds(ids: readonly number[]): Promise<RosterQueueView[]> {
    return (await this.store.repos.rosterDirectory.findQueues(ids)).map((q) => ({ id: String(q.id), clientId: q.clientId, name: q.name, channel: q.channel }));
  }

  async clientsByIds(ids: readonly number[]): Promise<RosterClientView[]> {
    return (await this.store.repos.rosterDirectory.findClients(ids)).map((c) => ({ id: String(c.id), name: c.name, timeZone: c.timeZone }));
  }

  async shiftTemplatesByIds(ids: readonly number[]): Promise<RosterShiftTemplateView[]> {
    return (await this.store.repos.rosterDirectory.findShiftTemplates(ids)).map((t) => ({ id: String(t.id), code: t.code, name: t.name }));
  }

  /** Whose schedule: an analyst's own (naming another is FORBIDDEN), or the analyst staff name. */
  private scheduleOwner(actor: Actor, analystIdInput: string | null | undefined): number {
    if (actor.role === 'analyst') {
      const own = actor.analystId as number;
      if (analystIdInput != null && parseInput(idText, analystIdInput, 'analystId') !== own) throw DomainError.forbidden('An analyst may read only their own schedule');
      return own;
    }
    if (!isStaff(actor)) throw DomainError.forbidden(`The ${actor.role} role has no schedule of its own; see assignedTeam`);
    if (analystIdInput == null) throw DomainError.badInput('analystId', 'analystId: staff must name the analyst whose schedule to read');
    return parseInput(idText, analystIdInput, 'analystId');
  }
}
