import type { DataSource, EntityManager } from 'typeorm';
import { Between, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { Background, Channel, DeskData, DeskWorkingRules, IsoWeekday, SkillCategory } from '../../../seeds/desk-data';
import type { WorkingRules } from '../../domain/working-rules';
import {
  AnalystEntity, AnalystRequestEntity, AnalystShiftPreferenceEntity, AnalystSkillEntity, ClientEntity, ContractDedicatedAnalystEntity,
  ContractEntity, CoverageTargetEntity, QueueEntity, QueueSkillEntity, ShiftTemplateEntity, SiteEntity, SkillEntity, TimeOffEntity,
} from '../entities';

/** Inclusive ISO dates. */
export interface SnapshotPeriod {
  readonly start: string;
  readonly end: string;
}

const key = (id: number): string => String(id);

/** Database rules name templates by id; the desk shape names them by key (String(id)). */
export function toDeskRules(rules: WorkingRules): DeskWorkingRules {
  const { maxShiftsPerTemplate, forbiddenSuccessions, fixedDaysOff, ...minutes } = rules;
  return {
    ...minutes,
    ...(maxShiftsPerTemplate && { maxShiftsPerTemplate: Object.fromEntries(maxShiftsPerTemplate.map((l) => [key(l.templateId), l.max])) }),
    ...(forbiddenSuccessions && { forbiddenSuccessions: forbiddenSuccessions.map((f) => ({ fromTemplateKey: key(f.fromTemplateId), toTemplateKey: key(f.toTemplateId) })) }),
    ...(fixedDaysOff && { fixedDaysOff: fixedDaysOff as IsoWeekday[] }),
  };
}

/**
 * Reads what a solve needs for a period and a set of sites into the plain desk shape, keyed by
 * String(database id): about fifteen queries whatever the desk's size, never one per row.
 * Dedicated analysts are listed only when they belong to the loaded sites: others cannot be
 * rostered by this solve, so a dedicated queue with none of them left has nobody eligible.
 */
export class DeskSnapshotRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  async load(period: SnapshotPeriod, siteIds: readonly number[]): Promise<DeskData> {
    const em = 'manager' in this.db ? this.db.manager : this.db;
    const overlaps = { startDate: LessThanOrEqual(period.end), endDate: MoreThanOrEqual(period.start) };
    const sites = await em.findBy(SiteEntity, { id: In([...siteIds]) });
    const analysts = await em.find(AnalystEntity, { where: { siteId: In([...siteIds]), active: true }, order: { id: 'ASC' } });
    const analystIds = analysts.map((a) => a.id);
    const contracts = await em.find(ContractEntity, { where: { active: true, ...overlaps }, order: { id: 'ASC' } });
    const clientIds = [...new Set(contracts.map((c) => c.clientId))];
    const clients = await em.find(ClientEntity, { where: { id: In(clientIds), active: true }, order: { id: 'ASC' } });
    const queues = await em.find(QueueEntity, { where: { clientId: In(clients.map((c) => c.id)), active: true }, order: { id: 'ASC' } });
    const queueIds = queues.map((q) => q.id);
    const [skills, analystSkills, preferences, requests, timeOff, dedicated, queueSkills, templates, targets] = await Promise.all([
      em.find(SkillEntity, { order: { id: 'ASC' } }),
      em.find(AnalystSkillEntity, { where: { analystId: In(analystIds) }, order: { id: 'ASC' } }),
      em.find(AnalystShiftPreferenceEntity, { where: { analystId: In(analystIds) }, order: { id: 'ASC' } }),
      em.find(AnalystRequestEntity, { where: { analystId: In(analystIds), onDate: Between(period.start, period.end) }, order: { id: 'ASC' } }),
      em.find(TimeOffEntity, { where: { analystId: In(analystIds), status: In(['approved', 'requested']), ...overlaps }, order: { id: 'ASC' } }),
      em.find(ContractDedicatedAnalystEntity, { where: { contractId: In(contracts.map((c) => c.id)), analystId: In(analystIds) }, order: { contractId: 'ASC', ordinal: 'ASC' } }),
      em.find(QueueSkillEntity, { where: { queueId: In(queueIds) }, order: { queueId: 'ASC', skillId: 'ASC' } }),
      em.find(ShiftTemplateEntity, { where: { siteId: In([...siteIds]), active: true }, order: { id: 'ASC' } }),
      em.find(CoverageTargetEntity, { where: { queueId: In(queueIds) }, order: { id: 'ASC' } }),
    ]);
    const byOwner = <T, K>(rows: T[], owner: (row: T) => K) => groupBy(rows, owner);
    const skillsOf = byOwner(analystSkills, (s) => s.analystId);
    const prefsOf = byOwner(preferences, (p) => p.analystId);
    const requestsOf = byOwner(requests, (r) => r.analystId);
    const timeOffOf = byOwner(timeOff, (t) => t.analystId);
    const dedicatedOf = byOwner(dedicated, (d) => d.contractId);
    const queueSkillsOf = byOwner(queueSkills, (s) => s.queueId);
    const liveClients = new Set(clients.map((c) => c.id));
    return {
      preset: 'database',
      seed: 0,
      periodStart: period.start,
      periodEnd: period.end,
      sites: sites.map((s) => ({ key: key(s.id), name: s.name, timeZone: s.timeZone, rules: toDeskRules(s.rules), shrinkage: s.shrinkage })),
      skills: skills.map((s) => ({ key: key(s.id), code: s.code, name: s.name, category: s.category as SkillCategory })),
      analysts: analysts.map((a) => ({
        key: key(a.id), name: a.name, email: a.email, siteKey: key(a.siteId), background: a.background as Background, active: a.active,
        rules: toDeskRules(a.rules),
        skills: (skillsOf.get(a.id) ?? []).map((s) => ({ skillKey: key(s.skillId), proficiency: s.proficiency, interest: s.interest, certificationExpires: s.certificationExpires })),
        shiftPreferences: (prefsOf.get(a.id) ?? []).map((p) => ({ templateKey: key(p.shiftTemplateId), preference: p.preference })),
        usualClientKey: a.usualClientId === null ? null : key(a.usualClientId),
        requests: (requestsOf.get(a.id) ?? []).map((r) => ({
          wantsToWork: Boolean(r.wantsToWork), date: r.onDate, templateKey: r.shiftTemplateId === null ? null : key(r.shiftTemplateId), weight: r.weight,
        })),
        timeOff: (timeOffOf.get(a.id) ?? []).map((t) => ({ startDate: t.startDate, endDate: t.endDate, status: t.status as 'approved' | 'requested', reason: null })),
        maxDevelopmentShifts: a.maxDevelopmentShifts,
      })),
      clients: clients.map((c) => ({ key: key(c.id), name: c.name, timeZone: c.timeZone })),
      contracts: contracts.filter((c) => liveClients.has(c.clientId)).map((c) => ({
        key: key(c.id), clientKey: key(c.clientId), startDate: c.startDate, endDate: c.endDate, serviceLevel: c.serviceLevel,
        targetAnswerSeconds: c.targetAnswerSeconds, staffing: c.staffing as 'dedicated' | 'shared', minimumProficiency: c.minimumProficiency,
        dedicatedAnalystKeys: (dedicatedOf.get(c.id) ?? []).map((d) => key(d.analystId)),
      })),
      queues: queues.map((q) => ({
        key: key(q.id), clientKey: key(q.clientId), name: q.name, channel: q.channel as Channel,
        requiredSkills: (queueSkillsOf.get(q.id) ?? []).map((s) => ({ skillKey: key(s.skillId), minimumProficiency: s.minimumProficiency })),
        // Service hours are not stored; coverage targets carry the demand.
        hours: { weekdays: [1, 2, 3, 4, 5, 6, 7], localStart: '00:00', localEnd: '24:00' },
      })),
      shiftTemplates: templates.map((t) => ({
        key: key(t.id), siteKey: key(t.siteId), code: t.code, name: t.name, localStart: t.localStart, lengthMinutes: t.lengthMinutes, paidMinutes: t.paidMinutes, night: Boolean(t.night),
      })),
      coverageTargets: targets.filter((t) => t.onDate === null || (t.onDate >= period.start && t.onDate <= period.end)).map((t) => ({
        queueKey: key(t.queueId), weekday: t.weekday as IsoWeekday | null, date: t.onDate, localStart: t.localStart, localEnd: t.localEnd, headcount: t.headcount,
      })),
    };
  }
}

function groupBy<T, K>(rows: readonly T[], owner: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = owner(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
