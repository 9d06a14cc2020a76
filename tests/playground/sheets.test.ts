import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUEST } from '../../playground/people';
import type { Playground } from '../../playground/server';
import { COACH, roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';
import {
  cell,
  DESKTOP,
  expectCell,
  openPage,
  PHONE,
  type Session,
  startSession,
  type Viewport,
} from './support';

/**
 * The playground behaves like Sheets where it matters for trying the add-on: taps land on the
 * cell tapped, conditional formats are drawn, protections can be tried as each athlete, and a
 * phone shows what the Sheets app shows. Each behaviour at 390 px and at desktop width.
 */
let session: Session;
let browser: Browser;
let playground: Playground;
const ANA = 'ana@example.com';
const BEN = 'ben@example.com';
const squat = (week: number) => `W${week} · S1 · Squat`;

beforeAll(async () => {
  session = await startSession('offseason-sheets-');
  ({ browser, playground } = session);
  const rt = playground.runtime;
  roster(rt, [rosterRow('Ana', ANA), rosterRow('Ben', BEN), rosterRow('Cleo')]);
  rt.call('generateForRoster');
  // Sheet1: a frozen first column, a wrapped cell and a link into Ana's tab.
  const sheet1 = rt.spreadsheet.getSheetByName('Sheet1');
  const ana = rt.spreadsheet.getSheetByName('Ana');
  if (!sheet1 || !ana) throw new Error('no Sheet1 or Ana');
  sheet1.setFrozenColumns(1);
  sheet1.getRange('A20').setValue('A long name that wraps inside its cell').setWrap(true);
  sheet1
    .getRange('A22')
    .setFormula(`=HYPERLINK("#gid=${ana.getSheetId()}&range=A"&(30+10),"Go to Ana A40")`);
});

afterAll(async () => {
  await session?.close();
});

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tab', { name, selected: true }).waitFor();
}

