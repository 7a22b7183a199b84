import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A named shift at a site; localStart is wall-clock "HH:mm" in the site's zone. */
@Entity({ name: 'shift_template' })
@Index(['siteId', 'code'], { unique: true })
@Check('length_minutes > 0 AND length_minutes <= 1440')
@Check('paid_minutes >= 0 AND paid_minutes <= length_minutes')
export class ShiftTemplateEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  siteId!: number;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 5 })
  localStart!: string;

  @Column({ type: 'int' })
  lengthMinutes!: number;

  @Column({ type: 'int' })
  paidMinutes!: number;

  @Column({ type: 'boolean', default: false })
  night!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
