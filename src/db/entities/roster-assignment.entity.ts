import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One analyst on one shift on one queue on a date of a roster, with its exact instants in UTC. */
@Entity({ name: 'roster_assignment' })
@Index(['rosterId', 'analystId', 'onDate'], { unique: true })
@Index(['analystId', 'onDate'])
@Index(['queueId', 'onDate'])
@Check('end_at > start_at')
@Check(`source IN ('solver', 'manual')`)
export class RosterAssignmentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  rosterId!: number;

  @Column({ type: 'int' })
  analystId!: number;

  @Column({ type: 'date' })
  onDate!: string;

  @Column({ type: 'int' })
  shiftTemplateId!: number;

  @Column({ type: 'int' })
  queueId!: number;

  @Column({ type: 'datetime' })
  startAt!: Date;

  @Column({ type: 'datetime' })
  endAt!: Date;

  @Column({ type: 'int' })
  paidMinutes!: number;

  @Column({ type: 'boolean', default: false })
  night!: boolean;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'varchar', length: 8 })
  source!: string;

  @Column({ type: 'boolean', default: false })
  development!: boolean;

  @Column({ type: 'double', default: 0 })
  alignmentScore!: number;

  /** proficiency, interest, shiftPreference, continuity (see the solver's AlignmentParts). */
  @Column({ type: 'simple-json' })
  alignmentParts!: Record<string, number>;
}
