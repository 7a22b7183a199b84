import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '../../src/api/auth/jwt';
import { loadConfig } from '../../src/config';

/** Starts the real server process on a free port and talks to it over HTTP, as a user would. */
describe('the server process', () => {
  let server: ChildProcess;
  let baseUrl: string;
  let output = '';
  const dir = mkdtempSync(join(tmpdir(), 'deskalign-e2e-'));

  beforeAll(async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, PORT: '0', SQLITE_PATH: join(dir, 'e2e.sqlite'), LOG_LEVEL: 'warn', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    baseUrl = await waitFor(() => output.match(/serving GraphQL at (http:\/\/[^/\s]+)\/graphql/)?.[1], 'the URL line');
    await waitFor(async () => (await fetch(`${baseUrl}/healthz`).catch(() => null))?.ok, '/healthz');
  });

  afterAll(() => {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  async function waitFor<T>(probe: () => T | Promise<T>, what: string): Promise<NonNullable<T>> {
    for (let i = 0; i < 200; i++) {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      if (server.exitCode !== null) throw new Error(`server exited while waiting for ${what}:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}:\n${output}`);
  }

  it('answers /healthz with the database up', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves a query for a minted scheduler token and refuses one without a token', async () => {
    const token = await mintToken(loadConfig({}).jwt, { role: 'scheduler' });
    const body = JSON.stringify({ query: '{ me { role } sites { name } }' });
    const ok = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = (await ok.json()) as { data: { me: { role: string }; sites: unknown[] } };
    expect(json.data.me).toEqual({ role: 'scheduler' });
    expect(Array.isArray(json.data.sites)).toBe(true);
    const anonymous = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
