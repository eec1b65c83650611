import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { configs as tseslintConfigs } from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Arrows go one way: app -> features -> (components/ui, lib, i18n, gql).
// A feature may use another feature only through that feature's index.ts (its public surface).
const boundaryZones = [
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/features/${feature}`,
        from: `./src/features/${other}`,
        except: ['./index.ts'],
        message: `Feature "${feature}" may only use "${other}" through src/features/${other}/index.ts.`,
      })),
  ),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not depend on the app shell; the app composes features.',
  },
  {
    target: ['./src/components', './src/lib', './src/i18n'],
    from: ['./src/app', './src/features'],
    message: 'Shared code must not depend on the app or on features.',
  },
  {
    target: ['./src/lib', './src/i18n'],
    from: './src/components',
    message: 'lib/ and i18n/ must not depend on UI components.',
  },
  {
    target: './src/i18n',
    from: './src/lib',
    message: 'i18n/ is standalone.',
  },
];

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'src/gql', 'coverage'] },
  js.configs.recommended,
  ...tseslintConfigs.recommendedTypeChecked,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      'no-console': 'error',
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'anywhere' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      // The access token lives only in memory; nothing of the session goes to web storage.
      'no-restricted-globals': [
        'error',
        { name: 'sessionStorage', message: 'Do not use sessionStorage (tokens stay in memory).' },
        { name: 'localStorage', message: 'Only src/i18n/language-preference.ts may use localStorage.' },
      ],
    },
  },
  {
    // The preference module owns the one localStorage key; tests inspect storage to prove it holds no token.
    files: ['src/i18n/language-preference.ts', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['**/*.{js,mjs}', 'vite.config.ts', 'codegen.ts'],
    ...tseslintConfigs.disableTypeChecked,
    languageOptions: { ...tseslintConfigs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
