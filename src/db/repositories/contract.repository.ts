import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AnalystEntity, ContractDedicatedAnalystEntity, ContractEntity } from '../entities';
import { updateVersioned } from './versioned-update';

export type ContractValues = Pick<ContractEntity,
  'clientId' | 'startDate' | 'endDate' | 'serviceLevel' | 'targetAnswerSeconds' | 'staffing' | 'minimumProficiency'>;

/** A dedicated analyst of a contract, with the analyst's name only. */
export interface DedicatedAnalystRow {
  contractId: number;
  analystId: number;
  name: string;
}

export class ContractRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(ContractEntity);
  }

  findById(id: number): Promise<ContractEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByClientIds(clientIds: readonly number[]): Promise<ContractEntity[]> {
    return this.repo.find({ where: { clientId: In([...clientIds]) }, order: { startDate: 'ASC', id: 'ASC' } });
  }

  async insert(values: ContractValues): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, active: true }));
    return saved.id;
  }

  update(id: number, version: number, patch: Partial<Omit<ContractValues, 'clientId'> & { active: boolean }>) {
    const em = 'manager' in this.db ? this.db.manager : this.db;
    return updateVersioned(em, ContractEntity, 'Contract', id, version, patch);
  }

  /** Dedicated analysts of these contracts, in the order they were given. */
  findDedicatedByContractIds(contractIds: readonly number[]): Promise<DedicatedAnalystRow[]> {
    return this.db
      .createQueryBuilder(ContractDedicatedAnalystEntity, 'cda')
      .innerJoin(AnalystEntity, 'a', 'a.id = cda.analyst_id')
      .select(['cda.contract_id AS contractId', 'cda.analyst_id AS analystId', 'a.name AS name'])
      .where('cda.contract_id IN (:...contractIds)', { contractIds: [...contractIds] })
      .orderBy('cda.contract_id').addOrderBy('cda.ordinal')
      .getRawMany<DedicatedAnalystRow>()
      .then((rows) => rows.map((r) => ({ contractId: Number(r.contractId), analystId: Number(r.analystId), name: r.name })));
  }

  /** Replaces the contract's dedicated analysts with `analystIds`, keeping their order. */
  async replaceDedicated(contractId: number, analystIds: readonly number[]): Promise<void> {
    const repo = this.db.getRepository(ContractDedicatedAnalystEntity);
    await repo.delete({ contractId });
    if (analystIds.length > 0) await repo.insert(analystIds.map((analystId, ordinal) => ({ contractId, analystId, ordinal })));
  }

  countDedicated(contractId: number): Promise<number> {
    return this.db.getRepository(ContractDedicatedAnalystEntity).countBy({ contractId });
  }

  /** Which of these analyst ids exist. */
  async findExistingAnalystIds(ids: readonly number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.getRepository(AnalystEntity).find({ where: { id: In([...ids]) }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }
}
