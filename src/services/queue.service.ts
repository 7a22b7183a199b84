import { z } from 'zod';
import type { QueueEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { groupInOrder } from '../domain/grouping';
import type { QueueChannel, QueueView, RequiredSkillView } from '../domain/queue';
import { idText, nameText, parseInput } from '../domain/validation';
import { assertClientVisible, badField, requireClientReader } from './client-access';
import { withoutNulls } from '../domain/patch';

const channel = z.enum(['phone', 'chat', 'portal']);
const requiredSkills = z.array(z.object({
  skillId: idText,
  minimumProficiency: z.number().int('must be a whole level').min(0, 'must be a level 0-5').max(5, 'must be a level 0-5'),
}));

const createQueueInput = z.object({ clientId: idText, name: nameText(120), channel, requiredSkills: requiredSkills.nullish() });

const updateQueueInput = z.object({ id: idText, name: nameText(120).nullish(), channel: channel.nullish(), requiredSkills: requiredSkills.nullish() });

type RequiredSkillValues = z.output<typeof requiredSkills>;

export function toQueueView({ id, clientId, name, channel: ch, active }: QueueEntity): QueueView {
  return { id: String(id), clientId, name, channel: ch as QueueChannel, active };
}

/** Queues of clients and the skills they need: staff write; client managers read their own clients'. */
export class QueueService {
  constructor(private readonly store: Store) {}

  async get(actor: Actor, idInput: string): Promise<QueueView> {
    requireClientReader(actor);
    const id = parseInput(idText, idInput, 'id');
    const queue = await this.store.repos.queues.findById(id);
    assertClientVisible(actor, queue && queue.clientId, 'Queue', id);
    return toQueueView(queue!);
  }

  /** Queues per client id, for batch loading under already authorized clients. */
  async listForClients(clientIds: readonly number[]): Promise<QueueView[][]> {
    const rows = (await this.store.repos.queues.findByClientIds(clientIds)).map(toQueueView);
    return groupInOrder(clientIds, rows, (q) => q.clientId);
  }

  /** Required skills per queue id, with skill codes, for batch loading. */
  async requiredSkillsForQueues(queueIds: readonly number[]): Promise<RequiredSkillView[][]> {
    const rows = await this.store.repos.queues.findRequiredSkillsByQueueIds(queueIds);
    return groupInOrder(queueIds, rows, (r) => r.queueId)
      .map((group) => group.map((r) => ({ skillId: String(r.skillId), skillCode: r.skillCode, minimumProficiency: r.minimumProficiency })));
  }

  async create(actor: Actor, input: unknown): Promise<QueueView> {
    requireStaff(actor);
    const { requiredSkills: skills, ...values } = parseInput(createQueueInput, input);
    if (!(await this.store.repos.clients.findById(values.clientId))) throw badField('input.clientId', `no client has id ${values.clientId}`);
    await this.assertNameFree(values.clientId, values.name, null);
    await this.assertSkillsExist(skills ?? []);
    const id = await this.store.transaction(async (repos) => {
      const queueId = await repos.queues.insert(values);
      await repos.queues.replaceRequiredSkills(queueId, skills ?? []);
      return queueId;
    });
    return this.mustGet(id);
  }

  /** Changes the given fields; a given skill list replaces the whole set in the same transaction. */
  async update(actor: Actor, input: unknown): Promise<QueueView> {
    requireStaff(actor);
    const { id, requiredSkills: skills, ...given } = parseInput(updateQueueInput, input);
    const current = await this.mustGet(id);
    const patch = withoutNulls(given);
    if (patch.name) await this.assertNameFree(current.clientId, patch.name, id);
    if (skills) await this.assertSkillsExist(skills);
    await this.store.transaction(async (repos) => {
      await repos.queues.update(id, patch);
      if (skills) await repos.queues.replaceRequiredSkills(id, skills);
    });
    return this.mustGet(id);
  }

  async deactivate(actor: Actor, idInput: string): Promise<QueueView> {
    requireStaff(actor);
    const queue = await this.mustGet(parseInput(idText, idInput, 'id'));
    await this.store.repos.queues.update(Number(queue.id), { active: false });
    return this.mustGet(Number(queue.id));
  }

  private async mustGet(id: number): Promise<QueueView> {
    const queue = await this.store.repos.queues.findById(id);
    if (!queue) throw DomainError.notFound('Queue', id);
    return toQueueView(queue);
  }

  private async assertNameFree(clientId: number, name: string, exceptId: number | null): Promise<void> {
    const other = await this.store.repos.queues.findByClientAndName(clientId, name);
    if (other && other.id !== exceptId) throw badField('input.name', `client ${clientId} already has a queue named "${name}" (queue ${other.id})`);
  }

  private async assertSkillsExist(skills: RequiredSkillValues): Promise<void> {
    const ids = skills.map((s) => s.skillId);
    const existing = await this.store.repos.queues.findExistingSkillIds(ids);
    ids.forEach((skillId, i) => {
      const field = `input.requiredSkills.${i}.skillId`;
      if (!existing.has(skillId)) throw badField(field, `no skill has id ${skillId}`);
      if (ids.indexOf(skillId) !== i) throw badField(field, `skill ${skillId} is listed twice`);
    });
  }
}
