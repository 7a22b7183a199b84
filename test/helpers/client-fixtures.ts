import { AnalystEntity, SkillEntity } from '../../src/db/entities';
import type { TestApp } from './test-app';

/**
 * Rows the client, contract, queue and shift template tests build on. Skills and analysts are
 * inserted directly: their API is another area's; clients and sites go through GraphQL.
 */
export async function createClient(t: TestApp, name = 'Mercy Health', timeZone = 'America/Chicago'): Promise<string> {
  const result = await t.gql<{ createClient: { id: string } }>(`mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { name, timeZone } });
  if (!result.data) throw new Error(`createClient failed: ${JSON.stringify(result.errors)}`);
  return result.data.createClient.id;
}

export async function createSite(t: TestApp, name = 'Omaha', timeZone = 'America/Chicago'): Promise<string> {
  const result = await t.gql<{ createSite: { id: string } }>(`mutation ($input: CreateSiteInput!) { createSite(input: $input) { id } }`, { input: { name, timeZone } });
  if (!result.data) throw new Error(`createSite failed: ${JSON.stringify(result.errors)}`);
  return result.data.createSite.id;
}

export async function insertSkill(t: TestApp, code: string): Promise<string> {
  const saved = await t.dataSource.getRepository(SkillEntity).save({ code, name: code.toUpperCase(), category: 'application', active: true });
  return String(saved.id);
}

export async function insertAnalyst(t: TestApp, siteId: string, name: string): Promise<string> {
  const saved = await t.dataSource.getRepository(AnalystEntity).save({
    name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@desk.test`, siteId: Number(siteId), timeZone: null,
    background: 'clinical', rules: {}, usualClientId: null, maxDevelopmentShifts: 0, active: true,
  });
  return String(saved.id);
}

/** The token claims of a manager of these clients. */
export function managerOf(...clientIds: string[]) {
  return { role: 'client_manager' as const, clientIds: clientIds.map(Number) };
}

export const ANALYST = { role: 'analyst' as const, analystId: 1 };

/** A field's path as a regular expression anchored at the start of a message. */
export function startsWithField(field: string): RegExp {
  return new RegExp(`^${field.replace(/\./g, '\\.')}: `);
}
