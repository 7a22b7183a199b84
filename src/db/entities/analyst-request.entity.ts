import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An analyst's wish to work (or not work) a date or one shift on it. */
@Entity({ name: 'analyst_request' })
@Index(['analystId', 'onDate'])
@Check('weight BETWEEN 1 AND 10')
export class AnalystRequestEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  analystId!: number;

  @Column({ type: 'date' })
  onDate!: string;

  /** null: the whole day. */
  @Column({ type: 'int', nullable: true })
  shiftTemplateId!: number | null;

  @Column({ type: 'boolean' })
  wantsToWork!: boolean;

  @Column({ type: 'int' })
  weight!: number;
}
