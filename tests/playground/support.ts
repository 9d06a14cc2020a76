import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../playground/server';
import { launch } from '../support/browser';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The script's clock in these tests: generated dates, and so the screenshots, never change. */
export const NOW = () => new Date(Date.UTC(2026, 11, 2, 9));

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function stale(): boolean {
  try {
    const built = statSync(join(ROOT, 'dist/Code.js')).mtimeMs;
    return ['src', 'build.mjs', 'scripts'].some((p) => newest(join(ROOT, p)) > built);
  } catch {
    return true;
  }
}

/**
 * Builds dist/ when src/ is newer (`npm test` has just built it, so usually nothing happens).
 * A lock directory keeps two test files from rebuilding at once: the build deletes dist/ first.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, 'node_modules/.playground-build-lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left over from a test run that was killed mid-build.
      const since = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (since > 120_000) rmdirSync(lock);
      if (waited > 60_000) throw new Error(`${lock} held for a minute: remove it`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    if (stale()) execSync('node build.mjs', { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmdirSync(lock);
  }
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

/** The playground in a new page, once its first state is drawn. */
export async function openPage(browser: Browser, url: string, viewport: Viewport): Promise<Page> {
  const phone = viewport.width <= 480;
  const page = await browser.newPage({ viewport, isMobile: phone, hasTouch: phone });
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

export const cell = (page: Page, a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);

/** Waits for a grid cell to show `text` (the grid redraws after the server answers). */
export async function expectCell(page: Page, a1: string, text: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([a, t]) => document.querySelector(`#grid td[data-cell="${a}"]`)?.textContent === t,
      [a1, text] as const,
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`${a1} shows "${await cell(page, a1).textContent()}", not "${text}"`);
  }
}

/** Row numbers, top to bottom, of the grid rows whose column A reads `name`. */
export function rowsNamed(page: Page, name: string): Promise<number[]> {
  return page.$$eval(
    '#grid td[data-cell^="A"]',
    (cells, wanted) =>
      cells.filter((c) => c.textContent === wanted).map((c) => Number(c.dataset.cell?.slice(1))),
    name,
  );
}

export async function runMenuItem(page: Page, caption: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Offseason' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
}

export interface Session {
  readonly browser: Browser;
  readonly playground: Playground;
  close(): Promise<void>;
}

/**
 * A browser and a playground whose state file sits in a new temporary folder; `prepare` may
 * write that file first (a spreadsheet saved by another runtime).
 */
export async function startSession(
  prefix: string,
  prepare?: (statePath: string) => void,
): Promise<Session> {
  await ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const statePath = join(dir, 'state.json');
  prepare?.(statePath);
  const [browser, playground] = await Promise.all([
    launch(),
    startPlayground({ port: 0, statePath, now: NOW }),
  ]);
  return {
    browser,
    playground,
    async close() {
      await browser.close();
      await playground.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
