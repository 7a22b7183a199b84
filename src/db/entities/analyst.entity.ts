import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { WorkingRules } from '../../domain/working-rules';

@Entity({ name: 'analyst' })
@Check(`background IN ('clinical', 'hospitality', 'it', 'other')`)
export class AnalystEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 120 })
  @Index()
  name!: string;

  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'int' })
  @Index()
  siteId!: number;

  /** Own zone for reading the schedule; null means the home site's zone. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  @Column({ type: 'varchar', length: 20 })
  background!: string;

  /** Overrides of the site's default working rules, field by field. */
  @Column({ type: 'simple-json' })
  rules!: WorkingRules;

  @Column({ type: 'int', nullable: true })
  usualClientId!: number | null;

  @Column({ type: 'int', default: 0 })
  maxDevelopmentShifts!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Secret in the analyst's calendar feed URL; rotating it revokes the old URL. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  calendarToken!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
