import { MigrationInterface, QueryRunner } from 'typeorm';

/** The JSON columns that grow with a roster: its figures, and a job's options and progress. */
const LONG_JSON_COLUMNS = [['roster', 'figures'], ['roster_job', 'options'], ['roster_job', 'progress']] as const;

/**
 * MySQL's TEXT holds 64 KB, less than the figures of a large roster or a job's diagnostics; these
 * columns become LONGTEXT there. SQLite's TEXT has no such limit, so nothing changes on it.
 */
export class LongJson1767400000000 implements MigrationInterface {
  name = 'LongJson1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await setType(q, 'LONGTEXT');
  }

  async down(q: QueryRunner): Promise<void> {
    await setType(q, 'TEXT');
  }
}

async function setType(q: QueryRunner, type: 'LONGTEXT' | 'TEXT'): Promise<void> {
  if (q.connection.options.type !== 'mysql') return;
  for (const [table, column] of LONG_JSON_COLUMNS) await q.query(`ALTER TABLE \`${table}\` MODIFY \`${column}\` ${type} NOT NULL`);
}
