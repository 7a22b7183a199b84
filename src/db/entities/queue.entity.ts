import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'queue' })
@Index(['clientId', 'name'], { unique: true })
@Check(`channel IN ('phone', 'chat', 'portal')`)
export class QueueEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'int' })
  clientId!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  channel!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
