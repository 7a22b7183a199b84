import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Leave from startDate to endDate inclusive; only approved leave is a hard unavailability. */
@Entity({ name: 'time_off' })
@Index(['analystId', 'startDate'])
@Check('end_date >= start_date')
@Check(`status IN ('requested', 'approved', 'rejected')`)
export class TimeOffEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  analystId!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;
}
