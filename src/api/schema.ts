import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { createSchema } from 'graphql-yoga';
import type { GraphQLContext } from './context';
import { resolvers } from './resolvers';

const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

/** The SDL files in schema/, in a stable order (base first). */
export function readTypeDefs(dir = SCHEMA_DIR): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The executable schema; yoga adds its own request fields to our context at run time. */
export function buildSchema(): GraphQLSchema {
  return createSchema<GraphQLContext>({ typeDefs: readTypeDefs(), resolvers });
}
