import { randomUUID } from 'node:crypto';
import express from 'express';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { Store } from '../db/store';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/errors';
import { createServices, Services } from '../services';
import { createTokenVerifier } from './auth/jwt';
import { calendarRoute } from './calendar.route';
import { createContext, GraphQLContext } from './context';
import { createMaskError } from './errors';
import { createLoaders } from './loaders';
import { buildSchema } from './schema';

export interface AppDeps {
  readonly config: AppConfig;
  readonly store: Store;
  readonly log: Logger;
  readonly clock: Clock;
}

export interface App {
  readonly express: express.Express;
  /** Calls the GraphQL handler in-process, without a socket (tests). */
  readonly fetch: (url: string, init?: RequestInit) => Promise<Response>;
  readonly services: Services;
}

/** Query depth and cost limits: a roster query is deep but bounded; anything beyond is refused. */
const armor = EnvelopArmorPlugin({
  maxDepth: { n: 12 },
  costLimit: { maxCost: 20000 },
  maxAliases: { n: 30 },
  blockFieldSuggestion: { enabled: false },
});

/**
 * The HTTP app: GraphQL at /graphql (GraphiQL outside production), GET /healthz.
 * Built without listening, so tests call it in-process.
 */
export function buildApp({ config, store, log, clock }: AppDeps): App {
  const services = createServices(store, clock);
  const verifyToken = createTokenVerifier(config.jwt);

  const yoga = createYoga<{ req?: express.Request; res?: express.Response }>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: config.env !== 'production',
    landingPage: false,
    logging: false,
    plugins: [armor],
    maskedErrors: { maskError: createMaskError(log) },
    context: async ({ request, req }) => {
      const requestLog = log.child({ requestId: (req?.res?.locals.requestId as string | undefined) ?? randomUUID() });
      return createContext(await authenticate(request.headers.get('authorization'), verifyToken), services, createLoaders(services), requestLog);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const requestId = req.header('x-request-id')?.slice(0, 100) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info({ requestId, method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  });
  app.get('/healthz', async (_req, res) => {
    const databaseUp = await store.ping();
    res.status(databaseUp ? 200 : 503).json({ status: databaseUp ? 'ok' : 'unavailable', database: databaseUp ? 'up' : 'down' });
  });
  app.get('/calendar/:file', calendarRoute(services));
  app.use(yoga.graphqlEndpoint, yoga as unknown as express.RequestHandler);
  return { express: app, fetch: async (url, init) => yoga.fetch(url, init ?? {}), services };
}

async function authenticate(
  header: string | null,
  verify: (token: string) => Promise<GraphQLContext['actor']>,
): Promise<{ actor: GraphQLContext['actor'] } | { failure: DomainError }> {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match) return { failure: DomainError.unauthenticated('Send a bearer token: Authorization: Bearer <token> (npm run token)') };
  try {
    return { actor: await verify(match[1]) };
  } catch (error) {
    if (error instanceof DomainError) return { failure: error };
    throw error;
  }
}
