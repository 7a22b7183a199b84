import type { TestApp } from './test-app';
import { createClient } from './client-fixtures';

export const FORECAST_FIELDS = `queueId intervalMinutes handleTimeSeconds maxOccupancy shrinkage timeZone entries { weekday date localStart occurrence volume }`;
export const SET_FORECAST = `mutation ($input: SetQueueForecastInput!) { setQueueForecast(input: $input) { ${FORECAST_FIELDS} } }`;
export const READ_FORECAST = `query ($queueId: ID!) { queueForecast(queueId: $queueId) { ${FORECAST_FIELDS} } }`;

/** A client in `timeZone` with a contract for 2026 (80% in 20 s) and one phone queue; returns both ids. */
export async function clientWithQueue(t: TestApp, name: string, timeZone: string, contract: { startDate?: string; serviceLevel?: number; targetAnswerSeconds?: number } = {}) {
  const clientId = await createClient(t, name, timeZone);
  const created = await t.gql(`mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }`, {
    input: { clientId, startDate: contract.startDate ?? '2026-01-01', endDate: '2026-12-31', serviceLevel: contract.serviceLevel ?? 0.8,
      targetAnswerSeconds: contract.targetAnswerSeconds ?? 20, staffing: 'shared' },
  });
  if (!created.data) throw new Error(`createContract failed: ${JSON.stringify(created.errors)}`);
  const queue = await t.gql<{ createQueue: { id: string } }>(`mutation ($input: CreateQueueInput!) { createQueue(input: $input) { id } }`,
    { input: { clientId, name: `${name} phone`, channel: 'phone' } });
  if (!queue.data) throw new Error(`createQueue failed: ${JSON.stringify(queue.errors)}`);
  return { clientId, queueId: queue.data.createQueue.id };
}

/** Sets a forecast through the API and fails loudly if it is refused. */
export async function setForecast(t: TestApp, input: Record<string, unknown>): Promise<void> {
  const result = await t.gql(SET_FORECAST, { input });
  if (!result.data) throw new Error(`setQueueForecast failed: ${JSON.stringify(result.errors)}`);
}

/** Every hour of a weekday with the same volume. */
export function hourly(weekday: number, volume: number) {
  return Array.from({ length: 24 }, (_, hour) => ({ weekday, localStart: `${String(hour).padStart(2, '0')}:00`, volume }));
}
