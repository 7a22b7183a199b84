import { z } from 'zod';
import type { ShiftTemplateEntity } from '../db/entities';
import type { Store } from '../db/store';
import { Actor, requireStaff } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { ShiftTemplateView } from '../domain/shift-template';
import { idText, localTime, nameText, parseInput } from '../domain/validation';
import { badField } from './client-access';
import { withoutNulls } from '../domain/patch';

const code = z.string().trim().min(1, 'must not be empty').max(20, 'must be at most 20 characters');
const localStart = localTime.refine((t) => t !== '24:00', 'must be before 24:00: a shift starts within the day');
const lengthMinutes = z.number().int('must be whole minutes').min(1, 'must be 1 to 1440 minutes').max(1440, 'must be 1 to 1440 minutes');
const paidMinutes = z.number().int('must be whole minutes').min(0, 'must be 0 or more minutes');

const createTemplateInput = z.object({
  siteId: idText, code, name: nameText(120), localStart, lengthMinutes, paidMinutes, night: z.boolean().nullish(),
});

const updateTemplateInput = z.object({
  id: idText,
  code: code.nullish(),
  name: nameText(120).nullish(),
  localStart: localStart.nullish(),
  lengthMinutes: lengthMinutes.nullish(),
  paidMinutes: paidMinutes.nullish(),
  night: z.boolean().nullish(),
});

export function toShiftTemplateView(row: ShiftTemplateEntity): ShiftTemplateView {
  const { id, siteId, code: c, name, localStart: start, lengthMinutes: length, paidMinutes: paid, night, active } = row;
  return { id: String(id), siteId, code: c, name, localStart: start, lengthMinutes: length, paidMinutes: paid, night, active };
}

/** Shift templates of sites: staff write; every authenticated user reads. */
export class ShiftTemplateService {
  constructor(private readonly store: Store) {}

  async list(_actor: Actor, siteIdInput: string | null, includeInactive: boolean): Promise<ShiftTemplateView[]> {
    const siteId = siteIdInput == null ? null : parseInput(idText, siteIdInput, 'siteId');
    return (await this.store.repos.shiftTemplates.findAll(siteId, includeInactive)).map(toShiftTemplateView);
  }

  async get(_actor: Actor, idInput: string): Promise<ShiftTemplateView> {
    return this.mustGet(parseInput(idText, idInput, 'id'));
  }

  async create(actor: Actor, input: unknown): Promise<ShiftTemplateView> {
    requireStaff(actor);
    const { night, ...values } = parseInput(createTemplateInput, input);
    assertPaidWithinLength(values.paidMinutes, values.lengthMinutes, 'input.paidMinutes');
    if (!(await this.store.repos.sites.findById(values.siteId))) throw badField('input.siteId', `no site has id ${values.siteId}`);
    await this.assertCodeFree(values.siteId, values.code, null);
    return this.mustGet(await this.store.repos.shiftTemplates.insert({ ...values, night: night ?? false }));
  }

  async update(actor: Actor, input: unknown): Promise<ShiftTemplateView> {
    requireStaff(actor);
    const { id, ...given } = parseInput(updateTemplateInput, input);
    const patch = withoutNulls(given);
    const current = await this.mustGet(id);
    const field = patch.paidMinutes !== undefined ? 'input.paidMinutes' : 'input.lengthMinutes';
    assertPaidWithinLength(patch.paidMinutes ?? current.paidMinutes, patch.lengthMinutes ?? current.lengthMinutes, field);
    if (patch.code) await this.assertCodeFree(current.siteId, patch.code, id);
    await this.store.repos.shiftTemplates.update(id, patch);
    return this.mustGet(id);
  }

  async deactivate(actor: Actor, idInput: string): Promise<ShiftTemplateView> {
    requireStaff(actor);
    const template = await this.mustGet(parseInput(idText, idInput, 'id'));
    await this.store.repos.shiftTemplates.update(Number(template.id), { active: false });
    return this.mustGet(Number(template.id));
  }

  private async mustGet(id: number): Promise<ShiftTemplateView> {
    const template = await this.store.repos.shiftTemplates.findById(id);
    if (!template) throw DomainError.notFound('Shift template', id);
    return toShiftTemplateView(template);
  }

  private async assertCodeFree(siteId: number, templateCode: string, exceptId: number | null): Promise<void> {
    const other = await this.store.repos.shiftTemplates.findBySiteAndCode(siteId, templateCode);
    if (other && other.id !== exceptId) throw badField('input.code', `site ${siteId} already has a shift template coded "${templateCode}" (template ${other.id})`);
  }
}

/** Paid time is the length less unpaid breaks, so it can never exceed the length. */
function assertPaidWithinLength(paid: number, length: number, field: string): void {
  if (paid > length) throw badField(field, `paid minutes (${paid}) must not exceed the shift's length (${length} minutes)`);
}
