import { entryPointStub, jsdocStub } from '../src/functions/docs';
import { CUSTOM_FUNCTIONS } from '../src/functions/table';
import { entryPoints } from '../src/gas/entry-points';

/** The top-level declarations Apps Script needs, generated from the tables (run by build.mjs). */
export function stubs(bundle: string, names: readonly string[]): string {
  return [
    ...CUSTOM_FUNCTIONS.map((fn) => jsdocStub(fn, bundle)),
    ...names.map((name) => entryPointStub(name, bundle)),
  ].join('\n\n');
}

export const entryPointNames = (): string[] => Object.keys(entryPoints);
