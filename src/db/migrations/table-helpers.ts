import { TableCheck, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Column builders for migrations that must run unchanged on SQLite and MySQL/MariaDB:
 * only portable types (int, varchar, double, boolean, date, datetime, text), snake_case names.
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
  json: (name: string): TableColumnOptions => ({ name, type: 'text' }),
  double: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'double', ...opts }),
  bool: (name: string, def: boolean): TableColumnOptions => ({ name, type: 'boolean', default: def }),
  date: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'date', ...opts }),
  datetime: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...opts }),
  version: (): TableColumnOptions => ({ name: 'version', type: 'int', default: 1 }),
  createdAt: (): TableColumnOptions => ({ name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' }),
  updatedAt: (): TableColumnOptions => ({ name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' }),
};

export const fk = (column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL' = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

export const unique = (table: string, columns: string[]) =>
  new TableIndex({ name: `uq_${table}_${columns.join('_')}`, columnNames: columns, isUnique: true });

export const index = (table: string, columns: string[]) =>
  new TableIndex({ name: `ix_${table}_${columns.join('_')}`, columnNames: columns });

export const check = (table: string, name: string, expression: string) =>
  new TableCheck({ name: `ck_${table}_${name}`, expression });
