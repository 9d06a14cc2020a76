import { readFileSync, writeFileSync } from 'node:fs';
import { markdownReference } from '../src/functions/docs';
import { CUSTOM_FUNCTIONS } from '../src/functions/table';

/** The README's function reference is generated from the function table: `npm run docs`. */
const START = '<!-- functions:start (generated from src/functions by `npm run docs`) -->';
const END = '<!-- functions:end -->';
export const README = new URL('../README.md', import.meta.url);

export function withReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${markdownReference(CUSTOM_FUNCTIONS)}\n\n${readme.slice(end)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  writeFileSync(README, withReference(readFileSync(README, 'utf8')));
}
