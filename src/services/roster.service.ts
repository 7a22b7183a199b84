import { z } from 'zod';
import { evaluateRoster } from '../../solver';
import type { RosterAssignmentEntity, RosterEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/errors';
import type { Connection, RosterAnalystFiguresView, RosterAssignmentView, RosterCoverageView, RosterStatus, RosterTotals, RosterView, RosterViolationView } from '../domain/roster';
import { rosterAnalystFigures, rosterCoverage } from '../domain/roster-review';
import { idText, isoDate, parseInput } from '../domain/validation';
import { loadRosterProblem, solverAssignmentsOf, toViolationView } from './roster-problem';

export interface RosterReview {
  coverage: RosterCoverageView[];
  analysts: RosterAnalystFiguresView[];
  violations: RosterViolationView[];
}

const pageInput = z.object({
  first: z.number().int().min(1, 'must be between 1 and 1000').max(1000, 'must be between 1 and 1000').nullish(),
  after: z.string().regex(/^a:[1-9]\d{0,9}$/, 'must be a cursor from a previous page').nullish(),
});

const versionsInput = z.object({ startDate: isoDate, endDate: isoDate, siteIds: z.array(idText).min(1, 'must name at least one site') });

export function toRosterView(r: RosterEntity): RosterView {
  return {
    id: String(r.id), status: r.status as RosterStatus, startDate: r.startDate, endDate: r.endDate, siteIds: r.siteIds.map(String),
    publishedVersion: r.publishedVersion, solveStatus: r.solveStatus, method: r.method, objective: r.objective, bound: r.bound, gap: r.gap,
    seconds: r.seconds, totals: r.figures as unknown as RosterTotals, jobId: r.jobId === null ? null : String(r.jobId),
    publishedAt: r.publishedAt && new Date(r.publishedAt).toISOString(), version: r.version, createdAt: new Date(r.createdAt).toISOString(),
  };
}

export function toAssignmentView(a: RosterAssignmentEntity): RosterAssignmentView {
  const parts = a.alignmentParts;
  return {
    id: String(a.id), rosterId: String(a.rosterId), analystId: String(a.analystId), date: a.onDate, shiftTemplateId: String(a.shiftTemplateId),
    queueId: String(a.queueId), start: new Date(a.startAt).toISOString(), end: new Date(a.endAt).toISOString(), paidMinutes: a.paidMinutes,
    night: Boolean(a.night), pinned: Boolean(a.pinned), source: a.source as 'solver' | 'manual', development: Boolean(a.development),
    why: { proficiency: parts.proficiency ?? 0, interest: parts.interest ?? 0, shiftPreference: parts.shiftPreference ?? 0, continuity: parts.continuity ?? 0, score: a.alignmentScore },
  };
}

/** Reading, reviewing and publishing rosters. Only staff: analysts and client managers read their own views elsewhere. */
export class RosterService {
  constructor(private readonly store: Store, private readonly clock: Clock) {}

  async get(actor: Actor, idInput: string): Promise<RosterView | null> {
    requireStaff(actor);
    const roster = await this.store.repos.rosters.findById(parseInput(idText, idInput, 'id'));
    return roster && toRosterView(roster);
  }

  async assignments(actor: Actor, rosterId: number, page: unknown): Promise<Connection<RosterAssignmentView>> {
    requireStaff(actor);
    const { first, after } = parseInput(pageInput, page, '');
    const limit = first ?? 100;
    const afterId = after ? Number(after.slice(2)) : 0;
    const rows = await this.store.repos.rosters.findAssignmentPage(rosterId, afterId, limit + 1);
    const edges = rows.slice(0, limit).map((a) => ({ cursor: `a:${a.id}`, node: toAssignmentView(a) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: afterId > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: await this.store.repos.rosters.countAssignments(rosterId),
    };
  }

  /**
   * Coverage per queue and interval, per-analyst figures and broken hard rules, recomputed by the
   * solver's evaluator over the roster's problem rebuilt from today's data (targets, leave).
   */
  async review(actor: Actor, rosterId: number): Promise<RosterReview> {
    requireStaff(actor);
    return this.reviewAuthorized(rosterId);
  }

  /** For batch loaders under an already authorized roster. */
  async reviewAuthorized(rosterId: number): Promise<RosterReview> {
    const roster = await this.mustGet(rosterId);
    const rows = await this.store.repos.rosters.findAssignments(rosterId);
    const loaded = await loadRosterProblem(this.store.repos, roster, rows.filter((r) => r.pinned));
    const evaluation = evaluateRoster(loaded.problem, solverAssignmentsOf(loaded, rows));
    return {
      coverage: rosterCoverage(loaded.problem, evaluation),
      analysts: rosterAnalystFigures(loaded.problem, evaluation),
      violations: evaluation.violations.map(toViolationView),
    };
  }

  /**
   * Draft -> published, numbered after the last published version of the same period and sites,
   * which becomes superseded; all in one transaction. The sites' rows are locked first (MySQL), so
   * two drafts published at once take turns and never get the same number; a unique index on
   * (scope_key, published_version) backs that. A published roster never changes again.
   */
  async publish(actor: Actor, idInput: string, version: number | null | undefined): Promise<RosterView> {
    requireStaff(actor);
    const id = parseInput(idText, idInput, 'id');
    await this.store.transaction(async (tx) => {
      const found = await tx.rosters.findById(id);
      if (!found) throw DomainError.notFound('Roster', id);
      await tx.sites.lockByIds(found.siteIds);
      const same = await tx.rosters.findForPeriodLocked(found.startDate, found.endDate, found.siteIds);
      const roster = same.find((r) => r.id === id) as RosterEntity;
      if (roster.status !== 'draft') throw DomainError.conflict(`Roster ${id} is ${roster.status}; only a draft can be published`);
      const now = this.clock.now().toJSDate();
      for (const old of same.filter((r) => r.status === 'published')) await tx.rosters.update(old.id, old.version, { status: 'superseded' });
      const next = Math.max(0, ...same.map((r) => r.publishedVersion ?? 0)) + 1;
      await tx.rosters.update(id, version ?? roster.version, { status: 'published', publishedVersion: next, publishedAt: now });
    });
    return toRosterView(await this.mustGet(id));
  }

  /** Published and superseded rosters of a period and site set, newest version first. */
  async versions(actor: Actor, input: unknown): Promise<RosterView[]> {
    requireStaff(actor);
    const { startDate, endDate, siteIds } = parseInput(versionsInput, input, '');
    const sites = [...new Set(siteIds)].sort((a, b) => a - b);
    const rows = await this.store.repos.rosters.findForPeriod(startDate, endDate, sites, ['published', 'superseded']);
    return rows.sort((a, b) => (b.publishedVersion ?? 0) - (a.publishedVersion ?? 0)).map(toRosterView);
  }

  private async mustGet(id: number): Promise<RosterEntity> {
    const roster = await this.store.repos.rosters.findById(id);
    if (!roster) throw DomainError.notFound('Roster', id);
    return roster;
  }
}
