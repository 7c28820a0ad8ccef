// Bundles the Node-side entry points (CLI and web transport, Electron main and preload, benchmarks).
// The renderer is built by Vite (vite.config.ts). Native and Electron modules stay external.
import { readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
// has no require of its own, so give it one. With code splitting every chunk is a module of its
// own, and the banner goes at the top of each.
const esmRequire =
  "import { createRequire as __assayCreateRequire } from 'node:module'; const require = __assayCreateRequire(import.meta.url);";

// A CommonJS bundle has no import.meta: modules shared with the ESM bundles that resolve files from
// their own location get the bundle's file URL instead. The bundle's "use strict" comes after the
// banner, where it is no longer a directive: the banner states it first.
const cjsImportMetaUrl = {
  banner: {
    js: "'use strict';\nconst __assayImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  define: { 'import.meta.url': '__assayImportMetaUrl' },
};

// In a split bundle a CommonJS package loaded with import() becomes a chunk whose exports are only
// its `default`, where Node (and an unsplit bundle) also gives the named ones: `const { X } = await
// import('pkg')` would find nothing. A package that also ships an ES module build is loaded as that.
const esmBuildForDynamicImport = {
  name: 'esm-build-for-dynamic-import',
  setup(build) {
    build.onResolve({ filter: /^(@[^/]+\/)?[^./@][^/]*$/ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const manifest = await build.resolve(`${args.path}/package.json`, {
        kind: 'require-call',
        resolveDir: args.resolveDir,
      });
      if (manifest.errors.length > 0) return undefined;
      const { module, exports } = JSON.parse(readFileSync(manifest.path, 'utf8'));
      // Packages with an exports map already name their import entry; esbuild follows it.
      if (exports !== undefined || typeof module !== 'string') return undefined;
      return { path: join(dirname(manifest.path), module) };
    });
  },
};

const CLI_DIR = 'dist/cli';

const targets = [
  // Split so that each command's libraries load only when that command runs (`assay --help` and
  // `assay verify` start without parsing the report renderer). The chunks sit beside assay.js, so
  // paths resolved from import.meta.url (../../templates/) are the same in every chunk.
  {
    entryPoints: { assay: 'assessments/cli/main.ts' },
    outdir: CLI_DIR,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    splitting: true,
    metafile: true,
    plugins: [esmBuildForDynamicImport],
    banner: { js: esmRequire },
  },
  {
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    ...cjsImportMetaUrl,
  },
  // Minified: the preload runs in every window start and carries the operation names it admits.
  {
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    minify: true,
  },
  { entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.js', format: 'esm', banner: { js: esmRequire } },
  { entryPoints: ['bench/ingestChild.ts'], outfile: 'dist/bench/ingestChild.js', format: 'esm' },
];

const results = await Promise.all(targets.map((target) => build({ ...common, ...target })));

// Chunk names carry a content hash: remove the previous builds' chunks that nothing loads any more.
const cliOutputs = new Set(Object.keys(results[0].metafile.outputs).map((path) => resolve(path)));
for (const name of readdirSync(CLI_DIR)) {
  const path = resolve(join(CLI_DIR, name));
  if (!cliOutputs.has(path)) unlinkSync(path);
}
