import { join } from 'node:path';
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { createCore } from '../../assessments/api/createCore';
import { systemClock } from '../../assessments/shared/clock';
import { enableAutoBackups, whenAutoBackupSettled } from '../../assessments/workspace/backup/autoBackup';
import { ANCHOR_DIR_ENV } from '../../assessments/workspace/anchor/anchorFile';
import { workspaceArgument } from './commandLine';
import { ElectronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { createMainWindow, focusWindow } from './mainWindow';
import { buildApplicationMenu } from './menu';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { hardenApp } from './security';

/** The bundle lives in dist/electron/ next to preload.cjs; Vite writes the page to dist/renderer/. */
const bundleDirectory = __dirname;
const rendererRoot = join(bundleDirectory, '../renderer');

// stderr, like the CLI and the web transport: a packaged build has no console, and nothing here
// (operation names, error stacks) carries a passphrase or key.
function logError(error: unknown, op: string): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[assay] ${op} failed: ${detail}\n`);
}

function logSecurity(message: string): void {
  process.stderr.write(`[assay:security] ${message}\n`);
}

/** Shown even before a window exists (on Linux, also printed to stderr). */
function reportFatal(title: string, error: unknown): void {
  logError(error, title);
  dialog.showErrorBox('Assay', `${title}: ${error instanceof Error ? error.message : String(error)}`);
}

interface StartOptions {
  /** From `--workspace`, or null for the default folder under userData. */
  workspaceRoot: string | null;
  /** Set once the window exists, so dialogs and second-instance focus can find it. */
  setMainWindow: (window: BrowserWindow) => void;
  mainWindow: () => BrowserWindow | null;
}

/** Builds the object graph once `app` is ready and opens the window. */
function start({ workspaceRoot, setMainWindow, mainWindow }: StartOptions): void {
  const allowDevTools = !app.isPackaged;
  const clock = systemClock;
  const dialogs = new ElectronDialogs({
    parentWindow: mainWindow,
    defaultDirectory: app.getPath('documents'),
  });
  // Packaged builds ship templates/ as an extra resource; from a checkout it sits at the top level.
  const templatesDir = app.isPackaged
    ? join(process.resourcesPath, 'templates')
    : join(bundleDirectory, '../../templates');
  // The folder may not exist yet: the UI's "create workspace" screen has the core create it.
  const { session, hub, handlers, grants } = createCore({
    workspaceDir: workspaceRoot ?? join(app.getPath('userData'), 'workspace'),
    // Outside the workspace folder, so putting back an old copy of the whole folder is detected.
    anchorDir: process.env[ANCHOR_DIR_ENV] ?? join(app.getPath('userData'), 'anchors'),
    templatesDir,
    dialogs,
    clock,
    windowFiles: 'granted',
  });
  if (!grants) throw new Error('a core serving the desktop window keeps grants of chosen files');

  // Closing the window or quitting closes the database and zeroes the keys in memory.
  const lockWorkspace = (): void => {
    try {
      session.lock();
    } catch (error) {
      logError(error, 'workspace.lock on quit');
    }
  };
  // Locking may start an automatic backup (at most one an hour); quitting waits for it to finish.
  enableAutoBackups(session, clock);
  let backupSettled = false;
  app.on('before-quit', (event) => {
    lockWorkspace();
    if (backupSettled) return;
    event.preventDefault();
    backupSettled = true;
    void whenAutoBackupSettled(session).finally(() => app.quit());
  });
  // A single-window tool: closing the window quits, on macOS too.
  app.on('window-all-closed', () => {
    lockWorkspace();
    app.quit();
  });

  handleAppProtocol(rendererRoot);
  registerIpc({ handlers, hub, grants, logError });
  Menu.setApplicationMenu(buildApplicationMenu({ isMac: process.platform === 'darwin', allowDevTools }));
  setMainWindow(
    createMainWindow({
      preloadDirectory: bundleDirectory,
      allowDevTools,
      onLoadFailed: (error) => {
        reportFatal('The Assay window could not load', error);
        // quit, not exit: the normal path closes the window and locks the workspace.
        app.quit();
      },
    }),
  );
}

function main(): void {
  // Both must happen before `ready`: every renderer sandboxed, and the app's scheme privileged.
  app.enableSandbox();
  registerAppSchemeAsPrivileged();

  let workspaceRoot: string | null;
  try {
    workspaceRoot = workspaceArgument(process.argv, process.cwd());
  } catch (error) {
    reportFatal('Invalid command line', error);
    app.exit(2);
    return;
  }

  // The lock is per userData folder, so tests that pass their own --user-data-dir run side by side.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  hardenApp(app, logSecurity);

  let window: BrowserWindow | null = null;
  app.on('second-instance', () => focusWindow(window));

  app
    .whenReady()
    .then(() =>
      start({
        workspaceRoot,
        setMainWindow: (created) => {
          window = created;
        },
        mainWindow: () => window,
      }),
    )
    .catch((error: unknown) => {
      reportFatal('Assay could not start', error);
      app.exit(1);
    });
}

main();
