import pino, { Logger } from 'pino';
import type { AppConfig } from './config';

/** Structured JSON logs; one child per request carries its request id. */
export function createLogger(level: AppConfig['logLevel']): Logger {
  return pino({ level, base: { service: 'deskalign' }, redact: ['req.headers.authorization'] });
}
