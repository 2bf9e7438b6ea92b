/**
 * GraphQL Code Generator (decision 0009): the explorer's operation types and
 * the cache's `possibleTypes`, from the committed SDL (never a running
 * server). `npm run codegen` writes src/gql/; `npm run codegen:check`
 * (part of `npm run lint`) fails while that folder is stale.
 *
 * CODEGEN_OUT moves the output (the check writes to a temporary folder).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const out = process.env.CODEGEN_OUT ?? 'explorer/src/gql/';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['explorer/src/**/*.{ts,tsx}', '!explorer/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { IsoDate: 'string' },
        skipTypename: false,
        avoidOptionals: false,
        onlyOperationTypes: true,
        mergeFragmentTypes: true,
      },
    },
    [`${out}possibleTypes.ts`]: {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
  // Formatted as the repository is, wherever the files are written (the check writes to /tmp).
  hooks: { afterAllFileWrite: ['prettier --write --config .prettierrc.json --log-level warn'] },
};

export default config;
