import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files larger than this are not ones a test wrote; reading them would only slow the scan. */
const SCAN_LIMIT_BYTES = 512 * 1024 * 1024;

/** Regular files under `root` changed since `since` (every one when 0), skipping what cannot be read. */
export function filesUnder(root: string, since = 0): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        try {
          const info = statSync(path);
          if (info.mtimeMs >= since && info.size <= SCAN_LIMIT_BYTES) found.push(path);
        } catch {
          // Removed while walking: it holds nothing any more.
        }
      }
    }
  };
  walk(root);
  return found;
}

/** Those of `paths` whose bytes contain `marker` anywhere: where a plaintext leaked to disk. */
export function filesHolding(paths: readonly string[], marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  return paths.filter((path) => {
    try {
      return readFileSync(path).includes(needle);
    } catch {
      return false;
    }
  });
}
