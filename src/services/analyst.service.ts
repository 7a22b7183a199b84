import { z } from 'zod';
import type { AnalystEntity } from '../db/entities';
import type { AnalystSearch } from '../db/repositories/analyst.repository';
import type { Store } from '../db/store';
import { Actor, isStaff, requireSelfOrStaff, requireStaff } from '../domain/actor';
import { AnalystPage, AnalystView, Background, BACKGROUNDS } from '../domain/analyst';
import { decodeNameCursor, encodeNameCursor } from '../domain/cursor';
import { DomainError } from '../domain/errors';
import type { SiteView } from '../domain/site';
import { emailText, idText, nameText, parseInput, timeZone } from '../domain/validation';
import { mergeWorkingRules, WorkingRules, workingRulesInput } from '../domain/working-rules';
import { withoutNulls } from '../domain/patch';

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

const background = z.enum(BACKGROUNDS as [Background, ...Background[]], { message: `must be one of ${BACKGROUNDS.join(', ')}` });
const developmentShifts = z.number().int().min(0, 'must be between 0 and 366').max(366, 'must be between 0 and 366');

const createAnalystInput = z.object({
  name: nameText(),
  email: emailText,
  siteId: idText,
  timeZone: timeZone.nullish(),
  background,
  rules: workingRulesInput.nullish(),
  usualClientId: idText.nullish(),
  maxDevelopmentShifts: developmentShifts.nullish(),
});

const updateAnalystInput = z.object({
  id: idText,
  version: z.number().int().positive(),
  name: nameText().nullish(),
  email: emailText.nullish(),
  siteId: idText.nullish(),
  timeZone: timeZone.nullish(),
  background: background.nullish(),
  rules: workingRulesInput.nullish(),
  usualClientId: idText.nullish(),
  maxDevelopmentShifts: developmentShifts.nullish(),
});

/** What an analyst may change on their own profile; everything else is for staff. */
const SELF_EDITABLE = new Set(['id', 'version', 'name', 'timeZone']);

const pageSize = z.number().int().min(1, `must be between 1 and ${PAGE_SIZE_MAX}`).max(PAGE_SIZE_MAX, `must be between 1 and ${PAGE_SIZE_MAX}`);
const searchArgs = z.object({
  first: pageSize.nullish(),
  after: z.string().nullish(),
  filter: z.object({
    siteId: idText.nullish(),
    skill: z.object({ skillId: idText, minProficiency: z.number().int().min(0, 'must be between 0 and 5').max(5, 'must be between 0 and 5').nullish() }).nullish(),
    background: background.nullish(),
    text: z.string().trim().max(120, 'must be at most 120 characters').nullish(),
    includeInactive: z.boolean().nullish(),
  }).nullish(),
});

export function toAnalystView(a: AnalystEntity): AnalystView {
  return {
    id: String(a.id), name: a.name, email: a.email, siteId: a.siteId, timeZone: a.timeZone, background: a.background as Background,
    rules: a.rules, usualClientId: a.usualClientId === null ? null : String(a.usualClientId),
    maxDevelopmentShifts: a.maxDevelopmentShifts, active: a.active, version: a.version,
  };
}

/** Analysts: staff keep them; an analyst reads their own profile and edits its personal parts. */
export class AnalystService {
  constructor(private readonly store: Store) {}

  /** Staff only: a page of analysts ordered by name then id, after an opaque cursor. */
  async search(actor: Actor, args: unknown): Promise<AnalystPage> {
    requireStaff(actor);
    const { first, after, filter } = parseInput(searchArgs, args, '');
    const limit = first ?? PAGE_SIZE_DEFAULT;
    const search: AnalystSearch = {
      ...withoutNulls({ siteId: filter?.siteId, background: filter?.background, text: filter?.text || null }),
      skill: filter?.skill ? { skillId: filter.skill.skillId, minProficiency: filter.skill.minProficiency ?? 1 } : undefined,
      includeInactive: filter?.includeInactive ?? false,
    };
    const afterKey = after ? decodeNameCursor(after, 'after') : null;
    const [rows, totalCount] = await Promise.all([this.store.repos.analysts.findPage(search, afterKey, limit + 1), this.store.repos.analysts.count(search)]);
    const edges = rows.slice(0, limit).map((a) => ({ node: toAnalystView(a), cursor: encodeNameCursor(a) }));
    const pageInfo = {
      hasNextPage: rows.length > limit,
      hasPreviousPage: afterKey !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    };
    return { edges, pageInfo, totalCount };
  }

