import { ShiftTemplateEntity } from '../../src/db/entities';
import type { TestApp } from './test-app';

/** Small builders over the API (and the table, for shift templates, which another area owns). */
export function analystFixtures(t: TestApp) {
  return {
    async site(name = 'East', rules: Record<string, unknown> = { maxMinutesPerWeek: 2400, minRestMinutes: 660 }): Promise<string> {
      const r = await t.gql<{ createSite: { id: string } }>(`mutation ($input: CreateSiteInput!) { createSite(input: $input) { id } }`, {
        input: { name, timeZone: 'America/New_York', rules },
      });
      return r.data!.createSite.id;
    },
    async skill(code: string, category = 'ehr'): Promise<string> {
      const r = await t.gql<{ createSkill: { id: string } }>(`mutation ($input: CreateSkillInput!) { createSkill(input: $input) { id } }`, {
        input: { code, name: `Skill ${code}`, category },
      });
      return r.data!.createSkill.id;
    },
    async analyst(siteId: string, name: string, extra: Record<string, unknown> = {}): Promise<string> {
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@desk.test`;
      const r = await t.gql<{ createAnalyst: { id: string } }>(`mutation ($input: CreateAnalystInput!) { createAnalyst(input: $input) { id } }`, {
        input: { name, email, siteId, background: 'it', ...extra },
      });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.createAnalyst.id;
    },
    async template(siteId: string, code: string): Promise<string> {
      const repo = t.dataSource.getRepository(ShiftTemplateEntity);
      const saved = await repo.save(repo.create({ siteId: Number(siteId), code, name: code, localStart: '07:00', lengthMinutes: 510, paidMinutes: 480, night: false, active: true }));
      return String(saved.id);
    },
  };
}

export const analystToken = (id: string) => ({ role: 'analyst' as const, analystId: Number(id) });
export const CLIENT_MANAGER = { role: 'client_manager' as const, clientIds: [1] };
