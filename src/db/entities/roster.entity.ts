import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** One text for a period and site set, e.g. "2026-03-02|2026-03-08|1,3" (site ids sorted). */
export function rosterScopeKey(startDate: string, endDate: string, siteIds: readonly number[]): string {
  return `${startDate}|${endDate}|${[...siteIds].sort((a, b) => a - b).join(',')}`;
}

/**
 * A roster for a period and a set of sites: a draft until published; a published roster is
 * never changed in place, a later publish for the same period and sites supersedes it.
 */
@Entity({ name: 'roster' })
@Index(['startDate', 'endDate'])
@Index(['scopeKey', 'publishedVersion'], { unique: true })
@Check('end_date >= start_date')
@Check(`status IN ('draft', 'published', 'superseded')`)
export class RosterEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** Sorted site ids, e.g. [1, 3]. */
  @Column({ type: 'simple-json' })
  siteIds!: number[];

  /** rosterScopeKey of the period and sites; unique with publishedVersion. */
  @Column({ type: 'varchar', length: 512 })
  scopeKey!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: string;

  /** 1, 2, ... among published rosters of the same period and sites; null while a draft. */
  @Column({ type: 'int', nullable: true })
  publishedVersion!: number | null;

  /** The solver's status: optimal, feasible, timedout, infeasible, ... */
  @Column({ type: 'varchar', length: 12 })
  solveStatus!: string;

  @Column({ type: 'varchar', length: 40 })
  method!: string;

  @Column({ type: 'double', nullable: true })
  objective!: number | null;

  @Column({ type: 'double', nullable: true })
  bound!: number | null;

  @Column({ type: 'double', nullable: true })
  gap!: number | null;

  /** The evaluator's figures and objective terms, as the solver returned them. */
  @Column({ type: 'simple-json' })
  figures!: Record<string, unknown>;

  @Column({ type: 'double', default: 0 })
  seconds!: number;

  @Column({ type: 'int', nullable: true })
  jobId!: number | null;

  @Column({ type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
