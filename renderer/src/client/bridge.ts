import type { AssayBridge } from '../../../assessments/api/bridge';

export type { AssayBridge };

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the page is served by the web transport. */
    assay?: AssayBridge;
  }
}
