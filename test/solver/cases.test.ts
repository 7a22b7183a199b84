import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RosterProblem, SolveStatus } from '../../solver';
import { solveChecked } from './fixtures';

interface NamedCase {
  readonly name: string;
  readonly problem: RosterProblem;
  readonly expect: {
    readonly status: SolveStatus;
    readonly objective?: number;
    readonly shortfall?: number;
    readonly assignments?: readonly [string, string][];
    readonly diagnostics?: readonly string[];
  };
}

const dir = join(__dirname, 'cases');
const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as NamedCase] as const);

describe.each(['highs', 'jslp'] as const)('named JSON cases on %s', (backend) => {
  test.each(cases)('%s', async (_file, c) => {
    const s = await solveChecked(c.problem, { backend });
    expect(s.status).toBe(c.expect.status);
    if (c.expect.objective !== undefined) expect(s.objective).toBeCloseTo(c.expect.objective, 6);
    if (c.expect.shortfall !== undefined) expect(s.figures?.shortfallTotal).toBeCloseTo(c.expect.shortfall, 6);
    if (c.expect.assignments) expect(s.assignments.map((a) => [a.analystId, a.shiftId]).sort()).toEqual([...c.expect.assignments].sort());
    if (c.expect.diagnostics) expect(s.diagnostics.map((d) => d.rule)).toEqual(c.expect.diagnostics);
  });
});
