import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { ClientEntity } from '../entities';
import { updateVersioned } from './versioned-update';

export class ClientRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(ClientEntity);
  }

  /** Every client, or only those among `onlyIds` when given (a client manager's). */
  findAll(includeInactive: boolean, onlyIds: readonly number[] | null): Promise<ClientEntity[]> {
    const where = { ...(includeInactive ? {} : { active: true }), ...(onlyIds ? { id: In([...onlyIds]) } : {}) };
    return this.repo.find({ where, order: { name: 'ASC', id: 'ASC' } });
  }

  findById(id: number): Promise<ClientEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly number[]): Promise<ClientEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findByName(name: string): Promise<ClientEntity | null> {
    return this.repo.findOneBy({ name });
  }

  async insert(values: Pick<ClientEntity, 'name' | 'timeZone'>): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, active: true }));
    return saved.id;
  }

  update(id: number, version: number, patch: Partial<Pick<ClientEntity, 'name' | 'timeZone' | 'active'>>) {
    const em = 'manager' in this.db ? this.db.manager : this.db;
    return updateVersioned(em, ClientEntity, 'Client', id, version, patch);
  }
}
