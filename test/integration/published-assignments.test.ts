import type { Logger } from 'typeorm';
import {
  AnalystEntity, ClientEntity, QueueEntity, RosterAssignmentEntity, RosterEntity, ShiftTemplateEntity, SiteEntity,
} from '../../src/db/entities';
import { rosterScopeKey } from '../../src/db/entities/roster.entity';
import { createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

/** Counts every SQL statement the data source sends. */
class CountingLogger implements Logger {
  statements = 0;
  logQuery(): void {
    this.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

const PAGE = `query ($period: SchedulePeriodInput!, $first: Int, $after: String) {
  publishedAssignments(period: $period, first: $first, after: $after) {
    edges { cursor node { id date start end localStart localEnd timeZone paidMinutes night
      analyst { id name } queue { name channel } client { name timeZone } shiftTemplate { code name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const PERIOD = { startDate: '2026-03-02', endDate: '2026-05-31' };
const DAYS = 91;

interface Page {
  publishedAssignments: {
    edges: { cursor: string; node: { id: string; date: string; analyst: { name: string }; queue: { name: string }; client: { name: string }; shiftTemplate: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe.each(testDatabases())('publishedAssignments and batch loading [%s]', (kind) => {
  let t: TestApp;
  const logger = new CountingLogger();

  beforeAll(async () => {
    t = await createTestApp(kind, { logger });
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  /** A published roster of `count` assignments: analysts x days over PERIOD, spread over 2 clients, 4 queues, 2 templates. */
  async function publishRoster(count: number): Promise<void> {
    const db = t.dataSource;
    const site = await db.getRepository(SiteEntity).save({ name: 'Central', timeZone: 'America/Chicago', shrinkage: 0, rules: {}, active: true });
    const clients = await db.getRepository(ClientEntity).save([1, 2].map((n) => ({ name: `Client ${n}`, timeZone: 'America/New_York', active: true })));
    const queues = await db.getRepository(QueueEntity).save([0, 1, 2, 3].map((n) => ({ clientId: clients[n % 2].id, name: `Queue ${n}`, channel: 'phone', active: true })));
    const templates = await db.getRepository(ShiftTemplateEntity).save(['day', 'night'].map((code, n) => ({
      siteId: site.id, code, name: code, localStart: n ? '23:00' : '07:00', lengthMinutes: 510, paidMinutes: 480, night: n === 1, active: true,
    })));
    const analystCount = Math.ceil(count / DAYS);
    const analysts = Array.from({ length: analystCount }, (_, i) => ({
      name: `Analyst ${i}`, email: `a${i}@example.test`, siteId: site.id, timeZone: null, background: 'it', rules: {}, usualClientId: null, maxDevelopmentShifts: 0, active: true,
    }));
    for (let i = 0; i < analysts.length; i += 200) await db.getRepository(AnalystEntity).insert(analysts.slice(i, i + 200));
    const analystIds = (await db.getRepository(AnalystEntity).find({ select: { id: true }, order: { id: 'ASC' } })).map((a) => a.id);
    const roster = await db.getRepository(RosterEntity).save({
      startDate: PERIOD.startDate, endDate: PERIOD.endDate, siteIds: [site.id], scopeKey: rosterScopeKey(PERIOD.startDate, PERIOD.endDate, [site.id]),
      status: 'published', publishedVersion: 1, solveStatus: 'feasible',
      method: 'test', objective: null, bound: null, gap: null, figures: {}, seconds: 0, jobId: null, publishedAt: new Date('2026-02-20T00:00:00Z'),
    });
    const rows = Array.from({ length: count }, (_, n) => {
      const day = n % DAYS;
      const start = Date.UTC(2026, 2, 2 + day, 13);
      return {
        rosterId: roster.id, analystId: analystIds[Math.floor(n / DAYS)], onDate: new Date(start).toISOString().slice(0, 10), shiftTemplateId: templates[n % 2].id,
        queueId: queues[n % 4].id, startAt: new Date(start), endAt: new Date(start + 510 * 60000), paidMinutes: 480, night: false, pinned: false,
        source: 'solver', development: false, alignmentScore: 0, alignmentParts: {},
      };
    });
    for (let i = 0; i < rows.length; i += 400) await db.getRepository(RosterAssignmentEntity).insert(rows.slice(i, i + 400));
  }

  async function statementsToRead(count: number): Promise<number> {
    await publishRoster(count);
    logger.statements = 0;
    const result = await t.gql<Page>(PAGE, { period: PERIOD, first: 10000 });
    const statements = logger.statements;
    const edges = result.data!.publishedAssignments.edges;
    expect(edges).toHaveLength(count);
    expect(result.data!.publishedAssignments.pageInfo.hasNextPage).toBe(false);
    expect(edges.every(({ node }) => node.analyst.name && node.queue.name && node.client.name && node.shiftTemplate.code)).toBe(true);
    return statements;
  }

  it('reads 10,000 assignments with analyst, queue, client and template in the same few statements as 100', async () => {
    const small = await statementsToRead(100);
    await t.reset();
    const large = await statementsToRead(10000);
    expect(large).toBe(small);
    // Rosters in force, the page of assignments, the analysts' zones, then one batch per loader:
    // analysts, queues, templates, clients.
    expect(large).toBe(7);
  });

  it('pages by date then id without gaps or repeats', async () => {
    await publishRoster(250);
    const all = await t.gql<Page>(PAGE, { period: PERIOD, first: 1000 });
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = (await t.gql<Page>(PAGE, { period: PERIOD, first: 40, after })).data!;
      ids.push(...page.publishedAssignments.edges.map((e) => e.node.id));
      after = page.publishedAssignments.pageInfo.hasNextPage ? page.publishedAssignments.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.data!.publishedAssignments.edges.map((e) => e.node.id));
    const dates = all.data!.publishedAssignments.edges.map((e) => e.node.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('is for staff only', async () => {
    await publishRoster(10);
    expect((await t.gql<Page>(PAGE, { period: PERIOD }, { role: 'admin' })).data!.publishedAssignments.edges).toHaveLength(10);
    expect(errorCodes(await t.gql(PAGE, { period: PERIOD }, { role: 'analyst', analystId: 1 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(PAGE, { period: PERIOD }, { role: 'client_manager', clientIds: [1] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(PAGE, { period: PERIOD }, null))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 10001 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ period: { startDate: '2026-03-02', endDate: '2026-06-30' } }, 'period.endDate'],
  ])('rejects %j as BAD_USER_INPUT on %s', async (variables, field) => {
    const result = await t.gql(PAGE, { period: PERIOD, ...variables });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
