/**
 * Every function Apps Script calls by name: triggers, menu items and `google.script.run` server
 * functions. The build writes a top-level stub for each key.
 */
export const entryPoints: Record<string, (...args: never[]) => unknown> = {};
