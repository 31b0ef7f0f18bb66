import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the API schema (printed by `npm run schema:print`): a field the API drops
 * or renames fails `npm run web:build`, not a resident's screen.
 */
const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        strictScalars: false,
        skipTypename: true,
      },
    },
  },
};

export default config;
