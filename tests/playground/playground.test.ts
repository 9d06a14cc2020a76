import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../playground/server';
import { COLUMN, letter } from '../../src/sheet/columns';
import { launch, screenshotPath } from '../support/browser';
import { seedKey } from '../support/rows';
import {
  cell,
  DESKTOP,
  ensureBuilt,
  expectCell,
  NOW,
  openPage,
  PHONE,
  rowsNamed,
  runMenuItem,
} from './support';

/** The input columns' letters: the hidden machinery sits between the target and them. */
const [LOAD, REPS, RIR] = [COLUMN.load, COLUMN.reps, COLUMN.rir].map(letter) as [
  string,
  string,
  string,
];

/**
 * One coach's afternoon in the playground, in real Chromium, through the page only: generate a
 * program, log a session in the sidebar, edit the grid on a phone, save the state and load it in
 * a second playground. The tests run in order on the same spreadsheet.
 */
let browser: Browser;
let playground: Playground;
let desktop: Page;
let dir: string;
const statePath = () => join(dir, 'state.json');
/** Squat's row in weeks 1 to 4 (two days a week: once a week, in workout A). */
let squat: number[] = [];

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'offseason-playground-'));
  [browser, playground] = await Promise.all([
    launch(),
    startPlayground({ port: 0, statePath: statePath(), now: NOW }),
  ]);
  desktop = await openPage(browser, playground.url, DESKTOP);
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the playground', () => {
  it('opens on an empty spreadsheet with the Offseason menu', async () => {
    expect(await desktop.getByRole('tab').allTextContents()).toEqual(['Sheet1']);
    expect(
      await desktop
        .locator('#grid td[data-cell]')
        .evaluateAll((tds) => tds.every((td) => td.textContent === '')),
    ).toBe(true);
    await desktop.getByRole('button', { name: 'Extensions' }).click();
    await desktop.getByRole('menuitem', { name: 'Offseason' }).click();
    const shown = await desktop.locator('.submenu [role="menuitem"]').allTextContents();
    expect(shown).toEqual(playground.runtime.ui.menuItems().map((item) => item.caption));
    const core = ['Generate program…', 'Log a session…', 'Run self-test', 'Help'];
    expect(shown.filter((caption) => core.includes(caption))).toEqual(core);
    await desktop.keyboard.press('Escape');
  });

  it('edits from the keyboard, and shows what is typed as text', async () => {
    await cell(desktop, 'A1').click();
    await desktop.locator('#grid input.editor').waitFor();
    await desktop.keyboard.press('Escape');
    await desktop.keyboard.press('ArrowRight');
    const markup = '<img src=x onerror="document.title=1">';
    await desktop.keyboard.type(markup);
    await desktop.keyboard.press('Enter');
    await expectCell(desktop, 'B1', markup);
    expect(await cell(desktop, 'B1').locator('img').count()).toBe(0);
    expect(await cell(desktop, 'B2').getAttribute('aria-selected')).toBe('true');
    await desktop.keyboard.type('=LEN(B1)');
    await desktop.keyboard.press('Tab');
    await expectCell(desktop, 'B2', String(markup.length));
    expect(await cell(desktop, 'C2').getAttribute('aria-selected')).toBe('true');
    expect(await desktop.title()).toBe('Offseason playground');
  });

  it('generates a program through the real dialog', async () => {
    await runMenuItem(desktop, 'Generate program…');
    const dialog = desktop.frameLocator('.dialog-frame');
    await dialog.locator('#athlete').fill('Ana');
    await dialog.locator('#weeks').selectOption('4');
    await dialog.locator('#daysPerWeek').selectOption('2');
    await dialog.locator('input[data-exercise="Squat"]').fill('50');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await expect.poll(() => dialog.locator('#status').textContent()).toBe('Created the tab “Ana”.');
    // The dialog closes itself through google.script.host.close().
    await desktop.locator('.dialog-frame').waitFor({ state: 'detached' });
    await desktop.getByRole('tab', { name: 'Ana', selected: true }).waitFor();
    expect(await desktop.getByRole('tab').allTextContents()).toEqual(['Sheet1', 'Ana']);
    squat = await rowsNamed(desktop, 'Squat');
    expect(squat).toHaveLength(4);
    await expectCell(desktop, `C${squat[0]}`, '50.0 lb');
    await expectCell(desktop, `C${squat[1]}`, '55.0 lb');
  });

  it('logs a session in the real sidebar, and the grid follows', async () => {
    await runMenuItem(desktop, 'Log a session…');
    const sidebar = desktop.frameLocator('#sidebar-frame');
    await expect.poll(() => sidebar.locator('#title').textContent()).toMatch(/^Week 1 · Session 1/);
    for (const set of [1, 2, 3, 4]) {
      await sidebar.getByLabel(`Squat, set ${set}, lb`, { exact: true }).fill('50');
      await sidebar.getByLabel(`Squat, set ${set}, reps`, { exact: true }).fill('5');
      await sidebar.getByLabel(`Squat, set ${set}, RIR`, { exact: true }).fill('3');
    }
    await sidebar.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() =>
        sidebar.locator(`section[data-key="${seedKey('W1 · S1 · Squat')}"] .next`).textContent(),
      )
      .toBe('Next: 60 lb (+10)');
    const [w1 = 0, w2 = 0] = squat;
    await expectCell(desktop, `${LOAD}${w1}`, '50.0');
    await expectCell(desktop, `${REPS}${w1}`, '5');
    await expectCell(desktop, `${RIR}${w1}`, '3.0');
    await expectCell(desktop, `C${w2}`, '60.0 lb');
  });

  describe('on a 390 × 844 phone', () => {
    let phone: Page;
    beforeAll(async () => {
      phone = await openPage(browser, playground.url, PHONE);
    });

    it('takes an edit typed into the grid, and the next target recalculates', async () => {
      const [, w2 = 0, w3 = 0] = squat;
      await expectCell(phone, `C${w3}`, '65.0 lb');
      await cell(phone, `${RIR}${w2}`).tap();
      const editor = phone.locator('#grid input.editor');
      await editor.waitFor();
      await phone.keyboard.type('0');
      await phone.keyboard.press('Enter');
      // Week 2's base is 60 (the target), RIR 0 is more than one below 2: −max(5, 3 % of 60).
      await expectCell(phone, `${RIR}${w2}`, '0.0');
      await expectCell(phone, `C${w3}`, '55.0 lb');
      expect(await editor.count()).toBe(0);
    });

    it('refuses what the sheet refuses, with its message', async () => {
      const [, w2 = 0] = squat;
      await cell(phone, `${RIR}${w2}`).tap();
      await phone.locator('#grid input.editor').fill('lots');
      await phone.keyboard.press('Enter');
      await expect
        .poll(() => phone.locator('#message-text').textContent())
        .toMatch(new RegExp(`^Ana!${RIR}${w2}: Reps in reserve on the last set`));
      await expectCell(phone, `${RIR}${w2}`, '0.0');
    });

    it('shows the exercise and input columns without scrolling sideways', async () => {
      const [w1 = 0] = squat;
      const measure = () =>
        Promise.all(
          ['A', 'B', 'C', LOAD, REPS, RIR].map((col) => cell(phone, `${col}${w1}`).boundingBox()),
        );
      // The grid redraws after each edit: measure once every cell is drawn.
      await expect.poll(async () => (await measure()).every((b) => b !== null)).toBe(true);
      const boxes = await measure();
      for (const box of boxes) {
        expect(box).not.toBeNull();
        expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
      }
      const fit = await phone.evaluate(() => {
        const grid = document.getElementById('grid') as HTMLElement;
        return {
          scrollLeft: grid.scrollLeft,
          gridRight: grid.getBoundingClientRect().left + grid.clientWidth,
          page: document.documentElement.scrollWidth,
          gutters: [...document.querySelectorAll('#grid th.gutter')].filter(
            (th) => (th as HTMLElement).offsetWidth > 0,
          ).length,
        };
      });
      const right = Math.max(...boxes.map((b) => (b?.x ?? 0) + (b?.width ?? 0)));
      expect(fit.scrollLeft).toBe(0);
      expect(right).toBeLessThanOrEqual(fit.gridRight);
      expect(fit.page).toBeLessThanOrEqual(PHONE.width);
      expect(fit.gutters).toBe(0);
      // Save state and Load state stay reachable under ⋮, as the Sheets app's overflow menu.
      await phone.getByRole('button', { name: 'More' }).tap();
      expect(await phone.getByRole('menuitem', { name: 'Save state' }).isVisible()).toBe(true);
      await phone.getByRole('button', { name: 'More' }).tap();
      // The refusal above passes by itself on a phone; dismiss it if it is still up.
      const dismiss = phone.getByRole('button', { name: 'Dismiss' });
      if (await dismiss.isVisible()) await dismiss.tap();
      // From week 1's first session down: the logged Squat, and week 2's RIR typed above.
      await phone.evaluate(
        (a1) => {
          const grid = document.getElementById('grid') as HTMLElement;
          const td = grid.querySelector(`td[data-cell="${a1}"]`) as HTMLElement;
          const frozen = grid.querySelector('tr.frozen') as HTMLElement;
          grid.scrollTop = td.offsetTop - frozen.offsetTop - frozen.offsetHeight;
        },
        `A${w1 - 5}`,
      );
      await phone.screenshot({ path: screenshotPath('playground-phone.png') });
      expect(existsSync(screenshotPath('playground-phone.png'))).toBe(true);
    });
  });

  it('shows the sidebar after a save beside the grid (docs/playground.png)', async () => {
    await desktop.locator('#sidebar-close').click();
    await runMenuItem(desktop, 'Log a session…');
    const sidebar = desktop.frameLocator('#sidebar-frame');
    // Session 1 is logged, so the sidebar opens on the next one.
    await expect.poll(() => sidebar.locator('#title').textContent()).toMatch(/^Week 1 · Session 2/);
    for (const set of [1, 2, 3, 4]) {
      await sidebar.getByLabel(`Romanian Deadlift, set ${set}, lb`).fill('65');
      await sidebar.getByLabel(`Romanian Deadlift, set ${set}, reps`).fill('6');
      await sidebar.getByLabel(`Romanian Deadlift, set ${set}, RIR`).fill('2');
    }
    await sidebar.getByRole('button', { name: 'Save' }).click();
    const rdl = sidebar.locator(`section[data-key="${seedKey('W1 · S2 · Romanian Deadlift')}"]`);
    await expect.poll(() => rdl.locator('.next').textContent()).toBe('Next: 70 lb (+5)');
    await rdl.locator('.next').scrollIntoViewIfNeeded();
    const [row = 0] = await rowsNamed(desktop, 'Romanian Deadlift');
    await expectCell(desktop, `${LOAD}${row}`, '65.0');
    await desktop.screenshot({ path: screenshotPath('playground.png') });
    expect(existsSync(screenshotPath('playground.png'))).toBe(true);
  });

  it('saves its state to a file that a second playground starts from', async () => {
    await desktop.getByRole('button', { name: 'Save state' }).click();
    await desktop.locator('.toast', { hasText: `Saved to ${statePath()}` }).waitFor();
    expect(JSON.parse(readFileSync(statePath(), 'utf8')).format).toBe('offseason-runtime-state');
    const second = await startPlayground({ port: 0, statePath: statePath(), now: NOW });
    try {
      const page = await openPage(browser, second.url, DESKTOP);
      expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1', 'Ana']);
      await page.getByRole('tab', { name: 'Ana', selected: true }).waitFor();
      const [w1 = 0, w2 = 0, w3 = 0] = squat;
      await expectCell(page, `${LOAD}${w1}`, '50.0');
      await expectCell(page, `${REPS}${w1}`, '5');
      await expectCell(page, `${RIR}${w1}`, '3.0');
      await expectCell(page, `${RIR}${w2}`, '0.0');
      await expectCell(page, `C${w3}`, '55.0 lb');
      await runMenuItem(page, 'Help');
      await page.getByRole('dialog', { name: 'Offseason' }).waitFor();
    } finally {
      await second.close();
    }
  });
});