async function actAs(page: Page, email: string): Promise<void> {
  await page.locator('#act-as').selectOption(email);
  await page.waitForFunction(
    (wanted) => (document.getElementById('act-as') as HTMLSelectElement).value === wanted,
    email,
  );
  for (let waited = 0; playground.runtime.user !== email; waited += 50) {
    if (waited > 5000) throw new Error(`still acting as ${playground.runtime.user}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Taps on a phone, clicks on a desktop. */
const press = (page: Page, a1: string, viewport: Viewport) =>
  viewport === PHONE ? cell(page, a1).tap() : cell(page, a1).click();

async function typeInto(page: Page, a1: string, text: string, viewport: Viewport) {
  await press(page, a1, viewport);
  const editor = page.locator(`#grid td[data-cell="${a1}"] input.editor`);
  await editor.waitFor();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

const message = (page: Page) => page.locator('#message-text').textContent();

describe.each([
  ['at desktop width', DESKTOP, 7],
  ['on a 390 px phone', PHONE, 8],
] as const)('the playground %s', (_, viewport, row) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(browser, playground.url, viewport);
    await actAs(page, COACH);
  });

  it('edits the cell tapped, not the neighbour whose text spills over it', async () => {
    await openTab(page, 'Roster');
    const long = 'Squat: 50; Romanian Deadlift: 65; Lat Pull-Over: 20';
    await typeInto(page, `H${row}`, long, viewport);
    await expectCell(page, `H${row}`, long);
    expect(await cell(page, `H${row}`).getAttribute('class')).toMatch(/spill/);
    await typeInto(page, `I${row}`, 'Tue Fri', viewport);
    await expectCell(page, `I${row}`, 'Tue Fri');
    await expectCell(page, `H${row}`, long);
  });

  it('names the cell a refused value was typed into, and puts the message away on the next tap', async () => {
    await openTab(page, 'Roster');
    await typeInto(page, `E${row}`, '13', viewport);
    await expect.poll(() => message(page)).toMatch(new RegExp(`^Roster!E${row}: Weeks`));
    await press(page, `A${row}`, viewport);
    await expect.poll(() => page.locator('#message').isHidden()).toBe(true);
  });

  it('draws conditional formats: a logged RIR turns its row green or red', async () => {
    const ana = tab(playground.runtime, 'Ana');
    ana.type(squat(1), 'rir', 4);
    ana.type(squat(2), 'rir', 0);
    await openTab(page, 'Ana');
    const green = ana.a1(squat(1), 'rir').split('!')[1] ?? '';
    const red = ana.a1(squat(2), 'rir').split('!')[1] ?? '';
    const background = (a1: string) =>
      cell(page, a1).evaluate((td) => getComputedStyle(td).backgroundColor);
    await expect.poll(() => background(green)).toBe('rgb(183, 225, 205)');
    await expect.poll(() => background(red)).toBe('rgb(244, 199, 195)');
    const w3 = ana.a1(squat(3), 'rir').split('!')[1] ?? '';
    expect(await background(w3)).toBe('rgb(255, 248, 225)');
  });

  it('acts as an athlete: their own inputs take edits, targets and other tabs refuse them', async () => {
    await actAs(page, ANA);
    const people = await page
      .locator('#act-as option')
      .evaluateAll((options) =>
        options.map((o) => `${o.textContent} ${(o as HTMLOptionElement).value}`),
      );
    expect(people).toEqual(expect.arrayContaining([`Coach ${COACH}`, `Ana ${ANA}`, `Ben ${BEN}`]));
    const ana = tab(playground.runtime, 'Ana');
    await openTab(page, 'Ana');
    const load = ana.a1(squat(3), 'load').split('!')[1] ?? '';
    await typeInto(page, load, '62.5', viewport);
    await expectCell(page, load, '62.5');
    const target = ana.a1(squat(3), 'target').split('!')[1] ?? '';
    const before = await cell(page, target).textContent();
    await typeInto(page, target, '999', viewport);
    await expect.poll(() => message(page)).toMatch(new RegExp(`^Ana!${target}: .*protected`));
    await expectCell(page, target, before ?? '');

    const ben = tab(playground.runtime, 'Ben');
    await openTab(page, 'Ben');
    const his = ben.a1(squat(1), 'rir').split('!')[1] ?? '';
    await typeInto(page, his, '2', viewport);
    await expect.poll(() => message(page)).toMatch(new RegExp(`^Ben!${his}: .*protected`));
    expect(ben.get(squat(1), 'rir')).toBe('');
    await actAs(page, COACH);
  });

  it('keeps frozen columns on screen, wraps text, and follows a link to a cell', async () => {
    await openTab(page, 'Sheet1');
    const grid = page.locator('#grid');
    await grid.evaluate((g) => {
      g.scrollLeft = 1500;
    });
    const left = await cell(page, 'A20').boundingBox();
    const gridBox = await grid.boundingBox();
    expect(left?.x).toBeLessThanOrEqual((gridBox?.x ?? 0) + 50);
    expect(left?.height).toBeGreaterThan(30);
    expect(await cell(page, 'A20').evaluate((td) => getComputedStyle(td).whiteSpace)).toBe(
      'normal',
    );
    await page.getByRole('link', { name: 'Go to Ana A40' }).click();
    await page.getByRole('tab', { name: 'Ana', selected: true }).waitFor();
    await expect.poll(() => cell(page, 'A40').getAttribute('aria-selected')).toBe('true');
    const target = await cell(page, 'A40').boundingBox();
    expect(target?.y).toBeGreaterThan(0);
    expect(target?.y).toBeLessThan(viewport.height);
  });

  it('lets someone on no roster type into an open tab’s inputs, never its targets', async () => {
    await actAs(page, GUEST);
    const cleo = tab(playground.runtime, 'Cleo');
    await openTab(page, 'Cleo');
    const target = cleo.a1(squat(2), 'target').split('!')[1] ?? '';
    await typeInto(page, target, '999', viewport);
    await expect.poll(() => message(page)).toMatch(new RegExp(`^Cleo!${target}: .*protected`));
    const load = cleo.a1(squat(2), 'load').split('!')[1] ?? '';
    await typeInto(page, load, '45', viewport);
    await expectCell(page, load, '45.0');
    await actAs(page, COACH);
  });

  it('explains itself: a link to the session to do, names that fit, units, closed cells', async () => {
    const rt = playground.runtime;
    const ana = tab(rt, 'Ana');
    await openTab(page, 'Ana');
    // The link in the frozen header goes to the first session not logged (or today's).
    const url = rt.hyperlink("'Ana'!A1") ?? '';
    const row = /range=A(\d+)$/.exec(url)?.[1] ?? '';
    expect(await cell(page, 'A1').textContent()).toBe(rt.values("'Ana'!A1")[0]?.[0]);
    await cell(page, 'A1').locator('a').click();
    await expect.poll(() => cell(page, `A${row}`).getAttribute('aria-selected')).toBe('true');
    const box = await cell(page, `A${row}`).boundingBox();
    expect(box && box.y > 0 && box.y + box.height <= viewport.height).toBe(true);
    expect(await cell(page, `A${row}`).textContent()).toMatch(/^Week \d · Session \d/);

    // Every exercise's name, prescription and target is shown whole (wrapped when it must be).
    const exercises = ana
      .rows()
      .filter((r) => ['load', 'hold', 'reps', 'fixed'].includes(r.kind))
      .map((r) => r.row);
    const cut = await page.evaluate((rows) => {
      const out: string[] = [];
      for (const r of rows)
        for (const c of ['A', 'B', 'C']) {
          const td = document.querySelector(`#grid td[data-cell="${c}${r}"]`) as HTMLElement;
          if (td && td.scrollWidth > td.clientWidth + 1) out.push(`${c}${r}: ${td.textContent}`);
        }
      return out;
    }, exercises);
    expect(cut).toEqual([]);
    expect(await cell(page, 'B1').textContent()).toBe('Sets × reps');
    const header = await cell(page, 'B1').evaluate((td) => td.scrollWidth <= td.clientWidth + 1);
    expect(header).toBe(true);

    // Targets carry their unit; a plyo's load and RIR are closed.
    const text = (id: string, column: 'target' | 'load' | 'rir') =>
      cell(page, ana.a1(id, column).split('!')[1] ?? '').textContent();
    expect(await text(squat(3), 'target')).toMatch(/^\d+\.\d lb$/);
    expect(await text('W1 · S1 · Copenhagen Side Plank', 'target')).toBe('30 s');
    expect(await text('W1 · S1 · Box Jump', 'load')).toBe('—');
    expect(await text('W1 · S1 · Box Jump', 'rir')).toBe('—');

    // Each part looks its own way, and not by colour alone.
    const look = (a1: string) =>
      cell(page, a1).evaluate((td) => {
        const s = getComputedStyle(td);
        return { background: s.backgroundColor, weight: s.fontWeight, italic: s.fontStyle };
      });
    const at = (id: string, column: 'target' | 'load' | 'rir') =>
      ana.a1(id, column).split('!')[1] ?? '';
    const [target, input, closed, setting] = await Promise.all([
      look(at(squat(3), 'target')),
      look(at(squat(3), 'load')),
      look(at('W1 · S1 · Box Jump', 'load')),
      look('B5'),
    ]);
    expect(target.weight).toBe('700');
    expect(input).toMatchObject({ background: 'rgb(255, 248, 225)', weight: '400' });
    expect(closed.background).toBe('rgb(224, 224, 224)');
    expect(setting.italic).toBe('italic');
    expect(new Set([target, input, closed, setting].map((l) => JSON.stringify(l))).size).toBe(4);

    // The exercise column stays on screen when the grid scrolls to the notes.
    const grid = page.locator('#grid');
    await grid.evaluate((g) => {
      g.scrollLeft = g.scrollWidth;
    });
    const name = await cell(page, at(squat(3), 'target').replace(/^C/, 'A')).boundingBox();
    const gridBox = await grid.boundingBox();
    expect(name?.x).toBeLessThanOrEqual((gridBox?.x ?? 0) + 50);
  });

  it('refuses RIR 2.3 in the grid, as the sidebar and NEXTLOAD do', async () => {
    const ana = tab(playground.runtime, 'Ana');
    await openTab(page, 'Ana');
    const rir = ana.a1(squat(4), 'rir').split('!')[1] ?? '';
    await typeInto(page, rir, '2.3', viewport);
    await expect
      .poll(() => message(page))
      .toBe(
        `Ana!${rir}: Reps in reserve on the last set: how many more you could have done, from 0 to 10, in steps of 0.5. Exercises marked — take none.`,
      );
    expect(ana.get(squat(4), 'rir')).toBe('');
  });
});

