import { describe, expect, it } from 'vitest';
import { findBrowser, launch, npmChromium } from '../support/browser';

describe('finding a browser on a fresh machine', () => {
  it('launches the Chromium that npm ci brings, every run, so the fallback cannot rot', async () => {
    const found = await npmChromium();
    expect(found.source).toBe('npm');
    const browser = await launch(found);
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 200 } });
      await page.setContent('<p id="p">Offseason</p>');
      expect(await page.textContent('#p')).toBe('Offseason');
      expect(await page.evaluate(() => window.innerWidth)).toBe(390);
    } finally {
      await browser.close();
    }
  });

  it('prefers CHROMIUM_PATH, then a system Chromium, then the npm one', async () => {
    const npm = await npmChromium();
    expect(await findBrowser({ CHROMIUM_PATH: npm.executablePath })).toEqual({
      source: 'CHROMIUM_PATH',
      executablePath: npm.executablePath,
    });
    await expect(findBrowser({ CHROMIUM_PATH: '/nowhere/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH=/nowhere/chromium does not exist',
    );
    expect(['system', 'npm']).toContain((await findBrowser({})).source);
  });
});
