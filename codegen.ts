// GraphQL Code Generator: typed documents for the UI from graphql/schema.graphql (`npm run codegen`).
// Pages write `graphql(\`query …\`)` with `graphql` from app/_lib/gql; the generated overloads give each document its
// result and variable types, so a field the schema does not have fails the codegen and then `npm run typecheck`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['app/**/*.{ts,tsx}', '!app/_lib/gql/**'],
  ignoreNoDocuments: true,
  // Only graphql(`…`) calls are documents; the magic comment is one nobody writes.
  pluckConfig: { gqlMagicComment: 'codegen-document' },
  generates: {
    'app/_lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
