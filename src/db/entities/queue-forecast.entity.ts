import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A queue's forecast settings: interval length, handle time, occupancy cap and an optional shrinkage of its own. */
@Entity({ name: 'queue_forecast' })
@Index(['queueId'], { unique: true })
@Check('interval_minutes IN (30, 60)')
@Check('handle_time_seconds > 0')
@Check('max_occupancy > 0 AND max_occupancy <= 1')
@Check('shrinkage IS NULL OR (shrinkage >= 0 AND shrinkage < 1)')
export class QueueForecastEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  queueId!: number;

  @Column({ type: 'int' })
  intervalMinutes!: number;

  /** Average handle time (talk plus wrap-up) in seconds. */
  @Column({ type: 'double' })
  handleTimeSeconds!: number;

  @Column({ type: 'double' })
  maxOccupancy!: number;

  /** Overrides the serving sites' shrinkage when set. */
  @Column({ type: 'double', nullable: true })
  shrinkage!: number | null;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
