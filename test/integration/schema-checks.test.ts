import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

/** The database itself refuses rows that break an invariant, whatever code wrote them. */
describe.each(testDatabases())('database checks [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  beforeAll(async () => {
    await t.dataSource.query(`INSERT INTO site (name, time_zone, shrinkage, rules) VALUES ('East', 'UTC', 0, '{}')`);
    await t.dataSource.query(`INSERT INTO skill (code, name, category) VALUES ('EPIC', 'Epic', 'ehr')`);
    await t.dataSource.query(`INSERT INTO client (name, time_zone) VALUES ('Riverside', 'UTC')`);
    await t.dataSource.query(`INSERT INTO queue (client_id, name, channel) VALUES (1, 'Desk', 'phone')`);
    await t.dataSource.query(`INSERT INTO analyst (name, email, site_id, background, rules) VALUES ('Ana', 'ana@x.org', 1, 'it', '{}')`);
  });

  it.each([
    ['proficiency above 5', `INSERT INTO analyst_skill (analyst_id, skill_id, proficiency, interest) VALUES (1, 1, 7, 0)`],
    ['interest below -2', `INSERT INTO analyst_skill (analyst_id, skill_id, proficiency, interest) VALUES (1, 1, 3, -3)`],
    ['a coverage interval ending before it starts', `INSERT INTO coverage_target (queue_id, weekday, local_start, local_end, headcount) VALUES (1, 1, '10:00', '09:00', 1)`],
    ['a reversed contract period', `INSERT INTO contract (client_id, start_date, end_date, service_level, target_answer_seconds, staffing) VALUES (1, '2026-03-10', '2026-03-01', 0.8, 30, 'shared')`],
    ['an unknown background', `INSERT INTO analyst (name, email, site_id, background, rules) VALUES ('Bo', 'bo@x.org', 1, 'pirate', '{}')`],
  ])('refuses %s', async (_what, sql) => {
    await expect(t.dataSource.query(sql)).rejects.toThrow(/CHECK|constraint/i);
  });

  it('refuses a second proficiency row for the same analyst and skill', async () => {
    await t.dataSource.query(`INSERT INTO analyst_skill (analyst_id, skill_id, proficiency, interest) VALUES (1, 1, 3, 0)`);
    await expect(t.dataSource.query(`INSERT INTO analyst_skill (analyst_id, skill_id, proficiency, interest) VALUES (1, 1, 4, 0)`)).rejects.toThrow(/UNIQUE|Duplicate/i);
  });
});
