import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { WorkingRules } from '../../domain/working-rules';

@Entity({ name: 'site' })
export class SiteEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 120, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  /** Fraction of paid time lost to breaks, training and absence; 0 <= shrinkage < 1. */
  @Column({ type: 'double', default: 0 })
  shrinkage!: number;

  /** Default working rules of the site's analysts. */
  @Column({ type: 'simple-json' })
  rules!: WorkingRules;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
