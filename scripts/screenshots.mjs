// `npm run screenshots`: refreshes the README's pictures in docs/ from the browser tests, which
// otherwise write their screenshots to a temporary folder (so `npm test` leaves the tree clean).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const docs = resolve(import.meta.dirname, '../docs');
const run = spawnSync('npx', ['vitest', 'run', 'tests/playground'], {
  stdio: 'inherit',
  env: { ...process.env, OFFSEASON_SCREENSHOTS: docs },
});
process.exit(run.status ?? 1);
