import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

/** Migrations are .sql files imported as text, exactly as the esbuild bundles load them. */
function sqlAsText(): Plugin {
  return {
    name: 'sql-as-text',
    transform(code, id) {
      return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
    },
  };
}

export default defineConfig({
  plugins: [sqlAsText()],
  test: {
    include: [
      'assessments/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/calibration/**/*.test.ts',
    ],
    environment: 'node',
    // Outside integrity anchors of in-process CLI and web-transport tests go here, not to ~/.config.
    env: { ASSAY_ANCHOR_DIR: join(tmpdir(), 'assay-vitest-anchors') },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
