import type { RosterProblem } from '../../solver';
import { createStore } from '../../src/db/store';
import { buildRosterProblem } from '../../src/domain/roster-problem/build-roster-problem';
import { loadRosterProblem } from '../../src/services/roster-problem';
import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { loadDemoDesk } from '../helpers/roster-helpers';

/** Renames every generator key inside the problem to its database id (longest keys first, so no key eats another's prefix). */
function renamed(problem: RosterProblem, ids: ReadonlyMap<string, number>): RosterProblem {
  let text = JSON.stringify(problem);
  for (const [key, id] of [...ids].sort((a, b) => b[0].length - a[0].length)) text = text.split(key).join(String(id));
  return JSON.parse(text) as RosterProblem;
}

/** Order-free comparison: target ids number targets in load order, lists are compared sorted. */
function normalised(problem: RosterProblem) {
  const sorted = <T>(list: readonly T[] | undefined) => [...(list ?? [])].map((x) => JSON.stringify(x)).sort();
  return {
    period: problem.period,
    analysts: sorted(problem.analysts.map((a) => ({ ...a, skills: sorted(a.skills), requests: sorted(a.requests), timeOff: sorted(a.timeOff) }))),
    shifts: sorted(problem.shifts),
    queues: sorted(problem.queues.map((q) => ({ ...q, requiredSkills: sorted(q.requiredSkills), dedicatedAnalystIds: q.dedicatedAnalystIds ? sorted(q.dedicatedAnalystIds) : null }))),
    intervalTargets: sorted((problem.intervalTargets ?? []).map(({ id: _id, ...rest }) => rest)),
  };
}

describe.each(testDatabases())('desk snapshot [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('rebuilds from the database the same solver problem the generated desk gives, DST instants included', async () => {
    const { desk, loaded, siteIds } = await loadDemoDesk(t);
    const period = { start: '2026-03-02', end: '2026-03-15' };
    const expected = renamed(buildRosterProblem(desk, period), loaded.ids);
    const fromDatabase = await loadRosterProblem(createStore(t.dataSource).repos, { startDate: period.start, endDate: period.end, siteIds: siteIds.map(Number) });
    expect(fromDatabase.droppedPins).toEqual([]);
    expect(fromDatabase.problem.shifts.length).toBeGreaterThan(0);
    expect(normalised(fromDatabase.problem)).toEqual(normalised(expected));
  });

  it('keeps only the chosen sites, and dedicated analysts of those sites', async () => {
    await t.reset();
    const { desk, siteIds } = await loadDemoDesk(t);
    const { problem } = await loadRosterProblem(createStore(t.dataSource).repos, { startDate: '2026-03-02', endDate: '2026-03-08', siteIds: [Number(siteIds[0])] });
    const analysts = new Set(problem.analysts.map((a) => a.id));
    expect(problem.analysts.length).toBe(desk.analysts.filter((a) => a.active && a.siteKey === desk.sites[0].key).length);
    for (const q of problem.queues) for (const id of q.dedicatedAnalystIds ?? []) expect(analysts.has(id)).toBe(true);
    expect(problem.shifts.length).toBe(desk.shiftTemplates.filter((tp) => tp.siteKey === desk.sites[0].key).length * 7);
  });
});
