import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { check, col, fk, index, unique } from './table-helpers';

/** Sites, skills, analysts and their profiles, clients, contracts, queues, shifts and coverage targets. */
export class InitialSchema1767000000000 implements MigrationInterface {
  name = 'InitialSchema1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'site',
      columns: [col.id(), col.text('name', 120), col.text('time_zone', 64), col.double('shrinkage', { default: 0 }),
        col.json('rules'), col.bool('active', true), col.version(), col.createdAt(), col.updatedAt()],
      indices: [unique('site', ['name'])],
      checks: [check('site', 'shrinkage', 'shrinkage >= 0 AND shrinkage < 1')],
    }));
    await q.createTable(new Table({
      name: 'skill',
      columns: [col.id(), col.text('code', 40), col.text('name', 120), col.text('category', 20), col.bool('active', true)],
      indices: [unique('skill', ['code'])],
    }));
    await q.createTable(new Table({
      name: 'client',
      columns: [col.id(), col.text('name', 160), col.text('time_zone', 64), col.bool('active', true), col.version(),
        col.createdAt(), col.updatedAt()],
      indices: [unique('client', ['name'])],
    }));
    await q.createTable(new Table({
      name: 'analyst',
      columns: [col.id(), col.text('name', 120), col.text('email', 254), col.int('site_id'),
        col.text('time_zone', 64, { isNullable: true }), col.text('background', 20), col.json('rules'),
        col.int('usual_client_id', { isNullable: true }), col.int('max_development_shifts', { default: 0 }),
        col.bool('active', true), col.version(), col.createdAt(), col.updatedAt()],
      indices: [unique('analyst', ['email']), index('analyst', ['name']), index('analyst', ['site_id'])],
      foreignKeys: [fk('site_id', 'site'), fk('usual_client_id', 'client', 'SET NULL')],
      checks: [check('analyst', 'background', `background IN ('clinical', 'hospitality', 'it', 'other')`)],
    }));
    await q.createTable(new Table({
      name: 'analyst_skill',
      columns: [col.id(), col.int('analyst_id'), col.int('skill_id'), col.int('proficiency'), col.int('interest', { default: 0 }),
        col.date('certification_expires', { isNullable: true })],
      indices: [unique('analyst_skill', ['analyst_id', 'skill_id']), index('analyst_skill', ['skill_id'])],
      foreignKeys: [fk('analyst_id', 'analyst', 'CASCADE'), fk('skill_id', 'skill')],
      checks: [check('analyst_skill', 'proficiency', 'proficiency BETWEEN 0 AND 5'),
        check('analyst_skill', 'interest', 'interest BETWEEN -2 AND 2')],
    }));
    await q.createTable(new Table({
      name: 'shift_template',
      columns: [col.id(), col.int('site_id'), col.text('code', 20), col.text('name', 120), col.text('local_start', 5),
        col.int('length_minutes'), col.int('paid_minutes'), col.bool('night', false), col.bool('active', true)],
      indices: [unique('shift_template', ['site_id', 'code'])],
      foreignKeys: [fk('site_id', 'site')],
      checks: [check('shift_template', 'length', 'length_minutes > 0 AND length_minutes <= 1440'),
        check('shift_template', 'paid', 'paid_minutes >= 0 AND paid_minutes <= length_minutes')],
    }));
    await q.createTable(new Table({
      name: 'analyst_shift_preference',
      columns: [col.id(), col.int('analyst_id'), col.int('shift_template_id'), col.int('preference')],
      indices: [unique('analyst_shift_preference', ['analyst_id', 'shift_template_id'])],
      foreignKeys: [fk('analyst_id', 'analyst', 'CASCADE'), fk('shift_template_id', 'shift_template', 'CASCADE')],
      checks: [check('analyst_shift_preference', 'preference', 'preference BETWEEN -2 AND 2')],
    }));
    await q.createTable(new Table({
      name: 'analyst_request',
      columns: [col.id(), col.int('analyst_id'), col.date('on_date'), col.int('shift_template_id', { isNullable: true }),
        col.bool('wants_to_work', true), col.int('weight')],
      indices: [index('analyst_request', ['analyst_id', 'on_date'])],
      foreignKeys: [fk('analyst_id', 'analyst', 'CASCADE'), fk('shift_template_id', 'shift_template', 'CASCADE')],
      checks: [check('analyst_request', 'weight', 'weight BETWEEN 1 AND 10')],
    }));
    await q.createTable(new Table({
      name: 'time_off',
      columns: [col.id(), col.int('analyst_id'), col.date('start_date'), col.date('end_date'), col.text('status', 12),
        col.text('reason', 500, { isNullable: true })],
      indices: [index('time_off', ['analyst_id', 'start_date'])],
      foreignKeys: [fk('analyst_id', 'analyst', 'CASCADE')],
      checks: [check('time_off', 'period', 'end_date >= start_date'),
        check('time_off', 'status', `status IN ('requested', 'approved', 'rejected')`)],
    }));
    await q.createTable(new Table({
      name: 'contract',
      columns: [col.id(), col.int('client_id'), col.date('start_date'), col.date('end_date'), col.double('service_level'),
        col.int('target_answer_seconds'), col.text('staffing', 10), col.int('minimum_proficiency', { default: 0 }),
        col.bool('active', true), col.version(), col.createdAt(), col.updatedAt()],
      indices: [index('contract', ['client_id', 'start_date'])],
      foreignKeys: [fk('client_id', 'client')],
      checks: [check('contract', 'period', 'end_date >= start_date'),
        check('contract', 'service_level', 'service_level > 0 AND service_level < 1'),
        check('contract', 'target_answer', 'target_answer_seconds > 0'),
        check('contract', 'min_proficiency', 'minimum_proficiency BETWEEN 0 AND 5'),
        check('contract', 'staffing', `staffing IN ('dedicated', 'shared')`)],
    }));
    await q.createTable(new Table({
      name: 'contract_dedicated_analyst',
      columns: [col.int('contract_id', { isPrimary: true }), col.int('analyst_id', { isPrimary: true }), col.int('ordinal', { default: 0 })],
      indices: [index('contract_dedicated_analyst', ['analyst_id'])],
      foreignKeys: [fk('contract_id', 'contract', 'CASCADE'), fk('analyst_id', 'analyst', 'CASCADE')],
    }));
    await q.createTable(new Table({
      name: 'queue',
      columns: [col.id(), col.int('client_id'), col.text('name', 120), col.text('channel', 10), col.bool('active', true)],
      indices: [unique('queue', ['client_id', 'name'])],
      foreignKeys: [fk('client_id', 'client')],
      checks: [check('queue', 'channel', `channel IN ('phone', 'chat', 'portal')`)],
    }));
    await q.createTable(new Table({
      name: 'queue_skill',
      columns: [col.int('queue_id', { isPrimary: true }), col.int('skill_id', { isPrimary: true }), col.int('minimum_proficiency')],
      foreignKeys: [fk('queue_id', 'queue', 'CASCADE'), fk('skill_id', 'skill')],
      checks: [check('queue_skill', 'min_proficiency', 'minimum_proficiency BETWEEN 0 AND 5')],
    }));
    await q.createTable(new Table({
      name: 'coverage_target',
      columns: [col.id(), col.int('queue_id'), col.int('weekday', { isNullable: true }), col.date('on_date', { isNullable: true }),
        col.text('local_start', 5), col.text('local_end', 5), col.int('headcount')],
      indices: [index('coverage_target', ['queue_id'])],
      foreignKeys: [fk('queue_id', 'queue', 'CASCADE')],
      checks: [
        check('coverage_target', 'pattern', '(weekday IS NULL AND on_date IS NOT NULL) OR (weekday IS NOT NULL AND on_date IS NULL)'),
        check('coverage_target', 'weekday', 'weekday IS NULL OR weekday BETWEEN 1 AND 7'),
        check('coverage_target', 'interval', 'local_end > local_start'),
        check('coverage_target', 'headcount', 'headcount >= 0'),
      ],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['coverage_target', 'queue_skill', 'queue', 'contract_dedicated_analyst', 'contract', 'time_off',
      'analyst_request', 'analyst_shift_preference', 'shift_template', 'analyst_skill', 'analyst', 'client', 'skill', 'site']) {
      await q.dropTable(table);
    }
  }
}
