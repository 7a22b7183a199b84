import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A solve running outside any HTTP request; its row is the truth about its status and progress. */
@Entity({ name: 'roster_job' })
@Index(['status'])
@Check('end_date >= start_date')
@Check(`status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`)
export class RosterJobEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'simple-json' })
  siteIds!: number[];

  /** Solve options as requested (time limit, seed, gap). */
  @Column({ type: 'simple-json' })
  options!: Record<string, unknown>;

  /** Re-solving this draft: its pins are kept. */
  @Column({ type: 'int', nullable: true })
  baseRosterId!: number | null;

  @Column({ type: 'varchar', length: 12 })
  status!: string;

  /** Latest progress: phase, best objective so far, gap, elapsed seconds. */
  @Column({ type: 'simple-json' })
  progress!: Record<string, unknown>;

  @Column({ type: 'int', nullable: true })
  rosterId!: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  error!: string | null;

  @Column({ type: 'varchar', length: 120 })
  requestedBy!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  finishedAt!: Date | null;
}
