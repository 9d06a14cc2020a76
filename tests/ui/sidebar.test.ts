import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDTH } from '../../src/sheet/columns';
import { parseRecord } from '../../src/sheet/record';
import { launch, openView } from '../support/browser';
import { sheetsCalls } from '../support/calls';
import { seedKey } from '../support/rows';
import { addOn, options, tab } from '../support/runtime';
import { expectUnchanged, snapshot } from '../support/snapshot';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A spreadsheet with Ana's 4-week, 2-day block and the sidebar open on it. */
async function sidebar(
  over: Record<string, unknown> = {},
  intercept?: (name: string) => string | undefined,
) {
  const rt = addOn();
  rt.runFromClient(
    'generateProgram',
    options({ weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'], ...over }),
  );
  rt.call('showLogSidebar');
  const shown = rt.ui.lastDialog('sidebar');
  if (!shown) throw new Error('no sidebar');
  const view = await openView(browser, rt, shown.html, 300, intercept);
  return { rt, ...view, ana: tab(rt, String(over.athlete ?? 'Ana')) };
}

const field = (key: string, set: number, what: string) =>
  `input[data-field="${key}|${set}|${what}"]`;
const S1 = 'W1 · S1';
/** The key of a session-1 exercise, as the sidebar sends it. */
const key = (exercise: string) => seedKey(`${S1} · ${exercise}`);

describe('the Log-a-session sidebar', () => {
  it('opens on the first session not logged, and logs it: grid, every set and next targets all updated', async () => {
    const { page, ana, calls } = await sidebar();
    await expect
      .poll(() => page.locator('#title').textContent())
      .toBe('Week 1 · Session 1 · Workout A · Tue 5 Jan');
    for (const set of [0, 1, 2, 3]) {
      await page.fill(field(key('Squat'), set, 'load'), set < 3 ? '50' : '55');
      await page.fill(field(key('Squat'), set, 'reps'), '5');
      await page.fill(field(key('Squat'), set, 'rir'), set < 3 ? '3' : '2');
    }
    await page.fill(field(key('Copenhagen Side Plank'), 0, 'reps'), '40');
    await page.fill(field(key('Copenhagen Side Plank'), 0, 'rir'), '2');
    await page.click('#save');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Saved. The rest of the block has recalculated.');
    expect(calls).toEqual(['saveSession']);
    // The grid: the last set's load, reps and RIR.
    expect([
      ana.get(`${S1} · Squat`, 'load'),
      ana.get(`${S1} · Squat`, 'reps'),
      ana.get(`${S1} · Squat`, 'rir'),
    ]).toEqual([55, 5, 2]);
    expect(ana.get('W2 · S1 · Squat', 'target')).toBe(60);
    expect(ana.get('W2 · S1 · Copenhagen Side Plank', 'target')).toBe(45);
    // Every set, in each row's own log.
    const squatLog = parseRecord(ana.get(`${S1} · Squat`, 'save'));
    expect(squatLog?.sets).toEqual([
      { load: 50, reps: 5, rir: 3 },
      { load: 50, reps: 5, rir: 3 },
      { load: 50, reps: 5, rir: 3 },
      { load: 55, reps: 5, rir: 2 },
    ]);
    expect(squatLog?.by).toBe('coach@example.com');
    expect(parseRecord(ana.get(`${S1} · Copenhagen Side Plank`, 'save'))?.sets).toEqual([
      { load: '', reps: 40, rir: 2 },
    ]);
    expect(parseRecord(ana.get(`${S1} · Box Jump`, 'save'))).toBeUndefined();
    // The recalculated targets, read back from the sheet.
    await expect
      .poll(() => page.locator(`[data-key="${key('Squat')}"] .next`).textContent())
      .toBe('Next: 60 lb (+5)');
    expect(
      await page.locator(`[data-key="${key('Copenhagen Side Plank')}"] .next`).textContent(),
    ).toBe('Next: 45 s (+5)');
  });

  it('saves with a constant number of Sheets calls (7), checks included', async () => {
    const { rt, page } = await sidebar();
    await page.fill(field(key('Squat'), 0, 'rir'), '2');
    rt.calls.reset();
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved/);
    expect(sheetsCalls(rt.calls.snapshot())).toBe(7);
  });

  it('lands on the right rows after a coach inserts rows above and sorts a block while it is open', async () => {
    const { rt, page, ana } = await sidebar();
    const sheet = rt.spreadsheet.getSheetByName('Ana');
    if (!sheet) throw new Error('no tab');
    const sessionRow = ana.rowOf(S1);
    sheet.insertRowsBefore(sessionRow, 3);
    sheet.getRange(sessionRow, 1).setValue('coach: warm up 10 min');
    // Strength set 2 of session 1, sorted by exercise name descending.
    const first = ana.rowOf(`${S1} · Bulgarian Split Squat`);
    sheet.getRange(first, 1, 3, WIDTH).sort({ column: 1, ascending: false });
    expect(ana.rowOf(`${S1} · Weighted Dead Bug`)).toBe(first);
    await page.fill(field(key('Bent-Over Row'), 2, 'load'), '30');
    await page.fill(field(key('Bent-Over Row'), 2, 'rir'), '1');
    await page.fill(field(key('Weighted Dead Bug'), 2, 'load'), '10');
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved/);
    expect([
      ana.get(`${S1} · Bent-Over Row`, 'load'),
      ana.get(`${S1} · Bent-Over Row`, 'rir'),
    ]).toEqual([30, 1]);
    expect(ana.get(`${S1} · Weighted Dead Bug`, 'load')).toBe(10);
    expect(ana.get(`${S1} · Bulgarian Split Squat`, 'load')).toBe('');
    expect(rt.values(`'Ana'!A${sessionRow}`)).toEqual([['coach: warm up 10 min']]);
    expect(ana.get('W2 · S1 · Bent-Over Row', 'target')).toBe(30);
  });

  it('writes nothing twice when the same save arrives twice', async () => {
    const { rt, page } = await sidebar();
    await page.fill(field(key('Squat'), 0, 'load'), '50');
    await page.fill(field(key('Squat'), 0, 'rir'), '2');
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved/);
    const [sent] = await page.evaluate(() => [document.title]);
    expect(sent).toBe('Log a session');
    const before = snapshot(rt);
    // Replay the very request the sidebar sent (same save id), as a network retry would.
    rt.calls.reset();
    const again = rt.runFromClient('saveSession', lastSave(rt)) as { saved: boolean };
    expect(again.saved).toBe(false);
    expect(sheetsCalls(rt.calls.snapshot())).toBe(3);
    expectUnchanged(rt, before);
  });

  it('keeps every entry when the lock times out, says so, and a retry succeeds', async () => {
    const { rt, page, ana } = await sidebar();
    await page.fill(field(key('Squat'), 0, 'load'), '50');
    await page.fill(field(key('Squat'), 0, 'rir'), '3');
    rt.locks.holdElsewhere('document');
    await page.click('#save');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Not saved. Your entries are kept: try again.');
    expect(await page.locator('#error-form').textContent()).toMatch(/Someone else is saving/);
    expect(await page.inputValue(field(key('Squat'), 0, 'load'))).toBe('50');
    expect(ana.get(`${S1} · Squat`, 'load')).toBe('');
    rt.locks.releaseElsewhere('document');
    await page.click('#retry');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved/);
    expect(ana.get(`${S1} · Squat`, 'load')).toBe(50);
    expect(parseRecord(ana.get(`${S1} · Squat`, 'save'))?.sets).toEqual([
      { load: 50, reps: '', rir: 3 },
    ]);
  });

  it('lists each bad value beside its field, sums them up by Save, and sends nothing', async () => {
    const { page, calls } = await sidebar();
    await page.fill(field(key('Squat'), 1, 'rir'), '2.3');
    await page.fill(field(key('Squat'), 0, 'load'), '-5');
    await page.fill(field(key('Copenhagen Side Plank'), 0, 'reps'), '30.5');
    await page.click('#save');
    await expect
      .poll(() => page.locator(`[data-error-for="${key('Squat')}"] li`).allTextContents())
      .toEqual([
        'Set 1: load must be from 0 to 10000',
        'Set 2: RIR must be from 0 to 10, in steps of 0.5',
      ]);
    expect(
      await page.locator(`[data-error-for="${key('Copenhagen Side Plank')}"] li`).allTextContents(),
    ).toEqual(['Set 1: seconds must be a whole number from 0 to 600']);
    // Each field is described by its own message, for screen readers.
    const rir = page.locator(field(key('Squat'), 1, 'rir'));
    expect(await rir.getAttribute('aria-invalid')).toBe('true');
    const described = await rir.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toMatch(/^Set 2: RIR/);
    // By Save: a summary whose entries take the focus to their fields.
    const summary = page.locator('.footer #error-form');
    expect(await summary.locator('.summary-title').textContent()).toBe(
      'Fix these 3 entries to save:',
    );
    await summary.getByRole('button', { name: /^Squat, set 2: RIR/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe(
      `${key('Squat')}|1|rir`,
    );
    expect(calls).toEqual([]);
    // Fixed and saved, the lists go.
    await page.fill(field(key('Squat'), 1, 'rir'), '2.5');
    await page.fill(field(key('Squat'), 0, 'load'), '50');
    await page.fill(field(key('Copenhagen Side Plank'), 0, 'reps'), '30');
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved/);
    expect(await page.locator('.errors li, #error-form li').count()).toBe(0);
  });

  it('asks plyos and band work for their reps only, holds for seconds and RIR', async () => {
    const { page, rt, ana } = await sidebar();
    const inputs = (exercise: string) =>
      page
        .locator(`[data-key="${key(exercise)}"] input[data-field]`)
        .evaluateAll((boxes) => [
          ...new Set(boxes.map((b) => b.getAttribute('data-field')?.split('|')[2])),
        ]);
    expect(await inputs('Box Jump')).toEqual(['reps']);
    expect(await inputs('Split Squat Jump')).toEqual(['reps']);
    expect(await inputs('Copenhagen Side Plank')).toEqual(['reps', 'rir']);
    expect(await inputs('Push-Up')).toEqual(['reps', 'rir']);
    expect(await inputs('Squat')).toEqual(['load', 'reps', 'rir']);
    expect(
      await page.locator(`[data-key="${key('Box Jump')}"] thead th`).allTextContents(),
    ).toEqual(['Set', 'Reps']);
    expect(await page.locator(`[data-key="${key('Box Jump')}"] .meta`).textContent()).toBe(
      '4 × 4 · the same every week',
    );
    for (const set of [0, 1, 2, 3]) await page.fill(field(key('Box Jump'), set, 'reps'), '4');
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved/);
    expect(ana.get(`${S1} · Box Jump`, 'reps')).toBe(4);
    expect(await page.locator(`[data-key="${key('Box Jump')}"] .logged`).textContent()).toBe(
      'Logged: 4 reps',
    );
    expect(await page.locator(`[data-key="${key('Box Jump')}"] .next`).textContent()).toBe(
      'Next: 4 × 4 again',
    );
    // A script sending a load for a plyo is refused, naming it.
    const refused = () =>
      rt.runFromClient('saveSession', {
        saveId: 'save-plyo-0001',
        sheetName: 'Ana',
        sessionKey: S1,
        exercises: [{ key: key('Box Jump'), sets: [{ load: 20, reps: 4, rir: 2 }] }],
      });
    expect(refused).toThrow(/Box Jump, set 1: takes no load\n.*Box Jump, set 1: takes no RIR/);
  });

  it('says why a same-week repeat holds the load (three days a week)', async () => {
    const { page } = await sidebar({ daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'] });
    for (const set of [0, 1, 2, 3]) {
      await page.fill(field(key('Squat'), set, 'load'), '50');
      await page.fill(field(key('Squat'), set, 'rir'), '3');
    }
    await page.click('#save');
    await expect
      .poll(() => page.locator(`[data-key="${key('Squat')}"] .next`).textContent())
      .toBe(
        'Next: 50 lb (±0): the same workout comes again this week at the same target; its RIR sets next week’s.',
      );
  });

  it('renders names from the sheet as text: an exercise named like markup runs nothing', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const rt = addOn();
    rt.runFromClient(
      'generateProgram',
      options({ athlete: `<b>${evil}</b>`, weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'] }),
    );
    const name = `<b>${evil}</b>`;
    const grid = tab(rt, name);
    rt.edit(grid.a1('W1 · S1 · Squat', 'exercise'), evil);
    rt.call('showLogSidebar');
    const html = rt.ui.lastDialog('sidebar')?.html ?? '';
    const { page } = await openView(browser, rt, html);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await expect.poll(() => page.locator('h3').filter({ hasText: 'onerror' }).count()).toBe(1);
    expect(await page.locator('h3').filter({ hasText: 'onerror' }).textContent()).toBe(evil);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
  });

  it('can be used with the keyboard alone', async () => {
    const { page, ana } = await sidebar();
    await page.focus('#session');
    await page.keyboard.press('Tab');
    // The first exercise's first set: tab through load, reps, RIR.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe(`${key('Box Jump')}|0|reps`);
    const squatLoad = field(key('Squat'), 0, 'load');
    for (
      let i = 0;
      i < 40 && !(await page.locator(squatLoad).evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved/);
    expect([
      ana.get(`${S1} · Squat`, 'load'),
      ana.get(`${S1} · Squat`, 'reps'),
      ana.get(`${S1} · Squat`, 'rir'),
    ]).toEqual([50, 5, 2]);
  });

  it('sends nothing when no set is typed', async () => {
    const { page, calls } = await sidebar();
    await page.click('#save');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Type at least one set first.');
    expect(calls).toEqual([]);
  });

  it('fills every set from the target with one button', async () => {
    const { page } = await sidebar();
    await page.click(`[data-key="${key('Squat')}"] .fill`);
    expect(await page.inputValue(field(key('Squat'), 3, 'load'))).toBe('50');
    expect(await page.inputValue(field(key('Squat'), 3, 'reps'))).toBe('5');
    expect(await page.inputValue(field(key('Squat'), 3, 'rir'))).toBe('2');
  });
});

/** The last save the sidebar made, rebuilt from the squat row's log (same save id, same sets). */
function lastSave(rt: ReturnType<typeof addOn>) {
  const record = parseRecord(tab(rt, 'Ana').get(`${S1} · Squat`, 'save'));
  return {
    saveId: record?.id,
    sheetName: 'Ana',
    sessionKey: S1,
    exercises: [{ key: key('Squat'), sets: record?.sets, base: '' }],
  };
}
