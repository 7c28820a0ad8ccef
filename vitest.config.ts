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
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
