import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The public reference files of ../shared/data (outside the repository; absent on some machines). */
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

export function sharedDataFile(name: string): string {
  return `${SHARED_DATA_DIR}${name}`;
}

export function hasSharedData(name: string): boolean {
  return existsSync(sharedDataFile(name));
}
