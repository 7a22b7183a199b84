import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { createClient, createSite, insertAnalyst, insertSkill } from '../helpers/client-fixtures';

const NESTED = `{
  clients {
    name
    contracts { startDate dedicatedAnalystIds dedicatedAnalysts { name } client { name } }
    queues { name client { name } requiredSkills { skillCode minimumProficiency } coverageTargets { weekday localStart headcount } }
  }
}`;

describe.each(testDatabases())('client lists are batch-loaded [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  /** Clients, each with two dedicated contracts and two queues with skills and targets. */
  async function buildDesk(clientCount: number): Promise<void> {
    const site = await createSite(t);
    const analysts = [await insertAnalyst(t, site, 'Ana Ruiz'), await insertAnalyst(t, site, 'Ben Okafor')];
    const skills = [await insertSkill(t, 'epic'), await insertSkill(t, 'cerner')];
    for (let c = 0; c < clientCount; c++) {
      const clientId = await createClient(t, `Client ${c}`);
      for (const startDate of ['2026-01-01', '2027-01-01']) {
        await t.gql(`mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }`, {
          input: { clientId, startDate, endDate: startDate.replace('01-01', '12-31'), serviceLevel: 0.8, targetAnswerSeconds: 30, staffing: 'dedicated', dedicatedAnalystIds: analysts },
        });
      }
      for (const name of ['Phone', 'Chat']) {
        const queue = await t.gql<{ createQueue: { id: string } }>(`mutation ($input: CreateQueueInput!) { createQueue(input: $input) { id } }`, {
          input: { clientId, name, channel: name === 'Phone' ? 'phone' : 'chat', requiredSkills: skills.map((skillId) => ({ skillId, minimumProficiency: 3 })) },
        });
        await t.gql(`mutation ($input: CreateCoverageTargetInput!) { createCoverageTarget(input: $input) { id } }`, {
          input: { queueId: queue.data!.createQueue.id, weekday: 1, localStart: '08:00', localEnd: '16:00', headcount: 2 },
        });
      }
    }
  }

  /** Runs the nested query, counting the SQL statements it sends. */
  async function statementsFor(): Promise<{ count: number; clients: unknown[] }> {
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      const result = await t.gql<{ clients: unknown[] }>(NESTED);
      expect(result.errors).toBeUndefined();
      return { count: spy.mock.calls.length, clients: result.data!.clients };
    } finally {
      spy.mockRestore();
    }
  }

  it('answers clients with contracts, queues, skills and targets in the same few statements whatever the size', async () => {
    await buildDesk(1);
    const one = await statementsFor();
    expect(one.clients).toEqual([{
      name: 'Client 0',
      contracts: [2026, 2027].map((year) => ({
        startDate: `${year}-01-01`, dedicatedAnalystIds: [expect.any(String), expect.any(String)],
        dedicatedAnalysts: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }], client: { name: 'Client 0' },
      })),
      queues: ['Chat', 'Phone'].map((name) => ({
        name, client: { name: 'Client 0' },
        requiredSkills: [{ skillCode: 'cerner', minimumProficiency: 3 }, { skillCode: 'epic', minimumProficiency: 3 }],
        coverageTargets: [{ weekday: 1, localStart: '08:00', headcount: 2 }],
      })),
    }]);
    await t.reset();
    await buildDesk(5);
    const five = await statementsFor();
    expect(five.clients).toHaveLength(5);
    // clients, contracts, dedicated analysts, queues, required skills, coverage targets, clients by id
    expect(five.count).toBe(one.count);
    expect(five.count).toBeLessThanOrEqual(7);
    expect(five.count).toBeGreaterThanOrEqual(6);
  });
});
