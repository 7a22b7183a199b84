import type { DataSource } from 'typeorm';
import { RosterAssignmentEntity, RosterEntity } from '../src/db/entities';
import { rosterScopeKey } from '../src/db/entities/roster.entity';
import type { Assignment, RosterProblem } from '../solver';
import type { DeskData } from './desk-data';

/**
 * A plausible roster for a desk without solving: each analyst works five days in seven, on a
 * template of their own site, on the first queue (in a rotating order) whose skills they have.
 * Deterministic and instant, for views, tests and the API benchmark; it keeps no working rule on
 * purpose (the solver's tests cover those).
 *
 * @example sampleAssignments(desk, buildRosterProblem(desk, { start: '2026-03-02', end: '2026-03-15' }))
 */
export function sampleAssignments(desk: DeskData, problem: RosterProblem): Assignment[] {
  const siteOfTemplate = new Map(desk.shiftTemplates.map((t) => [t.key, t.siteKey]));
  const dates = [...new Set(problem.shifts.map((s) => s.date))].sort();
  const out: Assignment[] = [];
  problem.analysts.forEach((analyst, i) => {
    const queues = problem.queues.filter((q) =>
      (!q.dedicatedAnalystIds || q.dedicatedAnalystIds.includes(analyst.id)) &&
      q.requiredSkills.every((need) => analyst.skills.some((s) => s.skillId === need.skillId && s.proficiency >= need.minProficiency)));
    if (queues.length === 0) return;
    dates.forEach((date, d) => {
      if ((i + d) % 7 >= 5) return;
      const shifts = problem.shifts.filter((s) => s.date === date && siteOfTemplate.get(s.templateId) === analyst.fairnessGroup);
      if (shifts.length === 0) return;
      out.push({ analystId: analyst.id, shiftId: shifts[i % shifts.length].id, queueId: queues[(i + d) % queues.length].id });
    });
  });
  return out;
}

export interface PublishOptions {
  readonly publishedAt: Date;
  readonly method?: string;
}

/**
 * Stores assignments of a problem built from a loaded desk as one published roster (ids from
 * loadDesk), in bulk. Returns the roster id.
 */
export async function storePublishedRoster(
  dataSource: DataSource, ids: ReadonlyMap<string, number>, problem: RosterProblem, assignments: readonly Assignment[], options: PublishOptions,
): Promise<number> {
  const id = (key: string): number => {
    const found = ids.get(key);
    if (found === undefined) throw new Error(`storePublishedRoster: unknown key ${key}`);
    return found;
  };
  const shiftOf = new Map(problem.shifts.map((s) => [s.id, s]));
  const siteIds = [...new Set(problem.analysts.map((a) => id(a.fairnessGroup ?? '')))].sort((a, b) => a - b);
  return dataSource.transaction(async (em) => {
    // Numbered after any roster already stored for the same period and sites (a unique key).
    const scopeKey = rosterScopeKey(problem.period.startDate, problem.period.endDate, siteIds);
    const [{ last }] = await em.query('SELECT MAX(published_version) AS last FROM roster WHERE scope_key = ?', [scopeKey]);
    const publishedVersion = Number(last ?? 0) + 1;
    const roster = await em.getRepository(RosterEntity).save({
      startDate: problem.period.startDate, endDate: problem.period.endDate, siteIds, status: 'published', publishedVersion, scopeKey,
      solveStatus: 'feasible', method: options.method ?? 'sample', objective: null, bound: null, gap: null, figures: {}, seconds: 0,
      jobId: null, publishedAt: options.publishedAt,
    });
    const rows = assignments.map((a) => {
      const shift = shiftOf.get(a.shiftId)!;
      return {
        rosterId: roster.id, analystId: id(a.analystId), onDate: shift.date, shiftTemplateId: id(shift.templateId), queueId: id(a.queueId),
        startAt: new Date(shift.start), endAt: new Date(shift.end), paidMinutes: shift.paidMinutes, night: shift.night, pinned: false,
        source: 'solver', development: false, alignmentScore: 0, alignmentParts: {},
      };
    });
    for (let i = 0; i < rows.length; i += 500) await em.getRepository(RosterAssignmentEntity).insert(rows.slice(i, i + 500));
    return roster.id;
  });
}
