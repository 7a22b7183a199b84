import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { check, col, fk, index, unique } from './table-helpers';

/** Rosters, their assignments and solve jobs; each analyst's calendar feed token. */
export class Rosters1767100000000 implements MigrationInterface {
  name = 'Rosters1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'roster_job',
      columns: [col.id(), col.date('start_date'), col.date('end_date'), col.json('site_ids'), col.json('options'),
        col.int('base_roster_id', { isNullable: true }), col.text('status', 12), col.json('progress'),
        col.int('roster_id', { isNullable: true }), col.text('error', 2000, { isNullable: true }), col.text('requested_by', 120),
        col.createdAt(), col.datetime('started_at', { isNullable: true }), col.datetime('finished_at', { isNullable: true })],
      indices: [index('roster_job', ['status'])],
      checks: [check('roster_job', 'period', 'end_date >= start_date'),
        check('roster_job', 'status', `status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`)],
    }));
    await q.createTable(new Table({
      name: 'roster',
      columns: [col.id(), col.date('start_date'), col.date('end_date'), col.json('site_ids'), col.text('status', 12),
        col.int('published_version', { isNullable: true }), col.text('solve_status', 12), col.text('method', 40),
        col.double('objective', { isNullable: true }), col.double('bound', { isNullable: true }), col.double('gap', { isNullable: true }),
        col.json('figures'), col.double('seconds', { default: 0 }), col.int('job_id', { isNullable: true }),
        col.datetime('published_at', { isNullable: true }), col.version(), col.createdAt()],
      indices: [index('roster', ['start_date', 'end_date'])],
      foreignKeys: [fk('job_id', 'roster_job', 'SET NULL')],
      checks: [check('roster', 'period', 'end_date >= start_date'),
        check('roster', 'status', `status IN ('draft', 'published', 'superseded')`)],
    }));
    await q.createTable(new Table({
      name: 'roster_assignment',
      columns: [col.id(), col.int('roster_id'), col.int('analyst_id'), col.date('on_date'), col.int('shift_template_id'), col.int('queue_id'),
        col.datetime('start_at'), col.datetime('end_at'), col.int('paid_minutes'), col.bool('night', false), col.bool('pinned', false),
        col.text('source', 8), col.bool('development', false), col.double('alignment_score', { default: 0 }), col.json('alignment_parts')],
      indices: [unique('roster_assignment', ['roster_id', 'analyst_id', 'on_date']), index('roster_assignment', ['analyst_id', 'on_date']),
        index('roster_assignment', ['queue_id', 'on_date'])],
      foreignKeys: [fk('roster_id', 'roster', 'CASCADE'), fk('analyst_id', 'analyst'), fk('shift_template_id', 'shift_template'), fk('queue_id', 'queue')],
      checks: [check('roster_assignment', 'instants', 'end_at > start_at'),
        check('roster_assignment', 'source', `source IN ('solver', 'manual')`)],
    }));
    await q.addColumn('analyst', new TableColumn(col.text('calendar_token', 64, { isNullable: true })));
    await q.createIndex('analyst', new TableIndex({ name: 'uq_analyst_calendar_token', columnNames: ['calendar_token'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('analyst', 'uq_analyst_calendar_token');
    await q.dropColumn('analyst', 'calendar_token');
    for (const table of ['roster_assignment', 'roster', 'roster_job']) await q.dropTable(table);
  }
}
