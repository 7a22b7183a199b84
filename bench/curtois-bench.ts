import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { solveRoster } from '../solver';
import type { BackendChoice, MethodChoice } from '../solver/options';
import type { SolveProgress } from '../solver/progress';
import { readCurtoisInstance } from './curtois-format';

/**
 * `npx tsx bench/curtois-bench.ts [--time-limit s] [--method m] [--progress] Instance1.txt ...` solves
 * instances of the public shift scheduling benchmark (see curtois-format.ts) and prints one JSON
 * line each, with the evaluator's objective and hard violations; `--progress` prints the solver's
 * progress reports on stderr.
 */
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const timeLimitSeconds = Number(arg('time-limit', '60'));
  const method = arg('method', 'auto') as MethodChoice;
  const backend = arg('backend', 'auto') as BackendChoice;
  const progress = process.argv.includes('--progress');
  const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && (!all[i - 1]?.startsWith('--') || all[i - 1] === '--progress'));
  for (const file of files) {
    const problem = readCurtoisInstance(readFileSync(file, 'utf8'));
    const onProgress = progress ? (p: SolveProgress): void => console.error(JSON.stringify(p)) : undefined;
    const s = await solveRoster(problem, { timeLimitSeconds, method, backend, onProgress });
    console.log(JSON.stringify({
      instance: basename(file), analysts: problem.analysts.length, days: new Set(problem.shifts.map((x) => x.date)).size,
      method: s.method, backend: s.backend, variables: s.variables, seconds: Number(s.seconds.toFixed(2)), status: s.status,
      objective: s.objective, bound: s.bound, gap: s.gap, hardViolations: s.violations.length,
      terms: s.terms, diagnostics: s.diagnostics.slice(0, 3).map((d) => d.message),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
