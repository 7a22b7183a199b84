import { z } from 'zod';
import type { AnalystRequestEntity, AnalystSkillEntity, TimeOffEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, isStaff, requireSelfOrStaff, requireStaff } from '../domain/actor';
import type { AnalystSkillView, AnalystView, ShiftPreferenceView, ShiftRequestView, TimeOffStatus, TimeOffView } from '../domain/analyst';
import { DomainError } from '../domain/errors';
import { idText, isoDate, parseInput } from '../domain/validation';
import type { AnalystService } from './analyst.service';

const between = (min: number, max: number) => z.number().int().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);
const version = z.number().int().positive();
const target = z.object({ analystId: idText }).passthrough();

const setSkillsInput = z.object({
  analystId: idText,
  version,
  skills: z.array(z.object({
    skillId: idText,
    proficiency: between(0, 5),
    interest: between(-2, 2).nullish(),
    certificationExpires: isoDate.nullish(),
  })).superRefine(noRepeats('skillId')),
});

const setPreferencesInput = z.object({
  analystId: idText,
  version,
  preferences: z.array(z.object({ shiftTemplateId: idText, preference: between(-2, 2) })).superRefine(noRepeats('shiftTemplateId')),
});

const addRequestInput = z.object({ analystId: idText, date: isoDate, shiftTemplateId: idText.nullish(), wantsToWork: z.boolean(), weight: between(1, 10) });

