import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col, unique } from './table-helpers';

/**
 * roster.scope_key names a roster's period and site set in one column (`2026-03-02|2026-03-08|1,3`)
 * so that a unique index on (scope_key, published_version) makes two published versions of the
 * same period and sites with one number impossible. Drafts have a null version, and NULLs do not
 * collide on either database.
 */
export class RosterScopeKey1767300000000 implements MigrationInterface {
  name = 'RosterScopeKey1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('roster', new TableColumn(col.text('scope_key', 512, { isNullable: true })));
    const rows: { id: number | string; start_date: string | Date; end_date: string | Date; site_ids: string }[] =
      await q.query('SELECT id, start_date, end_date, site_ids FROM roster');
    for (const r of rows) {
      const key = `${isoDay(r.start_date)}|${isoDay(r.end_date)}|${(JSON.parse(r.site_ids) as number[]).join(',')}`;
      await q.query('UPDATE roster SET scope_key = ? WHERE id = ?', [key, r.id]);
    }
    await q.changeColumn('roster', 'scope_key', new TableColumn(col.text('scope_key', 512)));
    await q.createIndex('roster', unique('roster', ['scope_key', 'published_version']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('roster', 'uq_roster_scope_key_published_version');
    await q.dropColumn('roster', 'scope_key');
  }
}

/** A DATE as read back: a string on MySQL (dateStrings) and SQLite, kept as written. */
const isoDay = (d: string | Date): string => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