describe('menus as each device shows them', () => {
  it('a desktop has File and Extensions; a phone has neither, as in the Sheets app', async () => {
    const desktop = await openPage(browser, playground.url, DESKTOP);
    expect(await desktop.getByRole('button', { name: 'Extensions' }).isVisible()).toBe(true);
    expect(await desktop.getByRole('button', { name: 'File' }).isVisible()).toBe(true);
    expect(await desktop.getByRole('button', { name: 'More' }).isVisible()).toBe(false);
    const phone = await openPage(browser, playground.url, PHONE);
    expect(await phone.getByRole('button', { name: 'Extensions' }).isVisible()).toBe(false);
    expect(await phone.getByRole('button', { name: 'File' }).isVisible()).toBe(false);
    expect(await phone.locator('.formula-bar').isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'More' }).tap();
    expect(await phone.getByRole('menuitem').allTextContents()).toEqual([
      'Save state',
      'Load state',
    ]);
    const box = await phone.getByRole('menuitem', { name: 'Load state' }).boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE.width).toBe(true);
    expect(await phone.locator('#act-as').isVisible()).toBe(true);
  });

  it('shows a formula’s error on the desktop: =NEXTLOAD(100, 2.3) is refused', async () => {
    const desktop = await openPage(browser, playground.url, DESKTOP);
    await openTab(desktop, 'Sheet1');
    await typeInto(desktop, 'A1', '=NEXTLOAD(100, 2.3)', DESKTOP);
    await expectCell(desktop, 'A1', '#ERROR!');
    expect(await cell(desktop, 'A1').getAttribute('title')).toBe(
      'NEXTLOAD: rir must be from 0 to 10, in steps of 0.5; got 2.3.',
    );
  });
});
