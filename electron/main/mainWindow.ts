import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './policy';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  /** Folder holding preload.cjs (the bundle's own folder). */
  preloadDirectory: string;
  allowDevTools: boolean;
  onLoadFailed: (error: unknown) => void;
}

/** The single Assay window, shown once its first paint is ready so it never flashes blank. */
export function createMainWindow({
  preloadDirectory,
  allowDevTools,
  onLoadFailed,
}: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Assay',
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    webPreferences: secureWebPreferences(preloadDirectory, allowDevTools),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch(onLoadFailed);
  return window;
}

/** Brings an existing window to the front, e.g. when a second instance is started. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
