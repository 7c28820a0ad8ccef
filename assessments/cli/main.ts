#!/usr/bin/env node
import * as nodeModule from 'node:module';

// The compiled code of the bundle's chunks is kept on disk (in the OS temp folder unless
// NODE_COMPILE_CACHE names another), so a second `assay` start skips most of the parsing. A cache
// that cannot be used (or a Node without one) is only slower, never an error.
try {
  nodeModule.enableCompileCache?.();
} catch {
  // An unwritable or full temp folder: run without the cache.
}
// Loaded after the cache is on, so that it covers the chunks the entry shares with the commands.
const { runCli } = await import('./runCli');

// Output piped into a reader that stops early (`assay … | head`) is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  untilInterrupted: () =>
    new Promise((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
        process.once(signal, () => resolve(signal));
    }),
});
process.exitCode = exitCode;
