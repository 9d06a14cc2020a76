import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOTYPE } from '../../src/sheet/prototype';
import { launch, openView } from '../support/browser';
import { addOn, options, tab } from '../support/runtime';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function dialog() {
  const rt = addOn();
  rt.call('showGenerateDialog');
  const shown = rt.ui.lastDialog('modal');
  if (!shown) throw new Error('no dialog');
  expect([shown.title, shown.width, shown.height]).toEqual(['Generate program', 440, 640]);
  return { rt, ...(await openView(browser, rt, shown.html, 440)) };
}

describe('the Generate program dialog', () => {
  it('starts from the defaults: 6 weeks, 3 days on Mon/Wed/Fri from next Monday, lb, 2.5, RIR 2', async () => {
    const { page } = await dialog();
    expect(await page.inputValue('#weeks')).toBe('6');
    expect(await page.inputValue('#daysPerWeek')).toBe('3');
    expect(await page.inputValue('#startDate')).toBe('2026-12-07');
    expect(
      await page
        .locator('input[name="weekdays"]:checked')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
    ).toEqual(['Mon', 'Wed', 'Fri']);
    expect([
      await page.inputValue('#units'),
      await page.inputValue('#step'),
      await page.inputValue('#targetRir'),
    ]).toEqual(['lb', '2.5', '2']);
    await page.selectOption('#daysPerWeek', '2');
    expect(
      await page
        .locator('input[name="weekdays"]:checked')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
    ).toEqual(['Tue', 'Fri']);
    await page.selectOption('#units', 'kg');
    expect(await page.inputValue('#step')).toBe('0.5');
  });

  it('offers each program with its own lengths, days, target RIR and loaded lifts', async () => {
    const { rt, page } = await dialog();
    const choices = (select: string) =>
      page.locator(`${select} option`).evaluateAll((o) => o.map((x) => x.textContent));
    expect(await choices('#program')).toEqual(['Offseason', 'In-season', 'Base']);
    expect(await page.inputValue('#program')).toBe('Offseason');
    await page.selectOption('#program', 'In-season');
    expect(await choices('#weeks')).toEqual(['4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(await choices('#daysPerWeek')).toEqual(['1 (A, then B)', '2 (A, B)']);
    expect(await page.inputValue('#daysPerWeek')).toBe('2');
    expect(await page.inputValue('#targetRir')).toBe('3');
    expect(await page.locator('#program-summary').textContent()).toMatch(/^Race season/);
    const lifts = () =>
      page.locator('input[data-exercise]').evaluateAll((i) => i.map((x) => x.dataset.exercise));
    expect(await lifts()).toContain('Bulgarian Split Squat');
    expect(await lifts()).not.toContain('Lat Pull-Over');
    await page.fill('#athlete', 'Dee');
    await page.selectOption('#weeks', '8');
    await page.selectOption('#daysPerWeek', '1');
    await page.fill('input[data-exercise="Squat"]', '40');
    await page.click('#submit');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Created the tab “Dee”.');
    const dee = tab(rt, 'Dee');
    expect(dee.get('W8 · S1 · Romanian Deadlift', 'prescription')).toBe('3 × 12');
    expect(dee.get('W1 · S1 · Squat', 'target')).toBe(40);
  });

  it('continues an athlete: their name kept, the next program, loads worked out and explained', async () => {
    const rt = addOn();
    rt.runFromClient(
      'generateProgram',
      options({ weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'], startingLoads: { Squat: 50 } }),
    );
    const ana = tab(rt, 'Ana');
    ana.type('W4 · S1 · Squat', 'load', 70);
    ana.type('W4 · S1 · Squat', 'reps', 5);
    ana.type('W4 · S1 · Squat', 'rir', 1);
    rt.call('showContinueDialog');
    const shown = rt.ui.lastDialog('modal');
    if (!shown) throw new Error('no dialog');
    const { page, calls } = await openView(browser, rt, shown.html, 440);
    expect(await page.inputValue('#athlete')).toBe('Ana');
    expect(await page.locator('#athlete').getAttribute('readonly')).not.toBeNull();
    expect(await page.inputValue('#program')).toBe('In-season');
    expect(await page.inputValue('#startDate')).toBe('2027-02-01');
    expect(await page.locator('#lead').textContent()).toMatch(
      /^The next block for Ana, after “Ana”/,
    );
    expect(await page.inputValue('input[data-exercise="Squat"]')).toBe('50');
    expect(await page.locator('.how').first().textContent()).toMatch(
      /^Squat: estimated 1RM 83.6 lb/,
    );
    await page.selectOption('#program', 'Offseason');
    expect(await page.inputValue('input[data-exercise="Squat"]')).toBe('70');
    await page.selectOption('#program', 'In-season');
    await page.click('#submit');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Created the tab “Ana – In-season”.');
    expect(calls).toEqual(['continueAthlete']);
    expect(tab(rt, 'Ana – In-season').get('W1 · S1 · Squat', 'target')).toBe(50);
  });

  it('generates the tab and closes', async () => {
    const { rt, page, calls, closed } = await dialog();
    await page.fill('#athlete', 'Ben');
    await page.selectOption('#weeks', '4');
    await page.selectOption('#daysPerWeek', '2');
    await page.fill('input[data-exercise="Squat"]', '60');
    await page.check('input[name="runDays"][value="Wed"]');
    await page.click('#submit');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Created the tab “Ben”.');
    expect(calls).toEqual(['generateProgram']);
    const ben = tab(rt, 'Ben');
    expect(ben.get('W1 · S1 · Squat', 'target')).toBe(60);
    expect(ben.get('W1 · S1 · N1', 'exercise')).toMatch(/Hard\/hill run on Wed/);
    await expect.poll(closed, { timeout: 3000 }).toBe(true);
  });

  it('shows each problem beside its field, in the browser, and sends nothing', async () => {
    const { rt, page, calls } = await dialog();
    await page.fill('#athlete', '');
    await page.check('input[name="weekdays"][value="Tue"]');
    await page.uncheck('input[name="weekdays"][value="Wed"]');
    await page.fill('input[data-exercise="Squat"]', '-5');
    await page.click('#submit');
    await expect
      .poll(() => page.locator('#error-athlete').textContent())
      .toBe('enter the athlete’s name');
    expect(await page.locator('#error-weekdays').textContent()).toBe(
      'Mon and Tue are back to back: leave at least one rest day between lifting days',
    );
    expect(await page.locator('[id="error-startingLoads.Squat"]').textContent()).toBe(
      'must be from 0 to 10000',
    );
    expect(await page.getAttribute('#athlete', 'aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
    // Only the hidden prototype the form prepared when it opened.
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', PROTOTYPE.name]);
  });

  it('places the server’s refusals beside their fields too', async () => {
    const refusal = JSON.stringify({
      ok: false,
      message:
        'Exception: athlete: keep the name under 60 characters\nstartDate: enter a date as YYYY-MM-DD',
    });
    const rt = addOn();
    rt.call('showGenerateDialog');
    const { page } = await openView(
      browser,
      rt,
      rt.ui.lastDialog('modal')?.html ?? '',
      440,
      () => refusal,
    );
    await page.fill('#athlete', 'Cleo');
    await page.click('#submit');
    await expect
      .poll(() => page.locator('#error-athlete').textContent())
      .toBe('keep the name under 60 characters');
    expect(await page.locator('#error-startDate').textContent()).toBe('enter a date as YYYY-MM-DD');
    expect(await page.isEnabled('#submit')).toBe(true);
  });
});
