import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./holdWorkspace.ts', import.meta.url));
const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));

export interface Holder {
  child: ChildProcess;
  /** What the process printed: `held <pid>` once it holds the workspace, or `failed <message>`. */
  ready: Promise<string>;
}

/** Bundles the holder script (real session code) into `outDir`; returns the script path. */
export async function bundleHolder(outDir: string): Promise<string> {
  const outfile = join(outDir, 'holdWorkspace.cjs');
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    external: ['better-sqlite3-multiple-ciphers'],
    loader: { '.sql': 'text' },
    logLevel: 'error',
  });
  return outfile;
}

/** A real second Node process holding the workspace in `dir` (unlocking it, or creating it). */
export function startHolder(
  script: string,
  dir: string,
  passphrase: string,
  mode: 'unlock' | 'create',
): Holder {
  const child = spawn(process.execPath, [script, dir, mode], {
    env: { ...process.env, NODE_PATH: NODE_MODULES, ASSAY_TEST_PASSPHRASE: passphrase },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (err += chunk));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const line = /^(held|failed) .*$/m.exec(out);
      if (line) resolve(line[0]);
    });
    child.once('exit', (code) => reject(new Error(`holder exited (${code}) early:\n${out}${err}`)));
  });
  return { child, ready };
}

/** Ends the holder cleanly (it locks the workspace) and waits for it to exit. */
export function stopHolder(holder: Holder): Promise<void> {
  return new Promise<void>((resolve) => {
    if (holder.child.exitCode !== null || holder.child.signalCode !== null) return resolve();
    holder.child.once('exit', () => resolve());
    holder.child.stdin?.end();
  });
}
