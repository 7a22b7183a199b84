import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'analyst_skill' })
@Index(['analystId', 'skillId'], { unique: true })
@Check('proficiency BETWEEN 0 AND 5')
@Check('interest BETWEEN -2 AND 2')
export class AnalystSkillEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  analystId!: number;

  @Column({ type: 'int' })
  @Index()
  skillId!: number;

  @Column({ type: 'int' })
  proficiency!: number;

  @Column({ type: 'int', default: 0 })
  interest!: number;

  /** ISO date after which the skill may not be used; null when no certification applies. */
  @Column({ type: 'date', nullable: true })
  certificationExpires!: string | null;
}
