import { buildRosterProblem } from '../src/domain/roster-problem/build-roster-problem';
import { solveRoster, type RosterSolution, type SolveProgress } from '../solver';
import type { MethodChoice } from '../solver/options';
import { demandRatio } from './solver-demand';
import { generateDesk } from '../seeds/generator';

/**
 * `npm run bench -- --preset S|M|L [--baseline] [--time-limit s] [--seed n] [--method m] [--progress]`
 * prints one JSON line per solve; figures come from the evaluator, not the model.
 */
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[i + 1] : fallback;
}

type Preset = 'S' | 'M' | 'L';
const DEFAULT_LIMIT: Record<Preset, number> = { S: 10, M: 30, L: 120 };

function row(instance: string, size: { analysts: number; queues: number; days: number; demandRatio: number }, s: RosterSolution, method: string): Record<string, unknown> {
  return {
    instance, method, resolvedMethod: s.method, backend: s.backend, ...size,
    variables: s.variables, constraints: s.constraints, seconds: Number(s.seconds.toFixed(2)), status: s.status,
    objective: s.objective, bound: s.bound, gap: s.gap === null ? null : Number(s.gap.toFixed(5)),
    shortfall: s.figures ? Number(s.figures.shortfallTotal.toFixed(2)) : null,
    surplus: s.figures ? Number(s.figures.surplusTotal.toFixed(2)) : null,
    hardViolations: s.violations.length,
    alignmentMean: s.figures ? Number(s.figures.alignmentMean.toFixed(3)) : null,
    fairnessSpread: s.figures?.fairnessSpread ?? null,
    requestsHonoured: s.figures ? `${s.figures.requestsHonoured}/${s.figures.requestsTotal}` : null,
    developmentShifts: s.figures?.developmentShifts ?? null,
    assignments: s.assignments.length,
    terms: s.terms ? Object.fromEntries(Object.entries(s.terms).map(([k, v]) => [k, Math.round(v)])) : null,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    diagnostics: s.diagnostics.slice(0, 3).map((d) => d.message),
  };
}

async function main(): Promise<void> {
  const preset = arg('preset', 'S') as Preset;
  const seed = Number(arg('seed', '20260302'));
  const timeLimitSeconds = Number(arg('time-limit', String(DEFAULT_LIMIT[preset])));
  const method = arg('method', 'auto') as MethodChoice;
  const desk = generateDesk(preset, { seed });
  const problem = buildRosterProblem(desk, { start: desk.periodStart, end: desk.periodEnd });
  const size = { analysts: problem.analysts.length, queues: problem.queues.length, days: new Set(problem.shifts.map((s) => s.date)).size, demandRatio: Number(demandRatio(problem).toFixed(3)) };
  const instance = `${preset}-seed${seed}`;
  // --progress prints each phase change and better roster on stderr, as a job would see them.
  const onProgress = process.argv.includes('--progress') ? (p: SolveProgress) => console.error(JSON.stringify(p)) : undefined;
  const solution = await solveRoster(problem, { timeLimitSeconds, seed, gapTolerance: 0.001, method, onProgress });
  console.log(JSON.stringify(row(instance, size, solution, method)));
  if (process.argv.includes('--baseline')) {
    const baseline = await solveRoster(problem, { timeLimitSeconds, seed, gapTolerance: 0.001, method: 'monolithic', backend: 'highs' });
    console.log(JSON.stringify(row(instance, size, baseline, 'monolithic-baseline')));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
