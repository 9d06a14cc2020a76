/**
 * The bundle's only entry: it wires, it does no work. `build.mjs` wraps this module in a lazy
 * `offseason_()` and writes a top-level stub per custom function and entry point.
 */
export { runCustomFunction } from './functions/run';
export { entryPoints } from './gas/entry-points';