const timeOffInput = z.object({
  analystId: idText,
  startDate: isoDate,
  endDate: isoDate,
  reason: z.string().trim().max(500, 'must be at most 500 characters').nullish(),
  approved: z.boolean().nullish(),
}).superRefine((v, ctx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must not be before startDate (${v.startDate})` });
});

/** A list check: the same key may not appear twice; the second one is the field named. */
function noRepeats<K extends string>(key: K) {
  return (rows: Record<K, number>[], ctx: z.RefinementCtx) => {
    const seen = new Set<number>();
    rows.forEach((row, i) => {
      if (seen.has(row[key])) ctx.addIssue({ code: 'custom', path: [i, key], message: `appears twice (${row[key]})` });
      seen.add(row[key]);
    });
  };
}

export const toAnalystSkillView = (s: AnalystSkillEntity): AnalystSkillView => ({
  analystId: s.analystId, skillId: s.skillId, proficiency: s.proficiency, interest: s.interest, certificationExpires: s.certificationExpires,
});
export const toShiftRequestView = (r: AnalystRequestEntity): ShiftRequestView => ({
  id: String(r.id), analystId: r.analystId, date: r.onDate, shiftTemplateId: r.shiftTemplateId === null ? null : String(r.shiftTemplateId),
  wantsToWork: r.wantsToWork, weight: r.weight,
});
export const toTimeOffView = (t: TimeOffEntity): TimeOffView => ({
  id: String(t.id), analystId: String(t.analystId), startDate: t.startDate, endDate: t.endDate, status: t.status as TimeOffStatus, reason: t.reason,
});

/**
 * An analyst's own profile: skill levels, interests, shift preferences, requests and time off.
 * The analyst and staff write it. Interests, preferences, requests and time off are private to
 * them: every read goes through `readPrivate`, nested fields included.
 */
export class AnalystProfileService {
  constructor(private readonly store: Store, private readonly analysts: AnalystService) {}

  /** Runs `read` only for the analyst themself or staff; anyone else gets FORBIDDEN. */
  readPrivate<T>(actor: Actor, analystId: string | number, read: () => Promise<T>): Promise<T> {
    requireSelfOrStaff(actor, Number(analystId));
    return read();
  }

  /** An analyst's interest in one skill, for the analyst and staff only. */
  interest(actor: Actor, skill: AnalystSkillView): number {
    requireSelfOrStaff(actor, skill.analystId);
    return skill.interest;
  }

  async skillsOf(analystIds: readonly number[]): Promise<AnalystSkillView[]> {
    return (await this.store.repos.analystProfiles.findSkillsOf(analystIds)).map(toAnalystSkillView);
  }

  async preferencesOf(analystIds: readonly number[]): Promise<ShiftPreferenceView[]> {
    const rows = await this.store.repos.analystProfiles.findPreferencesOf(analystIds);
    return rows.map((p) => ({ analystId: p.analystId, shiftTemplateId: String(p.shiftTemplateId), preference: p.preference }));
  }

  async requestsOf(analystIds: readonly number[]): Promise<ShiftRequestView[]> {
    return (await this.store.repos.analystProfiles.findRequestsOf(analystIds)).map(toShiftRequestView);
  }

  async timeOffOf(analystIds: readonly number[]): Promise<TimeOffView[]> {
    return (await this.store.repos.analystProfiles.findTimeOffOf(analystIds)).map(toTimeOffView);
  }

  /** Replaces the analyst's skill levels in one transaction, under the analyst's version. */
  async setSkills(actor: Actor, input: unknown): Promise<AnalystView> {
    this.authorize(actor, input);
    const values = parseInput(setSkillsInput, input);
    const known = new Set((await this.store.repos.skills.findByIds(values.skills.map((s) => s.skillId))).map((s) => s.id));
    const unknown = values.skills.findIndex((s) => !known.has(s.skillId));
    if (unknown >= 0) throw DomainError.badInput(`input.skills.${unknown}.skillId`, `input.skills.${unknown}.skillId: there is no skill ${values.skills[unknown].skillId}`);
    await this.store.transaction(async (repos) => {
      await repos.analysts.update(values.analystId, values.version, {});
      await repos.analystProfiles.replaceSkills(values.analystId, values.skills.map((s) => ({
        skillId: s.skillId, proficiency: s.proficiency, interest: s.interest ?? 0, certificationExpires: s.certificationExpires ?? null,
      })));
    });
    return this.analysts.mustGet(values.analystId);
  }

  /** Replaces the analyst's shift preferences; each template must be at the analyst's site. */
  async setPreferences(actor: Actor, input: unknown): Promise<AnalystView> {
    this.authorize(actor, input);
    const values = parseInput(setPreferencesInput, input);
    const analyst = await this.analysts.mustGet(values.analystId);
    await this.assertTemplatesAtSite(analyst, values.preferences.map((p) => p.shiftTemplateId), (i) => `input.preferences.${i}.shiftTemplateId`);
    await this.store.transaction(async (repos) => {
      await repos.analysts.update(values.analystId, values.version, {});
      await repos.analystProfiles.replacePreferences(values.analystId, values.preferences);
    });
    return this.analysts.mustGet(values.analystId);
  }

  async addRequest(actor: Actor, input: unknown): Promise<ShiftRequestView> {
    this.authorize(actor, input);
    const values = parseInput(addRequestInput, input);
    const analyst = await this.analysts.mustGet(values.analystId);
    if (values.shiftTemplateId) await this.assertTemplatesAtSite(analyst, [values.shiftTemplateId], () => 'input.shiftTemplateId');
    const id = await this.store.repos.analystProfiles.insertRequest({
      analystId: values.analystId, onDate: values.date, shiftTemplateId: values.shiftTemplateId ?? null, wantsToWork: values.wantsToWork, weight: values.weight,
    });
    return toShiftRequestView((await this.store.repos.analystProfiles.findRequestById(id))!);
  }

  async removeRequest(actor: Actor, idInput: string): Promise<boolean> {
    const id = parseInput(idText, idInput, 'id');
    const request = await this.store.repos.analystProfiles.findRequestById(id);
    if (!request) throw DomainError.notFound('Shift request', id);
    requireSelfOrStaff(actor, request.analystId);
    await this.store.repos.analystProfiles.deleteRequest(id);
    return true;
  }

  /** An analyst asks for leave (requested); staff may record it approved at once. */
  async requestTimeOff(actor: Actor, input: unknown): Promise<TimeOffView> {
    this.authorize(actor, input);
    const values = parseInput(timeOffInput, input);
    if (values.approved && !isStaff(actor)) throw DomainError.forbidden('input.approved: only a scheduler or admin may approve time off');
    await this.analysts.mustGet(values.analystId);
    const id = await this.store.repos.analystProfiles.insertTimeOff({
      analystId: values.analystId, startDate: values.startDate, endDate: values.endDate, reason: values.reason || null,
      status: values.approved ? 'approved' : 'requested',
    });
    return toTimeOffView((await this.store.repos.analystProfiles.findTimeOffById(id))!);
  }

  /** Staff approve or reject requested time off; deciding twice is CONFLICT. */
  async decideTimeOff(actor: Actor, idInput: string, approve: boolean): Promise<TimeOffView> {
    requireStaff(actor);
    const id = parseInput(idText, idInput, 'id');
    const timeOff = await this.store.repos.analystProfiles.findTimeOffById(id);
    if (!timeOff) throw DomainError.notFound('Time off', id);
    const decided = await this.store.repos.analystProfiles.decideTimeOff(id, 'requested', approve ? 'approved' : 'rejected');
    if (!decided) throw DomainError.conflict(`Time off ${id} is no longer requested: it was ${timeOff.status} already`);
    return toTimeOffView((await this.store.repos.analystProfiles.findTimeOffById(id))!);
  }

  /** The analyst or staff withdraw time off, whatever its status. */
  async cancelTimeOff(actor: Actor, idInput: string): Promise<boolean> {
    const id = parseInput(idText, idInput, 'id');
    const timeOff = await this.store.repos.analystProfiles.findTimeOffById(id);
    if (!timeOff) throw DomainError.notFound('Time off', id);
    requireSelfOrStaff(actor, timeOff.analystId);
    await this.store.repos.analystProfiles.deleteTimeOff(id);
    return true;
  }

  /** Who may act is decided before the rest of the input is judged, so others learn nothing from errors. */
  private authorize(actor: Actor, input: unknown): void {
    requireSelfOrStaff(actor, parseInput(target, input).analystId);
  }

  private async assertTemplatesAtSite(analyst: AnalystView, ids: number[], field: (index: number) => string): Promise<void> {
    const found = new Set((await this.store.repos.analystProfiles.findTemplatesAtSite(analyst.siteId, ids)).map((t) => t.id));
    const missing = ids.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw DomainError.badInput(field(missing), `${field(missing)}: there is no shift template ${ids[missing]} at analyst ${analyst.id}'s site (${analyst.siteId})`);
    }
  }
}
