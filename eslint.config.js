// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * DESIGN.md "Layout": a domain library imports `libs/core` and the public entry (`index.ts`) of
 * another library, never its internals; no library imports from `apps/`. These rules enforce it
 * and fail `npm test`.
 */
const libraryBoundaries = {
  patterns: [
    {
      group: ['@buurtbrug/*/**', '!@buurtbrug/core/testing'],
      message: 'Import another library only through its public entry: @buurtbrug/<library>.',
    },
    {
      regex: '^(\\.\\./){2,}',
      message: "Relative imports stay inside the library's src folder; use @buurtbrug/<library> for another library.",
    },
    {
      regex: '(^|/)apps/',
      message: 'Libraries never import from apps/.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'apps/web/dist/**', 'apps/web/src/gql/**', '.data/**', 'coverage/**', 'test-output/**', '**/*.js', '**/*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', libraryBoundaries] },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts', 'libs/**/*.integration-spec.ts', 'libs/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...libraryBoundaries.patterns,
            { group: ['@buurtbrug/core/testing'], message: 'Test helpers are for tests only.' },
          ],
        },
      ],
    },
  },
);
