import { z } from 'zod';
import type { ContractEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import type { ContractStaffing, ContractView, DedicatedAnalystView } from '../domain/client';
import { DomainError } from '../domain/errors';
import { groupInOrder } from '../domain/grouping';
import { idText, isoDate, parseInput } from '../domain/validation';
import { assertClientVisible, badField, requireClientReader } from './client-access';
import { withoutNulls } from '../domain/patch';

const serviceLevel = z.number().gt(0, 'must be above 0 and below 1, e.g. 0.8 for 80%').lt(1, 'must be above 0 and below 1, e.g. 0.8 for 80%');
const targetAnswerSeconds = z.number().int('must be whole seconds').positive('must be a positive number of seconds');
const staffing = z.enum(['dedicated', 'shared']);
const minimumProficiency = z.number().int('must be a whole level').min(0, 'must be a level 0-5').max(5, 'must be a level 0-5');

const createContractInput = z.object({
  clientId: idText,
  startDate: isoDate,
  endDate: isoDate,
  serviceLevel,
  targetAnswerSeconds,
  staffing,
  dedicatedAnalystIds: z.array(idText).nullish(),
  minimumProficiency: minimumProficiency.nullish(),
});

const updateContractInput = z.object({
  id: idText,
  version: z.number().int().positive(),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  serviceLevel: serviceLevel.nullish(),
  targetAnswerSeconds: targetAnswerSeconds.nullish(),
  staffing: staffing.nullish(),
  dedicatedAnalystIds: z.array(idText).nullish(),
  minimumProficiency: minimumProficiency.nullish(),
});

export function toContractView(row: ContractEntity): ContractView {
  const { id, clientId, startDate, endDate, serviceLevel: level, targetAnswerSeconds: seconds, minimumProficiency: min, active, version } = row;
  return { id: String(id), clientId, startDate, endDate, serviceLevel: level, targetAnswerSeconds: seconds, staffing: row.staffing as ContractStaffing, minimumProficiency: min, active, version };
}

/** Contracts of clients: staff write; client managers read their own clients'; analysts nothing. */
export class ContractService {
  constructor(private readonly store: Store) {}

  async get(actor: Actor, idInput: string): Promise<ContractView> {
    requireClientReader(actor);
    const id = parseInput(idText, idInput, 'id');
    const contract = await this.store.repos.contracts.findById(id);
    assertClientVisible(actor, contract && contract.clientId, 'Contract', id);
    return toContractView(contract!);
  }

  /** Contracts per client id, for batch loading under already authorized clients. */
  async listForClients(clientIds: readonly number[]): Promise<ContractView[][]> {
    const rows = (await this.store.repos.contracts.findByClientIds(clientIds)).map(toContractView);
    return groupInOrder(clientIds, rows, (c) => c.clientId);
  }

  /** Dedicated analysts (id and name) per contract id, for batch loading. */
  async dedicatedAnalystsForContracts(contractIds: readonly number[]): Promise<DedicatedAnalystView[][]> {
    const rows = await this.store.repos.contracts.findDedicatedByContractIds(contractIds);
    return groupInOrder(contractIds, rows, (r) => r.contractId).map((group) => group.map((r) => ({ id: String(r.analystId), name: r.name })));
  }

  async create(actor: Actor, input: unknown): Promise<ContractView> {
    requireStaff(actor);
    const { dedicatedAnalystIds, ...values } = parseInput(createContractInput, input);
    const analystIds = dedicatedAnalystIds ?? [];
    if (!(await this.store.repos.clients.findById(values.clientId))) throw badField('input.clientId', `no client has id ${values.clientId}`);
    assertPeriod(values.startDate, values.endDate, 'input.endDate');
    assertStaffing(values.staffing, analystIds.length, 'input.dedicatedAnalystIds');
    await this.assertNoOverlap(values.clientId, values.startDate, values.endDate, null);
    await this.assertAnalystsExist(analystIds);
    const id = await this.store.transaction(async (repos) => {
      const contractId = await repos.contracts.insert({ ...values, minimumProficiency: values.minimumProficiency ?? 0 });
      await repos.contracts.replaceDedicated(contractId, analystIds);
      return contractId;
    });
    return this.mustGet(id);
  }

  /** Applies the given fields if `version` is current; dedicated analysts are replaced in the same transaction. */
  async update(actor: Actor, input: unknown): Promise<ContractView> {
    requireStaff(actor);
    const { id, version, dedicatedAnalystIds, ...given } = parseInput(updateContractInput, input);
    const patch = withoutNulls(given);
    const current = await this.mustGet(id);
    const merged = { ...current, ...patch };
    assertPeriod(merged.startDate, merged.endDate, patch.endDate ? 'input.endDate' : 'input.startDate');
    const analystCount = dedicatedAnalystIds ? dedicatedAnalystIds.length : await this.store.repos.contracts.countDedicated(id);
    assertStaffing(merged.staffing, analystCount, dedicatedAnalystIds ? 'input.dedicatedAnalystIds' : 'input.staffing');
    if (merged.active) await this.assertNoOverlap(merged.clientId, merged.startDate, merged.endDate, id);
    if (dedicatedAnalystIds) await this.assertAnalystsExist(dedicatedAnalystIds);
    await this.store.transaction(async (repos) => {
      await repos.contracts.update(id, version, patch);
      if (dedicatedAnalystIds) await repos.contracts.replaceDedicated(id, dedicatedAnalystIds);
    });
    return this.mustGet(id);
  }

  async deactivate(actor: Actor, idInput: string): Promise<ContractView> {
    requireStaff(actor);
    const contract = await this.mustGet(parseInput(idText, idInput, 'id'));
    await this.store.repos.contracts.update(Number(contract.id), contract.version, { active: false });
    return this.mustGet(Number(contract.id));
  }

  private async mustGet(id: number): Promise<ContractView> {
    const contract = await this.store.repos.contracts.findById(id);
    if (!contract) throw DomainError.notFound('Contract', id);
    return toContractView(contract);
  }

  /** One client has at most one active contract on any date, so the terms in force are never ambiguous. */
  private async assertNoOverlap(clientId: number, startDate: string, endDate: string, exceptId: number | null): Promise<void> {
    const contracts = await this.store.repos.contracts.findByClientIds([clientId]);
    const other = contracts.find((c) => c.active && c.id !== exceptId && c.startDate <= endDate && startDate <= c.endDate);
    if (other) {
      throw badField('input.startDate', `the period ${startDate}..${endDate} overlaps contract ${other.id} (${other.startDate}..${other.endDate}) of the same client; a client has one active contract at a time`);
    }
  }

  private async assertAnalystsExist(ids: readonly number[]): Promise<void> {
    const existing = await this.store.repos.contracts.findExistingAnalystIds(ids);
    ids.forEach((analystId, i) => {
      const field = `input.dedicatedAnalystIds.${i}`;
      if (!existing.has(analystId)) throw badField(field, `no analyst has id ${analystId}`);
      if (ids.indexOf(analystId) !== i) throw badField(field, `analyst ${analystId} is listed twice`);
    });
  }
}

/** ISO dates compare correctly as text. */
function assertPeriod(startDate: string, endDate: string, field: string): void {
  if (endDate < startDate) throw badField(field, `the period ${startDate}..${endDate} ends before it starts`);
}

/** Dedicated analysts only make sense when only they may work the client's queues. */
function assertStaffing(staffing: ContractStaffing, analystCount: number, field: string): void {
  if (staffing === 'shared' && analystCount > 0) {
    throw badField(field, `dedicated analysts are only allowed with dedicated staffing; this contract is shared and lists ${analystCount}`);
  }
}
