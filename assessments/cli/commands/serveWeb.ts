import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWebServer } from '../../transport/webServer';
import { createCliContext } from '../context';
import { UsageError, type CliIo } from '../io';

/** Where the built renderer sits relative to the bundled CLI (dist/cli → dist/renderer). */
function defaultStaticRoot(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

export async function serveWebCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { workspace: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
  });
  if (!values.workspace)
    throw new UsageError('Missing --workspace DIR (the workspace folder; created on first use).');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port ${values.port}: expected a port number from 0 (any free port) to 65535.`);
  }
  // A browser page never names a path: it uploads the files a person chooses and downloads exports.
  const ctx = createCliContext(values.workspace, undefined, { servesBrowser: true });
  if (!ctx.staging) throw new Error('a core serving a browser window keeps its uploads in a staging folder');
  const server = await startWebServer({
    handlers: ctx.handlers,
    hub: ctx.hub,
    staging: ctx.staging,
    staticRoot: values.static ?? defaultStaticRoot(),
    port,
    logError: (error, op) =>
      io.stderr(
        `assay serve-web: ${op}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      ),
  });
  io.stdout(`Assay is serving workspace ${ctx.session.paths.root}\nOpen ${server.url}\n`);
  const signal = await io.untilInterrupted();
  io.stderr(`assay serve-web: ${signal}, locking the workspace and stopping.\n`);
  await server.close();
  ctx.session.lock();
  return 0;
}
