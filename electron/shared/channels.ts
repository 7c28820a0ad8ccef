/**
 * The IPC channels between the window and the core, named once for main and preload. Operation
 * and event names travel as arguments and are checked against the contract on both sides.
 */
export const INVOKE_CHANNEL = 'assay:invoke';
export const EVENT_CHANNEL = 'assay:event';
/**
 * The preload's alone: paths of files the person chose in a file input or dropped, which only the
 * preload can see (webUtils.getPathForFile). The page gets a function that takes File objects,
 * never this channel, so it cannot grant itself a path it made up.
 */
export const GRANT_CHANNEL = 'assay:grant-files';
