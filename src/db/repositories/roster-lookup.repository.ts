import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AnalystEntity, ClientEntity, QueueEntity, ShiftTemplateEntity } from '../entities';

export interface NamedRow {
  readonly id: number;
  readonly name: string;
}

export interface QueueNameRow extends NamedRow {
  readonly clientId: number;
}

export interface TemplateNameRow extends NamedRow {
  readonly code: string;
  readonly siteId: number;
}

/** Names of what assignments point at, a batch of ids per query (for DataLoaders). */
export class RosterLookupRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  analystNames(ids: readonly number[]): Promise<NamedRow[]> {
    return this.db.getRepository(AnalystEntity).find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
  }

  queueNames(ids: readonly number[]): Promise<QueueNameRow[]> {
    return this.db.getRepository(QueueEntity).find({ where: { id: In([...ids]) }, select: { id: true, name: true, clientId: true } });
  }

  clientNames(ids: readonly number[]): Promise<NamedRow[]> {
    return this.db.getRepository(ClientEntity).find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
  }

  templateNames(ids: readonly number[]): Promise<TemplateNameRow[]> {
    return this.db.getRepository(ShiftTemplateEntity).find({ where: { id: In([...ids]) }, select: { id: true, name: true, code: true, siteId: true } });
  }

}
