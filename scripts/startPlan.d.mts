// Types of startPlan.mjs for the TypeScript tests that import it.
type Env = Record<string, string | undefined>;

export interface Opener {
  command: string;
  args: string[];
}

export type StartPlan =
  | { kind: 'electron'; command: string; args: string[] }
  | { kind: 'web'; workspace: string; notice: string; opener: Opener | null };

export function defaultWorkspace(platform?: NodeJS.Platform, env?: Env, home?: string): string;
export function workspaceOption(args: readonly string[], cwd?: string): string | null;
export function browserOpener(
  platform?: NodeJS.Platform,
  env?: Env,
  has?: (command: string) => boolean,
): Opener | null;
export function browserFallbackNotice(workspace: string): string;
export function startPlan(options?: {
  electronPath: string | null;
  args?: readonly string[];
  platform?: NodeJS.Platform;
  env?: Env;
  home?: string;
  cwd?: string;
  has?: (command: string) => boolean;
}): StartPlan;
