// Lint rules, including the dependency direction of DESIGN.md §1 enforced per folder.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'tls',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

const noNodeBuiltins = [
  { group: ['node:*'], message: 'This layer runs without Node: no Node built-ins.' },
  ...NODE_BUILTINS.map((name) => ({
    group: [name],
    message: 'This layer runs without Node: no Node built-ins.',
  })),
];

const noUi = [
  {
    group: ['electron', 'electron/*'],
    message: 'assessments/ is the domain core: it never imports electron.',
  },
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next'],
    message: 'assessments/ never imports UI libraries.',
  },
  {
    group: ['**/renderer/**', '**/electron/**'],
    message: 'assessments/ never imports the shells built on it.',
  },
];

// Domain modules sit below the operations layer: api/ imports them, never the reverse.
const DOMAIN_FILES = {
  files: ['assessments/**/*.ts'],
  ignores: ['assessments/api/**', 'assessments/cli/**', 'assessments/transport/**', '**/*.test.ts'],
};

const API_FROM_DOMAIN = /^(\.\.\/)+api\//.source;

const noApi = [
  {
    regex: API_FROM_DOMAIN,
    message:
      'A domain module never imports api/: it declares its operations in its operations.ts, which api/handlers.ts combines.',
  },
];

// A module's operations.ts is typed by the contract; it may name the contract's types, nothing more.
const apiTypesOnly = [
  {
    regex: API_FROM_DOMAIN,
    allowTypeImports: true,
    message: "A module's operations.ts may import only types from api/ (the contract's handler types).",
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      // zod's `z` export is a namespace of all of it, every locale included; `import * as z` lets the
      // bundlers keep only what is used (a quarter of it for `assay verify`).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
          message: "Write `import * as z from 'zod'`, so bundles keep only the parts of zod that are used.",
        },
      ],
    },
  },
  {
    files: ['assessments/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: noUi }] },
  },
  {
    ...DOMAIN_FILES,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...noUi, ...noApi] }] },
  },
  {
    files: ['assessments/*/operations.ts', 'assessments/*/*/operations.ts'],
    ignores: DOMAIN_FILES.ignores,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...noUi, ...apiTypesOnly] }],
    },
  },
  {
    // The pure parts (and the shared helpers the renderer imports): no I/O at all, so they run
    // identically in the renderer, the CLI and a verifier.
    files: [
      'assessments/questionnaire/**/*.ts',
      'assessments/scoring/**/*.ts',
      'assessments/shared/countries.ts',
      'assessments/shared/countryCodes.ts',
      'assessments/shared/distinguishedName.ts',
      'assessments/screening/listAge.ts',
      'assessments/settings/schemas.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...noUi, ...noNodeBuiltins, ...noApi] },
      ],
    },
  },
  {
    // Their tests may read fixtures from disk; the code under test still may not.
    files: ['assessments/questionnaire/**/*.test.ts', 'assessments/scoring/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: noUi }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNodeBuiltins,
            {
              group: ['electron', 'electron/*', '**/electron/**'],
              message: 'The renderer talks to the core only through the typed client.',
            },
            {
              regex:
                '(^|/)assessments/(?!(api/contract|assessment/schemas|workspace/schemas|evidence/schemas|shared/countries|shared/countryCodes|reference/schemas|screening/schemas|screening/listAge|settings/schemas|verify/messages|scoring/flagOrder|scoring/trail/trailMessage|scoring/trail/trailLookup|templates/compareVersions|shared/distinguishedName)$|questionnaire/)',
              allowTypeImports: true,
              message:
                "The renderer may import only types, zod schemas, the verifier's message catalogue, the pure questionnaire engine and the named pure helpers from assessments/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/renderer/**'],
              message: 'electron/ does not import the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line and benchmark output is their user interface.
    files: ['bench/**/*.ts', 'test/**/*.ts', '*.config.{ts,js,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
