/**
 * `npm run bench:api`: (a) roster generation for the demo desk and the large preset L through
 * buildRosterProblem + solveRoster (each in a child process with a hard deadline, so its peak RSS
 * is its own and a runaway solve cannot hang the bench); (b) a real server process on 127.0.0.1
 * over a temporary SQLite file holding the demo desk and a published roster, loaded by autocannon
 * with 10 connections for ~10 s per query. One JSON line per scenario; it stops by itself.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { mintToken } from '../src/api/auth/jwt';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/data-source';
import { buildRosterProblem } from '../src/domain/roster-problem/build-roster-problem';
import { generateDesk, type DeskPreset } from '../seeds/generator';
import { loadDesk } from '../seeds/load-desk';
import { sampleAssignments, storePublishedRoster } from '../seeds/published-roster';
import { solveRoster, type Assignment } from '../solver';

const ROOT = join(__dirname, '..');
const SOLVE_LIMITS: Record<string, number> = { demo: 20, L: 60 };
const LOAD_SECONDS = 10;
const CONNECTIONS = 10;

/** Child mode: solve one preset's whole period, print one JSON line and keep the roster in `out`. */
async function solveOne(preset: DeskPreset, seconds: number, out: string): Promise<void> {
  const started = Date.now();
  const desk = generateDesk(preset);
  const problem = buildRosterProblem(desk, { start: desk.periodStart, end: desk.periodEnd });
  const built = (Date.now() - started) / 1000;
  const solution = await solveRoster(problem, { timeLimitSeconds: seconds });
  console.log(JSON.stringify({
    scenario: 'generate', path: 'buildRosterProblem+solveRoster (no generate service on this branch)', preset,
    analysts: problem.analysts.length, shifts: problem.shifts.length, days: new Set(problem.shifts.map((s) => s.date)).size,
    timeLimitSeconds: seconds, buildSeconds: built, seconds: (Date.now() - started) / 1000, solveSeconds: solution.seconds,
    status: solution.status, method: solution.method, backend: solution.backend, gap: solution.gap, assignments: solution.assignments.length,
    shortfall: solution.figures?.shortfallTotal ?? null, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
  writeFileSync(out, JSON.stringify(solution.assignments.map(({ analystId, shiftId, queueId }) => ({ analystId, shiftId, queueId }))));
}

/**
 * Runs the child solve with a deadline of its limit plus a minute for building and evaluating;
 * returns the roster it found, if any.
 */
async function generate(preset: DeskPreset, dir: string): Promise<Assignment[]> {
  const limit = SOLVE_LIMITS[preset];
  const file = join(dir, `${preset}-roster.json`);
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--solve', preset, String(limit), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), (limit + 60) * 1000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  const line = out.trim().split('\n').at(-1);
  console.log(code === 0 && line ? line : JSON.stringify({ scenario: 'generate', preset, status: 'killed', exitCode: code, afterSeconds: limit + 60 }));
  return code === 0 && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Assignment[]) : [];
}

/**
 * A temporary SQLite file with the demo desk and a published roster for its fortnight: the
 * solver's roster when it found one, else the deterministic sample roster.
 */
async function prepareDatabase(path: string, solved: Assignment[]): Promise<{ analystId: number; clientId: number; period: { startDate: string; endDate: string } }> {
  const dataSource = await openDatabase({ kind: 'sqlite', path });
  try {
    const desk = generateDesk('demo');
    const { ids } = await loadDesk(dataSource, desk);
    const problem = buildRosterProblem(desk, { start: desk.periodStart, end: desk.periodEnd });
    const roster = solved.length ? solved : sampleAssignments(desk, problem);
    await storePublishedRoster(dataSource, ids, problem, roster, { publishedAt: new Date('2026-02-20T12:00:00Z'), method: solved.length ? 'solver' : 'sample' });
    console.log(JSON.stringify({ scenario: 'published roster for the load', source: solved.length ? 'solver (demo run above)' : 'sample (solver found none)', assignments: roster.length }));
    return { analystId: ids.get('analyst:003')!, clientId: ids.get('client:front-range')!, period: { startDate: desk.periodStart, endDate: desk.periodEnd } };
  } finally {
    await dataSource.destroy();
  }
}

async function startServer(path: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', SQLITE_PATH: path, DATABASE_URL: '', JWT_SECRET: '', JWT_JWKS_URL: '', LOG_LEVEL: 'warn', SEED_DEMO: 'never' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  for (let i = 0; i < 300; i++) {
    const port = output.match(/serving GraphQL at http:\/\/[^:/\s]+:(\d+)\/graphql/)?.[1];
    if (port) return { child, url: `http://127.0.0.1:${port}/graphql` };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start:\n${output}`);
}

async function load(name: string, url: string, token: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const body = JSON.stringify({ query, variables });
  const probe = (await (await fetch(url, { method: 'POST', headers, body })).json()) as { errors?: unknown[] };
  if (probe.errors) throw new Error(`${name} failed before the load: ${JSON.stringify(probe.errors)}`);
  const result = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: LOAD_SECONDS });
  console.log(JSON.stringify({
    scenario: name, connections: CONNECTIONS, seconds: LOAD_SECONDS, p50Ms: result.latency.p50, p99Ms: result.latency.p99,
    requestsPerSecond: result.requests.average, requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
    responseBytes: Buffer.byteLength(JSON.stringify(probe)),
  }));
}

async function serveAndLoad(dir: string, solved: Assignment[]): Promise<void> {
  const path = join(dir, 'bench.sqlite');
  let server: ChildProcess | null = null;
  try {
    const { analystId, clientId, period } = await prepareDatabase(path, solved);
    const started = await startServer(path);
    server = started.child;
    const jwt = loadConfig({}).jwt;
    await load('assignedTeam', started.url, await mintToken(jwt, { role: 'client_manager', clientIds: [clientId] }),
      `query ($id: ID!, $p: SchedulePeriodInput!) { assignedTeam(clientId: $id, period: $p) { members { name hours skills { code proficiency } } coverage { name intervals { localStart target planned shortfall } } } }`,
      { id: String(clientId), p: period });
    await load('mySchedule', started.url, await mintToken(jwt, { role: 'analyst', analystId }),
      `query ($p: SchedulePeriodInput!) { mySchedule(period: $p) { timeZone shifts { date localStart localEnd shiftTemplate { name } client { name } queue { name channel } } } }`,
      { p: period });
  } finally {
    server?.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--solve');
  if (at >= 0) return solveOne(process.argv[at + 1] as DeskPreset, Number(process.argv[at + 2]), process.argv[at + 3]);
  const dir = mkdtempSync(join(tmpdir(), 'deskalign-api-bench-'));
  try {
    const demo = await generate('demo', dir);
    await generate('L', dir);
    await serveAndLoad(dir, demo);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
