import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Runtime } from '../../runtime';
import { CLIENT_SHIM, serverReply } from '../../runtime/client-shim';

/** Flags that keep a headless Chromium from reaching out to Google's hosts (the network is closed). */
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where a system Chromium usually lives (Debian's package, other distributions, snaps). */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'npm';

export interface FoundBrowser {
  readonly source: BrowserSource;
  readonly executablePath: string;
}

/**
 * The Chromium `@sparticuz/chromium` ships inside its npm package, so `npm ci` alone brings a
 * browser (Linux x64). Its first call unpacks the binary into the temp folder; `globalSetup`
 * makes that call once, before test files race to unpack it.
 */
export async function npmChromium(): Promise<FoundBrowser> {
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { source: 'npm', executablePath: await sparticuz.executablePath() };
}

/** An explicit `CHROMIUM_PATH`, else a system Chromium, else the one `npm ci` brought. */
export async function findBrowser(env = process.env): Promise<FoundBrowser> {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist`);
    return { source: 'CHROMIUM_PATH', executablePath: explicit };
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  return system ? { source: 'system', executablePath: system } : npmChromium();
}

/** A headless Chromium, found by `findBrowser` unless one is given. */
export async function launch(found?: FoundBrowser): Promise<Browser> {
  const browser = found ?? (await findBrowser());
  return chromium.launch({
    executablePath: browser.executablePath,
    // The npm build is chrome-headless-shell; it needs no zygote when run as root.
    args: browser.source === 'npm' ? [...QUIET, '--no-zygote'] : QUIET,
  });
}

/**
 * Where a test's screenshots go: a fresh temporary folder, so `npm test` never changes a tracked
 * file; `npm run screenshots` points `OFFSEASON_SCREENSHOTS` at `docs/` to refresh the README's.
 */
export function screenshotPath(file: string): string {
  shots ??= process.env.OFFSEASON_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'offseason-shots-'));
  return join(shots, file);
}
let shots: string | undefined;

export interface View {
  readonly page: Page;
  /** Server calls the view made, in order. */
  readonly calls: string[];
  closed: () => boolean;
}

/**
 * Opens the HTML a dialog or sidebar showed (as the runtime's HtmlService produced it) in a
 * page of `width`, with `google.script.run` bridged to the runtime. `page.route` + `goto`, since
 * init scripts do not apply to `setContent`.
 */
export async function openView(
  browser: Browser,
  rt: Runtime,
  html: string,
  width = 300,
  intercept?: (name: string) => string | undefined,
): Promise<View> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const calls: string[] = [];
  let closed = false;
  await page.exposeFunction('__offseasonTransport', (name: string, args: string) => {
    calls.push(name);
    return intercept?.(name) ?? serverReply(rt, name, args);
  });
  await page.exposeFunction('__offseasonClose', () => {
    closed = true;
  });
  await page.addInitScript(CLIENT_SHIM);
  await page.route('https://offseason.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.goto('https://offseason.test/view');
  return { page, calls, closed: () => closed };
}
