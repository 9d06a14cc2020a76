import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export const BUNDLE_PATH = new URL('../../dist/Code.js', import.meta.url);

/** `dist/Code.js` as `npm run build` left it. */
export const bundleSource = (): string => readFileSync(BUNDLE_PATH, 'utf8');

/** A fresh V8 context holding the bundle's top-level declarations, as Apps Script would. */
export function loadBundle(): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context;
}
