import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../runtime';

/** What `npm run build` leaves in dist/: the Apps Script file, the HTML views by name, the manifest. */
export interface AddOnBundle {
  readonly code: string;
  readonly htmlFiles: Record<string, string>;
  /** Its scopes are the only ones the playground grants, as on Google. */
  readonly manifest: Manifest;
}

export function readBundle(dir: string): AddOnBundle {
  if (!existsSync(join(dir, 'Code.js')))
    throw new Error(`${join(dir, 'Code.js')} is missing: run \`npm run build\` first.`);
  const htmlFiles = Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.replace(/\.html$/, ''), readFileSync(join(dir, file), 'utf8')]),
  );
  return {
    code: readFileSync(join(dir, 'Code.js'), 'utf8'),
    htmlFiles,
    manifest: JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as Manifest,
  };
}
