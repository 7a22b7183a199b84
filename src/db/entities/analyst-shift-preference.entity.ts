import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'analyst_shift_preference' })
@Index(['analystId', 'shiftTemplateId'], { unique: true })
@Check('preference BETWEEN -2 AND 2')
export class AnalystShiftPreferenceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  analystId!: number;

  @Column({ type: 'int' })
  shiftTemplateId!: number;

  @Column({ type: 'int' })
  preference!: number;
}
