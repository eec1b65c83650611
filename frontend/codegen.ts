import type { CodegenConfig } from '@graphql-codegen/cli';

// scripts/check-codegen.mjs sets CODEGEN_OUT_DIR to regenerate into a temporary folder
// and compare it with the checked-in src/gql/.
const outDir = process.env.CODEGEN_OUT_DIR ?? 'src/gql/';

const config: CodegenConfig = {
  schema: '../backend/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    [outDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', NaiveDate: 'string', Upload: 'File' },
        skipTypename: true,
      },
    },
  },
};

export default config;
