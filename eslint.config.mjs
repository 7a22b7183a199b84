import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'src/api/generated/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // solver/ is a pure library: no database, GraphQL or HTTP (DESIGN.md, layers).
    files: ['solver/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: ['**/src/**', 'typeorm', 'mysql2', 'better-sqlite3', 'graphql', 'graphql-*', 'express', '@escape.tech/*'],
      }],
    },
  },
  {
    // Services hold the rules and know nothing of HTTP or GraphQL.
    files: ['src/services/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['express', 'graphql', 'graphql-*', '**/api/**'] }],
    },
  },
);
