import { z } from 'zod';
import type { Store } from '../db/store';
import type { SkillEntity } from '../db/entities';
import { Actor, requireStaff } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { SKILL_CATEGORIES, SkillCategory, SkillView } from '../domain/skill';
import { idText, nameText, parseInput } from '../domain/validation';
import { withoutNulls } from '../domain/patch';

const skillCode = nameText(40).regex(/^[A-Za-z0-9_.-]+$/, 'may hold only letters, digits, "_", "." and "-"');
const category = z.enum(SKILL_CATEGORIES as [SkillCategory, ...SkillCategory[]], { message: `must be one of ${SKILL_CATEGORIES.join(', ')}` });

const createSkillInput = z.object({ code: skillCode, name: nameText(), category });
const updateSkillInput = z.object({ id: idText, code: skillCode.nullish(), name: nameText().nullish(), category: category.nullish() });

export function toSkillView(skill: SkillEntity): SkillView {
  const { id, code, name, category: c, active } = skill;
  return { id: String(id), code, name, category: c as SkillCategory, active };
}

/** Skills queues need and analysts hold. Staff write; everyone signed in reads. */
export class SkillService {
  constructor(private readonly store: Store) {}

  async list(_actor: Actor, includeInactive: boolean): Promise<SkillView[]> {
    return (await this.store.repos.skills.findAll(includeInactive)).map(toSkillView);
  }

  async get(_actor: Actor, idInput: string): Promise<SkillView | null> {
    const skill = await this.store.repos.skills.findById(parseInput(idText, idInput, 'id'));
    return skill && toSkillView(skill);
  }

  async findManyByIds(ids: readonly number[]): Promise<SkillView[]> {
    return (await this.store.repos.skills.findByIds(ids)).map(toSkillView);
  }

  async create(actor: Actor, input: unknown): Promise<SkillView> {
    requireStaff(actor);
    const values = parseInput(createSkillInput, input);
    await this.assertCodeFree(values.code, null);
    return this.mustGet(await this.store.repos.skills.insert(values));
  }

  async update(actor: Actor, input: unknown): Promise<SkillView> {
    requireStaff(actor);
    const { id, ...patch } = parseInput(updateSkillInput, input);
    await this.mustGet(id);
    if (patch.code) await this.assertCodeFree(patch.code, id);
    await this.store.repos.skills.update(id, withoutNulls(patch));
    return this.mustGet(id);
  }

  async deactivate(actor: Actor, idInput: string): Promise<SkillView> {
    requireStaff(actor);
    const id = parseInput(idText, idInput, 'id');
    await this.mustGet(id);
    await this.store.repos.skills.update(id, { active: false });
    return this.mustGet(id);
  }

  private async mustGet(id: number): Promise<SkillView> {
    const skill = await this.store.repos.skills.findById(id);
    if (!skill) throw DomainError.notFound('Skill', id);
    return toSkillView(skill);
  }

  private async assertCodeFree(code: string, exceptId: number | null): Promise<void> {
    const other = await this.store.repos.skills.findByCode(code);
    if (other && other.id !== exceptId) throw DomainError.badInput('input.code', `input.code: the code "${code}" is taken by skill ${other.id} (${other.name})`);
  }
}
