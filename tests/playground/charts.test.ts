import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nested } from '../../playground/charts';
import { createRuntime } from '../../runtime';
import { DESKTOP, expectCell, openPage, type Session, startSession } from './support';

/** A spreadsheet with a combo chart, made by a script of its own and saved as a state file. */
const CHART_SCRIPT = `
function build() {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.getRange('A1:D4').setValues([['Week', 'Load', 'RIR', 'Target RIR'], ['W1', 50, 3, 2], ['W2', 55, 2, 2], ['W3', 60, '', 2]]);
  sh.insertChart(sh.newChart()
    .setChartType(Charts.ChartType.COMBO)
    .addRange(sh.getRange('A1:D4'))
    .setNumHeaders(1)
    .setPosition(6, 2, 0, 0)
    .setOption('title', 'Squat <b>& RIR</b>')
    .setOption('series', { 0: { type: 'line' }, 1: { type: 'bars', targetAxisIndex: 1 }, 2: { type: 'line', targetAxisIndex: 1 } })
    .setOption('vAxes', { 0: { title: 'lb' }, 1: { title: 'RIR' } })
    .build());
}
`;

let session: Session;

beforeAll(async () => {
  session = await startSession('offseason-charts-', (statePath) => {
    const maker = createRuntime({ code: CHART_SCRIPT });
    maker.call('build');
    writeFileSync(statePath, JSON.stringify(maker.serialize()));
  });
});

afterAll(async () => {
  await session?.close();
});

describe('charts in the playground', () => {
  it('reads dotted and nested options as one', () => {
    expect(nested({ series: { 1: { type: 'bars' } }, 'series.1.targetAxisIndex': 1 })).toEqual({
      series: { 1: { type: 'bars', targetAxisIndex: 1 } },
    });
  });

  it('floats each chart at its anchor, draws lines and bars, and redraws when a cell is typed', async () => {
    const page = await openPage(session.browser, session.playground.url, DESKTOP);
    const chart = page.locator('.chart-box[data-anchor="B6"] svg.chart');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toBe('Squat <b>& RIR</b>');
    expect(await chart.locator('.chart-title').textContent()).toBe('Squat <b>& RIR</b>');
    expect(await chart.locator('b').count()).toBe(0);
    expect(await chart.locator('.chart-line[data-series="Load"] circle').count()).toBe(3);
    expect(await chart.locator('.chart-bar[data-series="RIR"]').count()).toBe(2);
    const box = await page.locator('.chart-box').boundingBox();
    const anchor = await page.locator('#grid td[data-cell="B6"]').boundingBox();
    expect(box?.x).toBeCloseTo(anchor?.x ?? -1, 0);
    expect(box?.y).toBeCloseTo(anchor?.y ?? -1, 0);

    const before = await chart.locator('.chart-line[data-series="Load"] path').getAttribute('d');
    await page.locator('#grid td[data-cell="C4"]').click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expectCell(page, 'C4', '1');
    await page.locator('.chart-bar[data-series="RIR"]').nth(2).waitFor();
    expect(await page.locator('.chart-line[data-series="Load"] path').getAttribute('d')).toBe(
      before,
    );
  });
});
