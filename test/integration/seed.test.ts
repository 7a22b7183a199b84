import { generateDesk } from '../../seeds/generator';
import { loadDesk } from '../../seeds/load-desk';
import { createTestApp, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';

describe.each(testDatabases())('loading the demo desk [%s]', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('writes every part of the generated desk, with rules pointing at real shift templates', async () => {
    const desk = generateDesk('demo');
    const { ids } = await loadDesk(t.dataSource, desk);
    const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    expect(await count('site')).toBe(desk.sites.length);
    expect(await count('analyst')).toBe(desk.analysts.length);
    expect(await count('analyst_skill')).toBe(desk.analysts.reduce((n, a) => n + a.skills.length, 0));
    expect(await count('queue')).toBe(desk.queues.length);
    expect(await count('coverage_target')).toBe(desk.coverageTargets.length);
    const sites = await t.gql<{ sites: { name: string; rules: { forbiddenSuccessions: { fromTemplateId: string }[] | null } }[] }>(
      '{ sites { name rules { forbiddenSuccessions { fromTemplateId } } } }',
    );
    const templateIds = new Set(desk.shiftTemplates.map((s) => String(ids.get(s.key))));
    const successions = sites.data!.sites.flatMap((s) => s.rules.forbiddenSuccessions ?? []);
    expect(successions.length).toBeGreaterThan(0);
    for (const s of successions) expect(templateIds.has(s.fromTemplateId)).toBe(true);
  });
});
