import { getNamedType, GraphQLObjectType, isObjectType } from 'graphql';
import { generateDesk } from '../../seeds/generator';
import { buildSchema } from '../../src/api/schema';
import { localWallTime, periodDates } from '../../src/domain/period';
import { rosterSegments } from '../../src/domain/published-rosters';
import { buildRosterProblem } from '../../src/domain/roster-problem/build-roster-problem';
import { expandCoverageTargets, plannedCoverage } from '../../src/domain/team-coverage';

describe('expandCoverageTargets', () => {
  it('gives the same intervals as the roster builder for every queue of the demo desk', () => {
    const desk = generateDesk('demo');
    const period = { startDate: '2026-03-02', endDate: '2026-03-15' };
    const problem = buildRosterProblem(desk, { start: period.startDate, end: period.endDate });
    const ids = new Map(desk.queues.map((q, i) => [q.key, i + 1]));
    for (const client of desk.clients) {
      const queues = desk.queues.filter((q) => q.clientKey === client.key);
      const rules = desk.coverageTargets.filter((t) => queues.some((q) => q.key === t.queueKey))
        .map((t) => ({ queueId: ids.get(t.queueKey)!, weekday: t.weekday, onDate: t.date, localStart: t.localStart, localEnd: t.localEnd, headcount: t.headcount }));
      const ours = expandCoverageTargets(rules, client.timeZone, periodDates(period));
      const theirs = (problem.intervalTargets ?? []).filter((i) => queues.some((q) => q.key === i.queueId))
        .map((i) => ({ queueId: ids.get(i.queueId)!, start: new Date(i.start).toISOString(), end: new Date(i.end).toISOString(), target: i.required }))
        .sort((a, b) => a.queueId - b.queueId || a.start.localeCompare(b.start));
      expect(ours).toEqual(theirs);
    }
  });

  it('lets a dated target replace its weekday pattern on that date only', () => {
    const rules = [
      { queueId: 1, weekday: 1, onDate: null, localStart: '08:00', localEnd: '12:00', headcount: 3 },
      { queueId: 1, weekday: null, onDate: '2026-03-09', localStart: '09:00', localEnd: '10:00', headcount: 5 },
    ];
    expect(expandCoverageTargets(rules, 'America/Chicago', ['2026-03-02', '2026-03-09'])).toEqual([
      { queueId: 1, start: '2026-03-02T14:00:00.000Z', end: '2026-03-02T18:00:00.000Z', target: 3 },
      { queueId: 1, start: '2026-03-09T14:00:00.000Z', end: '2026-03-09T15:00:00.000Z', target: 5 },
    ]);
  });

  it('counts a partly overlapping shift by the overlapped fraction', () => {
    const interval = { queueId: 1, start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T09:00:00.000Z', target: 2 };
    expect(plannedCoverage(interval, [
      { queueId: 1, start: '2026-03-02T07:00:00.000Z', end: '2026-03-02T08:30:00.000Z' },
      { queueId: 1, start: '2026-03-02T06:00:00.000Z', end: '2026-03-02T12:00:00.000Z' },
      { queueId: 2, start: '2026-03-02T06:00:00.000Z', end: '2026-03-02T12:00:00.000Z' },
    ])).toBe(1.5);
  });
});

describe('localWallTime', () => {
  it.each([
    ['2026-03-09T04:00:00.000Z', 'America/Chicago', '2026-03-08T23:00'],
    ['2026-03-08T07:59:00.000Z', 'America/Chicago', '2026-03-08T01:59'],
    ['2026-03-08T08:00:00.000Z', 'America/Chicago', '2026-03-08T03:00'],
    ['2026-03-02T06:00:00.000Z', 'America/Chicago', '2026-03-02T00:00'],
    ['2026-03-29T01:30:00.000Z', 'Europe/London', '2026-03-29T02:30'],
  ])('shows %s in %s as %s', (instant, zone, wall) => {
    expect(localWallTime(instant, zone)).toBe(wall);
  });
});

describe('rosterSegments', () => {
  const period = { startDate: '2026-03-01', endDate: '2026-03-31' };
  const march = { id: 1, startDate: '2026-03-01', endDate: '2026-03-28', siteIds: [1, 2], publishedAt: '2026-02-20T00:00:00.000Z' };

  it('keeps an earlier roster in force where a later one for fewer sites does not reach', () => {
    const later = { id: 2, startDate: '2026-03-15', endDate: '2026-04-11', siteIds: [1], publishedAt: '2026-02-25T00:00:00.000Z' };
    expect(rosterSegments([march, later], period)).toEqual([
      { rosterId: 1, siteId: 1, from: '2026-03-01', to: '2026-03-14' },
      { rosterId: 2, siteId: 1, from: '2026-03-15', to: '2026-03-31' },
      { rosterId: 1, siteId: 2, from: '2026-03-01', to: '2026-03-28' },
    ]);
  });

  it('breaks a tie in publish time by the higher id, and gives nothing without rosters', () => {
    const twin = { ...march, id: 5 };
    expect(rosterSegments([twin, march], period).map((s) => s.rosterId)).toEqual([5, 5]);
    expect(rosterSegments([], period)).toEqual([]);
  });
});

describe('privacy of the roster views', () => {
  /** Every field name reachable from a type, walking nested object types. */
  function reachableFields(type: GraphQLObjectType, seen = new Set<string>()): string[] {
    if (seen.has(type.name)) return [];
    seen.add(type.name);
    return Object.values(type.getFields()).flatMap((field) => {
      const named = getNamedType(field.type);
      return [`${type.name}.${field.name}`, ...(isObjectType(named) ? reachableFields(named, seen) : [])];
    });
  }

  it.each(['mySchedule', 'assignedTeam', 'publishedAssignments'])('exposes no interest, preference, request, time-off or rule from %s', (query) => {
    const root = getNamedType(buildSchema().getQueryType()!.getFields()[query].type) as GraphQLObjectType;
    const fields = reachableFields(root);
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.filter((f) => /interest|preference|request|timeoff|leave|rule|email|certification/i.test(f))).toEqual([]);
  });
});
