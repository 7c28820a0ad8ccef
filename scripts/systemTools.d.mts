// Types of systemTools.mjs for the TypeScript tests that import it.
export type PackageManager = 'apt' | 'dnf' | 'brew';

export interface SystemTool {
  name: string;
  purpose: string;
  packages: Record<PackageManager, string>;
}

export const SYSTEM_TOOLS: readonly SystemTool[];
export function chromiumPath(env?: Record<string, string | undefined>): string;
export function toolWorks(name: string, env?: Record<string, string | undefined>): boolean;
export function missingTools(names: readonly string[], works?: (name: string) => boolean): string[];
export function installCommands(names: readonly string[]): Record<PackageManager, string>;
export function isCi(env?: Record<string, string | undefined>): boolean;
