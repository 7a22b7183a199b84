import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A client's terms for a period (startDate..endDate inclusive). */
@Entity({ name: 'contract' })
@Index(['clientId', 'startDate'])
@Check('end_date >= start_date')
@Check('service_level > 0 AND service_level < 1')
@Check('target_answer_seconds > 0')
@Check('minimum_proficiency BETWEEN 0 AND 5')
@Check(`staffing IN ('dedicated', 'shared')`)
export class ContractEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  clientId!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** Fraction of contacts answered within targetAnswerSeconds, e.g. 0.8. */
  @Column({ type: 'double' })
  serviceLevel!: number;

  @Column({ type: 'int' })
  targetAnswerSeconds!: number;

  @Column({ type: 'varchar', length: 10 })
  staffing!: string;

  @Column({ type: 'int', default: 0 })
  minimumProficiency!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
