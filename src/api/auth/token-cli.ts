import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { ROLES } from '../../domain/actor';
import { mintToken } from './jwt';

/**
 * `npm run token -- --role scheduler|analyst|client_manager|admin [--analyst ID] [--client ID ...]`
 * prints a development bearer token on its last line.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      analyst: { type: 'string' },
      client: { type: 'string', multiple: true },
      expires: { type: 'string', default: '30d' },
    },
  });
  const role = values.role as (typeof ROLES)[number];
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')} (got ${JSON.stringify(values.role)})`);
  const analystId = values.analyst === undefined ? undefined : positiveId('--analyst', values.analyst);
  const clientIds = values.client?.flatMap((c) => c.split(',')).map((c) => positiveId('--client', c));
  if (role === 'analyst' && analystId === undefined) throw new Error('--role analyst needs --analyst ID');
  if (role === 'client_manager' && !clientIds?.length) throw new Error('--role client_manager needs --client ID');
  const token = await mintToken(loadConfig(process.env).jwt, { role, analystId, clientIds, expiresIn: values.expires });
  console.log(token);
}

function positiveId(flag: string, text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`${flag} must be a positive integer id (got "${text}")`);
  return id;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
