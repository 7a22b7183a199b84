import { QueryRunner, Table, TableCheck, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Column builders for migrations that must run unchanged on SQLite and MySQL/MariaDB:
 * only portable types (int, varchar, double, boolean, date, datetime, text; longtext only through
 * longTextType), snake_case names.
 */
export const col = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  int: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'int', ...opts }),
  text: (name: string, length: number, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    ...opts,
  }),
  /** JSON as TEXT: capped at 64 KB on MySQL. Kept for the migrations that used it; new JSON columns use longJson. */
  json: (name: string): TableColumnOptions => ({ name, type: 'text' }),
  /** JSON text of any size: LONGTEXT on MySQL/MariaDB (TEXT stops at 64 KB there), TEXT on SQLite (unbounded). */
  longJson: (q: QueryRunner, name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: longTextType(q), ...opts }),
  double: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'double', ...opts }),
  bool: (name: string, def: boolean): TableColumnOptions => ({ name, type: 'boolean', default: def }),
  date: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'date', ...opts }),
  datetime: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...opts }),
  version: (): TableColumnOptions => ({ name: 'version', type: 'int', default: 1 }),
  createdAt: (): TableColumnOptions => ({ name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' }),
  updatedAt: (): TableColumnOptions => ({ name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' }),
};

/** The type for text without a practical size limit on this database. */
export const longTextType = (q: QueryRunner): string => (q.connection.options.type === 'mysql' ? 'longtext' : 'text');

export const fk = (column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL' = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

export const unique = (table: string, columns: string[]) =>
  new TableIndex({ name: `uq_${table}_${columns.join('_')}`, columnNames: columns, isUnique: true });

export const index = (table: string, columns: string[]) =>
  new TableIndex({ name: `ix_${table}_${columns.join('_')}`, columnNames: columns });

export const check = (table: string, name: string, expression: string) =>
  new TableCheck({ name: `ck_${table}_${name}`, expression });

/**
 * Creates a table with its checks on every database. TypeORM's MySQL driver leaves a Table's
 * checks out of CREATE TABLE without a word, while MariaDB 10.2+ and MySQL 8.0.16+ enforce CHECK
 * constraints, so on MySQL they are added by ALTER TABLE.
 */
export async function createTableWithChecks(q: QueryRunner, table: Table): Promise<void> {
  await q.createTable(table);
  if (q.connection.options.type !== 'mysql') return;
  for (const { name, expression } of table.checks) {
    await q.query(`ALTER TABLE \`${table.name}\` ADD CONSTRAINT \`${name}\` CHECK (${expression})`);
  }
}
