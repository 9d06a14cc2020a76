import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm run build` leaves in dist/: the Apps Script file and the HTML views by name. */
export interface AddOnBundle {
  readonly code: string;
  readonly htmlFiles: Record<string, string>;
}

export function readBundle(dir: string): AddOnBundle {
  if (!existsSync(join(dir, 'Code.js')))
    throw new Error(`${join(dir, 'Code.js')} is missing: run \`npm run build\` first.`);
  const htmlFiles = Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.replace(/\.html$/, ''), readFileSync(join(dir, file), 'utf8')]),
  );
  return { code: readFileSync(join(dir, 'Code.js'), 'utf8'), htmlFiles };
}
