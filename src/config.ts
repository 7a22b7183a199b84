import { z } from 'zod';

/** Development-only signing secret, refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'deskalign-development-secret-not-for-production';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^mysql:\/\/.+/, 'must be a mysql://user:pass@host:port/database URL')
      .optional(),
    SQLITE_PATH: z.string().min(1).default('data/deskalign.sqlite'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_JWKS_URL: z.url().optional(),
    JWT_ISSUER: z.string().min(1).default('deskalign'),
    JWT_AUDIENCE: z.string().min(1).default('deskalign'),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET && !env.JWT_JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'JWT_SECRET or JWT_JWKS_URL is required in production' });
    }
  });

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'mysql'; readonly url: string };

export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly jwt: {
    readonly secret: string | null;
    readonly jwksUrl: string | null;
    readonly issuer: string;
    readonly audience: string;
  };
  readonly logLevel: (typeof logLevels)[number];
  /** Load the demo desk into an empty embedded database on start. */
  readonly seedDemoOnEmptySqlite: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the environment once; nothing else in the service reads process.env.
 *
 * @example loadConfig({ PORT: '4000' }).port // 4000
 * @throws ConfigError naming each bad variable, e.g. "PORT: Too big: expected number to be <=65535"
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const blankToUndefined = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = configSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const useDevSecret = !e.JWT_SECRET && !e.JWT_JWKS_URL;
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: Object.freeze(
      e.DATABASE_URL ? { kind: 'mysql' as const, url: e.DATABASE_URL } : { kind: 'sqlite' as const, path: e.SQLITE_PATH },
    ),
    jwt: Object.freeze({
      secret: e.JWT_SECRET ?? (useDevSecret ? DEVELOPMENT_JWT_SECRET : null),
      jwksUrl: e.JWT_JWKS_URL ?? null,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
    }),
    logLevel: e.LOG_LEVEL,
    seedDemoOnEmptySqlite: e.SEED_DEMO === 'auto',
  });
}
