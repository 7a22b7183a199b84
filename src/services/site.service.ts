import { z } from 'zod';
import type { Store } from '../db/store';
import type { SiteEntity } from '../db/entities';
import { Actor, requireStaff } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { SiteView } from '../domain/site';
import { idText, nameText, parseInput, timeZone } from '../domain/validation';
import { workingRulesInput } from '../domain/working-rules';
import { withoutNulls } from '../domain/patch';

const shrinkage = z.number().min(0, 'must be between 0 and 1 (exclusive)').lt(1, 'must be at least 0 and below 1');

const createSiteInput = z.object({
  name: nameText(),
  timeZone,
  shrinkage: shrinkage.nullish(),
  rules: workingRulesInput.nullish(),
});

const updateSiteInput = z.object({
  id: idText,
  version: z.number().int().positive(),
  name: nameText().nullish(),
  timeZone: timeZone.nullish(),
  shrinkage: shrinkage.nullish(),
  rules: workingRulesInput.nullish(),
});

export function toSiteView(site: SiteEntity): SiteView {
  const { id, name, timeZone: zone, shrinkage: s, rules, active, version } = site;
  return { id: String(id), name, timeZone: zone, shrinkage: s, rules, active, version };
}

/** Sites: where analysts work, their zone and default working rules. Staff write; everyone reads. */
export class SiteService {
  constructor(private readonly store: Store) {}

  async list(_actor: Actor, includeInactive: boolean): Promise<SiteView[]> {
    return (await this.store.repos.sites.findAll(includeInactive)).map(toSiteView);
  }

  async get(_actor: Actor, idInput: string): Promise<SiteView | null> {
    const id = parseInput(idText, idInput, 'id');
    const site = await this.store.repos.sites.findById(id);
    return site && toSiteView(site);
  }

  async findManyByIds(ids: readonly number[]): Promise<SiteView[]> {
    return (await this.store.repos.sites.findByIds(ids)).map(toSiteView);
  }

  async create(actor: Actor, input: unknown): Promise<SiteView> {
    requireStaff(actor);
    const values = parseInput(createSiteInput, input);
    await this.assertNameFree(values.name, null);
    const id = await this.store.repos.sites.insert({ name: values.name, timeZone: values.timeZone, shrinkage: values.shrinkage ?? 0, rules: values.rules ?? {} });
    return this.mustGet(id);
  }

  async update(actor: Actor, input: unknown): Promise<SiteView> {
    requireStaff(actor);
    const { id, version, ...patch } = parseInput(updateSiteInput, input);
    if (patch.name) await this.assertNameFree(patch.name, id);
    await this.store.repos.sites.update(id, version, withoutNulls(patch));
    return this.mustGet(id);
  }

  async deactivate(actor: Actor, idInput: string): Promise<SiteView> {
    requireStaff(actor);
    const site = await this.mustGet(parseInput(idText, idInput, 'id'));
    await this.store.repos.sites.update(Number(site.id), site.version, { active: false });
    return this.mustGet(Number(site.id));
  }

  private async mustGet(id: number): Promise<SiteView> {
    const site = await this.store.repos.sites.findById(id);
    if (!site) throw DomainError.notFound('Site', id);
    return toSiteView(site);
  }

  private async assertNameFree(name: string, exceptId: number | null): Promise<void> {
    const other = await this.store.repos.sites.findByName(name);
    if (other && other.id !== exceptId) throw DomainError.badInput('input.name', `input.name: a site named "${name}" already exists (site ${other.id})`);
  }
}