  /** The analyst themself or staff; null when there is no such analyst. */
  async get(actor: Actor, idInput: string): Promise<AnalystView | null> {
    const id = parseInput(idText, idInput, 'id');
    requireSelfOrStaff(actor, id);
    const analyst = await this.store.repos.analysts.findById(id);
    return analyst && toAnalystView(analyst);
  }

  /** The profile of the analyst the token names. */
  async myProfile(actor: Actor): Promise<AnalystView> {
    if (actor.role !== 'analyst' || actor.analystId === null) throw DomainError.forbidden(`A ${actor.role} token names no analyst profile`);
    return this.mustGet(actor.analystId);
  }

  async findManyByIds(ids: readonly number[]): Promise<AnalystView[]> {
    return (await this.store.repos.analysts.findByIds(ids)).map(toAnalystView);
  }

  /** The rules in force: the site's defaults under the analyst's own overrides. */
  effectiveRules(analyst: AnalystView, site: SiteView | null): WorkingRules {
    return mergeWorkingRules(site?.rules ?? {}, analyst.rules);
  }

  async create(actor: Actor, input: unknown): Promise<AnalystView> {
    requireStaff(actor);
    const values = parseInput(createAnalystInput, input);
    await this.assertReferences(values, null);
    const id = await this.store.repos.analysts.insert({
      ...values, timeZone: values.timeZone ?? null, rules: values.rules ?? {}, usualClientId: values.usualClientId ?? null,
      maxDevelopmentShifts: values.maxDevelopmentShifts ?? 0,
    });
    return this.mustGet(id);
  }

  /** Staff change anything; an analyst only their own name and time zone. */
  async update(actor: Actor, input: unknown): Promise<AnalystView> {
    const { id, version, ...patch } = parseInput(updateAnalystInput, input);
    requireSelfOrStaff(actor, id);
    const changes = withoutNulls(patch);
    const staffOnly = Object.keys(changes).find((field) => !SELF_EDITABLE.has(field));
    if (staffOnly && !isStaff(actor)) throw DomainError.forbidden(`input.${staffOnly}: only a scheduler or admin may change an analyst's ${staffOnly}`);
    await this.assertReferences(changes, id);
    await this.store.repos.analysts.update(id, version, changes);
    return this.mustGet(id);
  }

  async deactivate(actor: Actor, idInput: string): Promise<AnalystView> {
    requireStaff(actor);
    const analyst = await this.mustGet(parseInput(idText, idInput, 'id'));
    await this.store.repos.analysts.update(Number(analyst.id), analyst.version, { active: false });
    return this.mustGet(Number(analyst.id));
  }

  async mustGet(id: number): Promise<AnalystView> {
    const analyst = await this.store.repos.analysts.findById(id);
    if (!analyst) throw DomainError.notFound('Analyst', id);
    return toAnalystView(analyst);
  }

  /** Site and usual client must exist, and the email must be free, before anything is written. */
  private async assertReferences(values: { siteId?: number; usualClientId?: number | null; email?: string }, exceptId: number | null): Promise<void> {
    const { repos } = this.store;
    if (values.siteId !== undefined && !(await repos.sites.findById(values.siteId))) {
      throw DomainError.badInput('input.siteId', `input.siteId: there is no site ${values.siteId}`);
    }
    if (values.usualClientId != null && !(await repos.analysts.clientExists(values.usualClientId))) {
      throw DomainError.badInput('input.usualClientId', `input.usualClientId: there is no client ${values.usualClientId}`);
    }
    const other = values.email ? await repos.analysts.findByEmail(values.email) : null;
    if (other && other.id !== exceptId) throw DomainError.badInput('input.email', `input.email: "${values.email}" is already the email of analyst ${other.id}`);
  }
}
