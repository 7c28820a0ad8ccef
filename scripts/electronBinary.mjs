// Finds the Electron binary without loading the electron package: its index.js downloads a missing
// binary, then throws with a stack when that fails (ELECTRON_SKIP_BINARY_DOWNLOAD, no network).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The electron package's folder, or null when it is not installed at all. */
export function electronPackageDir(from = import.meta.url) {
  try {
    return dirname(createRequire(from).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The binary's path when one is installed, else null. The package records it in path.txt once
 * its download succeeded; ELECTRON_OVERRIDE_DIST_PATH points at a binary placed by hand.
 */
export function electronBinary(packageDir = electronPackageDir(), env = process.env) {
  if (!packageDir) return null;
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const binary = join(override ?? join(packageDir, 'dist'), relative || 'electron');
  return existsSync(binary) ? binary : null;
}
