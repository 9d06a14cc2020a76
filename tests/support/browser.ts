import { type Browser, chromium, type Page } from 'playwright-core';
import type { Runtime } from '../../runtime';
import { CLIENT_SHIM, serverReply } from '../../runtime/client-shim';

/** Debian's Chromium, headless, with nothing reaching out to Google's hosts. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

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
