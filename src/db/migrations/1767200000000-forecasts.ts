import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { check, col, createTableWithChecks, fk, index, unique } from './table-helpers';

/** A queue's forecast: its Erlang settings and the contacts expected per local interval. */
export class Forecasts1767200000000 implements MigrationInterface {
  name = 'Forecasts1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await createTableWithChecks(q, new Table({
      name: 'queue_forecast',
      columns: [col.id(), col.int('queue_id'), col.int('interval_minutes'), col.double('handle_time_seconds'), col.double('max_occupancy'),
        col.double('shrinkage', { isNullable: true }), col.updatedAt()],
      indices: [unique('queue_forecast', ['queue_id'])],
      foreignKeys: [fk('queue_id', 'queue', 'CASCADE')],
      checks: [check('queue_forecast', 'interval', 'interval_minutes IN (30, 60)'),
        check('queue_forecast', 'handle_time', 'handle_time_seconds > 0'),
        check('queue_forecast', 'max_occupancy', 'max_occupancy > 0 AND max_occupancy <= 1'),
        check('queue_forecast', 'shrinkage', 'shrinkage IS NULL OR (shrinkage >= 0 AND shrinkage < 1)')],
    }));
    await createTableWithChecks(q, new Table({
      name: 'forecast_entry',
      columns: [col.id(), col.int('queue_id'), col.int('weekday', { isNullable: true }), col.date('on_date', { isNullable: true }),
        col.text('local_start', 5), col.int('occurrence', { default: 1 }), col.double('volume')],
      indices: [index('forecast_entry', ['queue_id'])],
      foreignKeys: [fk('queue_id', 'queue', 'CASCADE')],
      checks: [
        check('forecast_entry', 'pattern', '(weekday IS NULL AND on_date IS NOT NULL) OR (weekday IS NOT NULL AND on_date IS NULL)'),
        check('forecast_entry', 'weekday', 'weekday IS NULL OR weekday BETWEEN 1 AND 7'),
        check('forecast_entry', 'occurrence', 'occurrence IN (1, 2)'),
        check('forecast_entry', 'volume', 'volume >= 0'),
      ],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['forecast_entry', 'queue_forecast']) await q.dropTable(table);
  }
}
