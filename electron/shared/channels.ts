/**
 * The two IPC channels between the window and the core, named once for main and preload. Operation
 * and event names travel as arguments and are checked against the contract on both sides.
 */
export const INVOKE_CHANNEL = 'assay:invoke';
export const EVENT_CHANNEL = 'assay:event';
