import { z } from 'zod';
import type { ClientEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, isStaff, requireStaff } from '../domain/actor';
import type { ClientView } from '../domain/client';
import { DomainError } from '../domain/errors';
import { idText, nameText, parseInput, timeZone } from '../domain/validation';
import { assertClientVisible, badField, requireClientReader } from './client-access';
import { withoutNulls } from '../domain/patch';

const createClientInput = z.object({ name: nameText(160), timeZone });

const updateClientInput = z.object({
  id: idText,
  version: z.number().int().positive(),
  name: nameText(160).nullish(),
  timeZone: timeZone.nullish(),
});

export function toClientView({ id, name, timeZone: zone, active, version }: ClientEntity): ClientView {
  return { id: String(id), name, timeZone: zone, active, version };
}

/** Clients: staff write and read all; a client manager reads only their own; analysts nothing. */
export class ClientService {
  constructor(private readonly store: Store) {}

  async list(actor: Actor, includeInactive: boolean): Promise<ClientView[]> {
    requireClientReader(actor);
    const rows = await this.store.repos.clients.findAll(includeInactive, isStaff(actor) ? null : actor.clientIds);
    return rows.map(toClientView);
  }

  async get(actor: Actor, idInput: string): Promise<ClientView> {
    requireClientReader(actor);
    const id = parseInput(idText, idInput, 'id');
    const client = await this.store.repos.clients.findById(id);
    assertClientVisible(actor, client && client.id, 'Client', id);
    return toClientView(client!);
  }

  /** For batch loading under an already authorized parent. */
  async findManyByIds(ids: readonly number[]): Promise<ClientView[]> {
    return (await this.store.repos.clients.findByIds(ids)).map(toClientView);
  }

  async create(actor: Actor, input: unknown): Promise<ClientView> {
    requireStaff(actor);
    const values = parseInput(createClientInput, input);
    await this.assertNameFree(values.name, null);
    return this.mustGet(await this.store.repos.clients.insert(values));
  }

  async update(actor: Actor, input: unknown): Promise<ClientView> {
    requireStaff(actor);
    const { id, version, ...patch } = parseInput(updateClientInput, input);
    if (patch.name) await this.assertNameFree(patch.name, id);
    await this.store.repos.clients.update(id, version, withoutNulls(patch));
    return this.mustGet(id);
  }

  async deactivate(actor: Actor, idInput: string): Promise<ClientView> {
    requireStaff(actor);
    const client = await this.mustGet(parseInput(idText, idInput, 'id'));
    await this.store.repos.clients.update(Number(client.id), client.version, { active: false });
    return this.mustGet(Number(client.id));
  }

  private async mustGet(id: number): Promise<ClientView> {
    const client = await this.store.repos.clients.findById(id);
    if (!client) throw DomainError.notFound('Client', id);
    return toClientView(client);
  }

  private async assertNameFree(name: string, exceptId: number | null): Promise<void> {
    const other = await this.store.repos.clients.findByName(name);
    if (other && other.id !== exceptId) throw badField('input.name', `a client named "${name}" already exists (client ${other.id})`);
  }
}
