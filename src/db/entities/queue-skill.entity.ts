import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A skill a queue needs, at a minimum proficiency. */
@Entity({ name: 'queue_skill' })
@Check('minimum_proficiency BETWEEN 0 AND 5')
export class QueueSkillEntity {
  @PrimaryColumn({ type: 'int' })
  queueId!: number;

  @PrimaryColumn({ type: 'int' })
  skillId!: number;

  @Column({ type: 'int' })
  minimumProficiency!: number;
}
