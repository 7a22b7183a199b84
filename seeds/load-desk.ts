import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  AnalystEntity, AnalystRequestEntity, AnalystShiftPreferenceEntity, AnalystSkillEntity, ClientEntity,
  ContractDedicatedAnalystEntity, ContractEntity, CoverageTargetEntity, QueueEntity, QueueSkillEntity,
  ShiftTemplateEntity, SiteEntity, SkillEntity, TimeOffEntity,
} from '../src/db/entities';
import type { WorkingRules } from '../src/domain/working-rules';
import type { DeskData, DeskWorkingRules } from './desk-data';

/** Database ids of what was loaded, by the generator's keys. */
export interface LoadedDesk {
  readonly ids: ReadonlyMap<string, number>;
  readonly firstAnalystId: number;
  readonly firstClientId: number;
}

/**
 * Writes a generated desk into an empty, migrated database in one transaction: all of it or none.
 *
 * @example const { firstAnalystId } = await loadDesk(dataSource, generateDesk('demo'))
 */
export async function loadDesk(dataSource: DataSource, desk: DeskData): Promise<LoadedDesk> {
  return dataSource.transaction(async (em) => {
    const ids = new Map<string, number>();
    const id = (key: string) => {
      const found = ids.get(key);
      if (found === undefined) throw new Error(`Desk data refers to unknown key ${key}`);
      return found;
    };
    const insert = async <E extends ObjectLiteral>(target: EntityTarget<E>, keys: string[], rows: Partial<E>[]) => {
      const saved = await em.getRepository(target).save(rows as E[], { chunk: 200 });
      saved.forEach((row, i) => keys[i] && ids.set(keys[i], (row as unknown as { id: number }).id));
    };

    await insert(SiteEntity, desk.sites.map((s) => s.key), desk.sites.map((s) => ({ name: s.name, timeZone: s.timeZone, shrinkage: s.shrinkage, rules: {}, active: true })));
    await insert(SkillEntity, desk.skills.map((s) => s.key), desk.skills.map((s) => ({ code: s.code, name: s.name, category: s.category, active: true })));
    await insert(ClientEntity, desk.clients.map((c) => c.key), desk.clients.map((c) => ({ name: c.name, timeZone: c.timeZone, active: true })));
    await insert(ShiftTemplateEntity, desk.shiftTemplates.map((t) => t.key), desk.shiftTemplates.map((t) => ({
      siteId: id(t.siteKey), code: t.code, name: t.name, localStart: t.localStart, lengthMinutes: t.lengthMinutes, paidMinutes: t.paidMinutes, night: t.night, active: true,
    })));
    for (const site of desk.sites) await em.update(SiteEntity, id(site.key), { rules: toRules(site.rules, id) });

    await insert(AnalystEntity, desk.analysts.map((a) => a.key), desk.analysts.map((a) => ({
      name: a.name, email: a.email, siteId: id(a.siteKey), timeZone: null, background: a.background, rules: toRules(a.rules, id),
      usualClientId: a.usualClientKey ? id(a.usualClientKey) : null, maxDevelopmentShifts: a.maxDevelopmentShifts, active: a.active,
    })));
    await insert(AnalystSkillEntity, [], desk.analysts.flatMap((a) => a.skills.map((s) => ({
      analystId: id(a.key), skillId: id(s.skillKey), proficiency: s.proficiency, interest: s.interest, certificationExpires: s.certificationExpires,
    }))));
    await insert(AnalystShiftPreferenceEntity, [], desk.analysts.flatMap((a) => a.shiftPreferences.map((p) => ({
      analystId: id(a.key), shiftTemplateId: id(p.templateKey), preference: p.preference,
    }))));
    await insert(AnalystRequestEntity, [], desk.analysts.flatMap((a) => a.requests.map((r) => ({
      analystId: id(a.key), onDate: r.date, shiftTemplateId: r.templateKey ? id(r.templateKey) : null, wantsToWork: r.wantsToWork, weight: r.weight,
    }))));
    await insert(TimeOffEntity, [], desk.analysts.flatMap((a) => a.timeOff.map((t) => ({
      analystId: id(a.key), startDate: t.startDate, endDate: t.endDate, status: t.status, reason: t.reason,
    }))));

    await insert(ContractEntity, desk.contracts.map((c) => c.key), desk.contracts.map((c) => ({
      clientId: id(c.clientKey), startDate: c.startDate, endDate: c.endDate, serviceLevel: c.serviceLevel, targetAnswerSeconds: c.targetAnswerSeconds,
      staffing: c.staffing, minimumProficiency: c.minimumProficiency, active: true,
    })));
    await insert(ContractDedicatedAnalystEntity, [], desk.contracts.flatMap((c) => c.dedicatedAnalystKeys.map((a, ordinal) => ({
      contractId: id(c.key), analystId: id(a), ordinal,
    }))));
    await insert(QueueEntity, desk.queues.map((q) => q.key), desk.queues.map((q) => ({ clientId: id(q.clientKey), name: q.name, channel: q.channel, active: true })));
    await insert(QueueSkillEntity, [], desk.queues.flatMap((q) => q.requiredSkills.map((s) => ({
      queueId: id(q.key), skillId: id(s.skillKey), minimumProficiency: s.minimumProficiency,
    }))));
    await insert(CoverageTargetEntity, [], desk.coverageTargets.map((t) => ({
      queueId: id(t.queueKey), weekday: t.weekday, onDate: t.date, localStart: t.localStart, localEnd: t.localEnd, headcount: t.headcount,
    })));

    return { ids, firstAnalystId: id(desk.analysts[0].key), firstClientId: id(desk.clients[0].key) };
  });
}

function toRules(rules: DeskWorkingRules, id: (key: string) => number): WorkingRules {
  const { maxShiftsPerTemplate, forbiddenSuccessions, fixedDaysOff, ...minutes } = rules;
  return {
    ...minutes,
    ...(maxShiftsPerTemplate && { maxShiftsPerTemplate: Object.entries(maxShiftsPerTemplate).map(([key, max]) => ({ templateId: id(key), max })) }),
    ...(forbiddenSuccessions && { forbiddenSuccessions: forbiddenSuccessions.map((f) => ({ fromTemplateId: id(f.fromTemplateKey), toTemplateId: id(f.toTemplateKey) })) }),
    ...(fixedDaysOff && { fixedDaysOff: [...fixedDaysOff] }),
  };
}

/** True when the database holds no site yet (a new install). */
export async function isEmptyDesk(em: DataSource | EntityManager): Promise<boolean> {
  return (await em.getRepository(SiteEntity).count()) === 0;
}
