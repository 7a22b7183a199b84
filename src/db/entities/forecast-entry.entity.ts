import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Contacts expected on a queue in one interval starting at localStart (the client's zone), on a
 * weekday pattern (1-7, Monday first) or on one date: exactly one of the two is set. Occurrence 2
 * is the second pass through a local time repeated when clocks fall back.
 */
@Entity({ name: 'forecast_entry' })
@Index(['queueId'])
@Check('(weekday IS NULL AND on_date IS NOT NULL) OR (weekday IS NOT NULL AND on_date IS NULL)')
@Check('weekday IS NULL OR weekday BETWEEN 1 AND 7')
@Check('occurrence IN (1, 2)')
@Check('volume >= 0')
export class ForecastEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  queueId!: number;

  @Column({ type: 'int', nullable: true })
  weekday!: number | null;

  @Column({ type: 'date', nullable: true })
  onDate!: string | null;

  @Column({ type: 'varchar', length: 5 })
  localStart!: string;

  @Column({ type: 'int', default: 1 })
  occurrence!: number;

  @Column({ type: 'double' })
  volume!: number;
}
