// Bundles the Node-side entry points (CLI and web transport, Electron main and preload, benchmarks).
// The renderer is built by Vite (vite.config.ts). Native and Electron modules stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  loader: { '.sql': 'text' },
  external: ['better-sqlite3-multiple-ciphers', 'electron', '@playwright/test', 'playwright-core'],
  legalComments: 'none',
};

// CommonJS dependencies (node-forge, @signpdf) call require() for Node built-ins; an ESM bundle
// has no require of its own, so give it one.
const esmRequire =
  "import { createRequire as __assayCreateRequire } from 'node:module'; const require = __assayCreateRequire(import.meta.url);";

const targets = [
  {
    entryPoints: ['assessments/cli/main.ts'],
    outfile: 'dist/cli/assay.js',
    format: 'esm',
    banner: { js: `#!/usr/bin/env node\n${esmRequire}` },
  },
  { entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs' },
  // Minified: the preload runs in every window start and carries the contract's allowlist (with zod).
  {
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    minify: true,
  },
  { entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.js', format: 'esm', banner: { js: esmRequire } },
  { entryPoints: ['bench/ingestChild.ts'], outfile: 'dist/bench/ingestChild.js', format: 'esm' },
];

await Promise.all(targets.map((target) => build({ ...common, ...target })));
