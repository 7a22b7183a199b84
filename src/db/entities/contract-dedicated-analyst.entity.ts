import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** With dedicated staffing, only these analysts may work the client's queues. */
@Entity({ name: 'contract_dedicated_analyst' })
export class ContractDedicatedAnalystEntity {
  @PrimaryColumn({ type: 'int' })
  contractId!: number;

  @PrimaryColumn({ type: 'int' })
  @Index()
  analystId!: number;

  @Column({ type: 'int', default: 0 })
  ordinal!: number;
}
