import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

/** The scope-key migration fills the key of rosters that existed before it, then guards versions. */
describe.each(testDatabases())('roster scope key migration [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('fills scope_key for existing rosters and refuses two published rosters of one scope with the same version', async () => {
    // Back to the schema before the scope key (undoing any later migration too).
    const runner = t.dataSource.createQueryRunner();
    try {
      while (await runner.hasColumn('roster', 'scope_key')) await t.dataSource.undoLastMigration({ transaction: 'each' });
    } finally {
      await runner.release();
    }
    const insert = (siteIds: string, version: number | null) => t.dataSource.query(
      `INSERT INTO roster (start_date, end_date, site_ids, status, published_version, solve_status, method, figures, seconds)
       VALUES ('2026-03-02', '2026-03-08', ?, ?, ?, 'optimal', 'test', '{}', 0)`, [siteIds, version === null ? 'draft' : 'published', version]);
    await insert('[1,3]', 1);
    await insert('[1,3]', null);
    await insert('[2]', 1);
    await t.dataSource.runMigrations({ transaction: 'each' });

    const rows: { id: number | string; scope_key: string }[] = await t.dataSource.query('SELECT id, scope_key FROM roster ORDER BY id');
    expect(rows.map((r) => r.scope_key)).toEqual(['2026-03-02|2026-03-08|1,3', '2026-03-02|2026-03-08|1,3', '2026-03-02|2026-03-08|2']);
    const second = Number(rows[1].id);
    await expect(t.dataSource.query('UPDATE roster SET published_version = 1 WHERE id = ?', [second])).rejects.toThrow(/unique|duplicate/i);
    await t.dataSource.query('UPDATE roster SET published_version = 2 WHERE id = ?', [second]);
  });
});
