import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';
import { DESKTOP, openPage, type Session, startSession } from './support';

let session: Session;

beforeAll(async () => {
  session = await startSession('offseason-progress-charts-');
});

afterAll(async () => {
  await session?.close();
});

/** Four weeks logged on the athletes' phones: each week's squat (Tue) and deadlift (Fri). */
const LOGS = {
  Ana: { squat: [50, 55, 57.5, 60], deadlift: [60, 65, 70, 70], rir: [3, 2, 2, 1] },
  Ben: { squat: [70, 75, 75, 80], deadlift: [80, 85, 90, 92.5], rir: [2, 2, 1, 2] },
  Cleo: { squat: [40, 42.5, 45, 47.5], deadlift: [50, 52.5, 55, 57.5], rir: [3, 3, 2, 2] },
};

describe('the progress charts in the playground', () => {
  it('draws an athlete tab’s chart and the Dashboard’s, as docs/progress-chart.png and docs/dashboard-chart.png show', async () => {
    const { browser, playground } = session;
    const rt = playground.runtime;
    roster(
      rt,
      Object.entries(LOGS).map(([name, log]) =>
        rosterRow(
          name,
          name === 'Ana' ? 'ana@example.com' : '',
          `Squat: ${log.squat[0]}; Romanian Deadlift: ${log.deadlift[0]}`,
        ),
      ),
    );
    rt.call('generateForRoster');
    for (const [name, log] of Object.entries(LOGS)) {
      const t = tab(rt, name);
      for (let w = 1; w <= 4; w++) {
        const rir = log.rir[w - 1];
        t.type(`W${w} · S1 · Squat`, 'load', log.squat[w - 1]);
        t.type(`W${w} · S1 · Squat`, 'rir', rir);
        t.type(`W${w} · S2 · Romanian Deadlift`, 'load', log.deadlift[w - 1]);
        t.type(`W${w} · S2 · Romanian Deadlift`, 'rir', rir);
      }
    }

    const page = await openPage(browser, playground.url, DESKTOP);
    await page.getByRole('tab', { name: 'Ana' }).click();
    const progress = page.locator('svg.chart[aria-label="Progress: Squat, Romanian Deadlift"]');
    await progress.waitFor();
    // A point a logged week on each load and e1RM line, a bar a week of RIR, the target's line.
    for (const series of [
      'Squat load',
      'Squat e1RM',
      'Romanian Deadlift load',
      'Romanian Deadlift e1RM',
    ])
      expect(await progress.locator(`.chart-line[data-series="${series}"] circle`).count()).toBe(4);
    expect(await progress.locator('.chart-bar[data-series="RIR logged"]').count()).toBe(4);
    expect(await progress.locator('.chart-line[data-series="Target RIR"]').count()).toBe(1);
    await progress.scrollIntoViewIfNeeded();
    const box = await page.locator('.chart-box', { has: progress }).boundingBox();
    // Anchored in the frozen exercise column, it floats over that column's cells, as in Sheets.
    const over = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('.chart-box') !== null,
      [(box?.x ?? 0) + 10, (box?.y ?? 0) + 150],
    );
    expect(over).toBe(true);
    await page.screenshot({
      path: screenshotPath('progress-chart.png'),
      clip: {
        x: 0,
        y: Math.max(0, (box?.y ?? 0) - 70),
        width: Math.min(DESKTOP.width, (box?.x ?? 0) + (box?.width ?? 0) + 40),
        height: (box?.height ?? 0) + 90,
      },
    });

    // The Dashboard's chart, the team's by default: a line per athlete, a point a logged week.
    await page.setViewportSize({ width: 1920, height: 800 });
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const team = page.locator('svg.chart[aria-label="Squat: estimated 1RM by week"]');
    await team.waitFor();
    for (const name of Object.keys(LOGS))
      expect(await team.locator(`.chart-line[data-series="${name}"] circle`).count()).toBe(4);
    // The grid kept Ana's tab's scroll: back to the top, where the table and the chart are.
    await page.locator('#grid').evaluate((grid) => grid.scrollTo(0, 0));
    const teamBox = await page.locator('.chart-box', { has: team }).boundingBox();
    await page.screenshot({
      path: screenshotPath('dashboard-chart.png'),
      clip: {
        x: 0,
        y: 0,
        width: Math.min(1920, (teamBox?.x ?? 0) + (teamBox?.width ?? 0) + 20),
        height: (teamBox?.y ?? 0) + (teamBox?.height ?? 0) + 20,
      },
    });
  });
});
