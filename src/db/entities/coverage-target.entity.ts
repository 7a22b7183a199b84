import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Analysts required on a queue for a local interval of the client's zone, on a weekday pattern
 * (weekday 1-7, Monday first) or on one date: exactly one of the two is set.
 */
@Entity({ name: 'coverage_target' })
@Index(['queueId'])
@Check('(weekday IS NULL AND on_date IS NOT NULL) OR (weekday IS NOT NULL AND on_date IS NULL)')
@Check('weekday IS NULL OR weekday BETWEEN 1 AND 7')
@Check('local_end > local_start')
@Check('headcount >= 0')
export class CoverageTargetEntity {
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

  @Column({ type: 'varchar', length: 5 })
  localEnd!: string;

  @Column({ type: 'int' })
  headcount!: number;
}
