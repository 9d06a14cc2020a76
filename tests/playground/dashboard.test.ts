import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';
import { DESKTOP, expectCell, openPage, runMenuItem, type Session, startSession } from './support';

let session: Session;

beforeAll(async () => {
  session = await startSession('offseason-dashboard-');
});

afterAll(async () => {
  await session?.close();
});

describe('the coach dashboard in the playground', () => {
  it('shows each athlete live as they log, and is what docs/dashboard.png shows', async () => {
    const { browser, playground } = session;
    const rt = playground.runtime;
    roster(rt, [
      rosterRow('Ana', 'ana@example.com', 'Squat: 50; Romanian Deadlift: 60'),
      rosterRow('Ben', '', 'Squat: 70; Romanian Deadlift: 80'),
      rosterRow('Cleo', '', 'Squat: 40; Romanian Deadlift: 50'),
    ]);
    const page = await openPage(browser, playground.url, DESKTOP);
    await runMenuItem(page, 'Generate for roster');
    await page.locator('.alert-text', { hasText: 'Created 3: Ana, Ben, Cleo' }).waitFor();
    await page.getByRole('button', { name: 'OK' }).click();

    // Athletes type on their phones.
    const log = (who: string, week: number, exercise: string, load: number, rir: number) => {
      const t = tab(rt, who);
      t.type(`W${week} · S1 · ${exercise}`, 'load', load);
      t.type(`W${week} · S1 · ${exercise}`, 'rir', rir);
    };
    log('Ana', 1, 'Squat', 50, 3);
    log('Ana', 2, 'Squat', 60, 2);
    log('Ana', 3, 'Squat', 65, 2);
    log('Ana', 1, 'Lat Pull-Over', 20, 2);
    log('Ben', 1, 'Squat', 70, 0);
    log('Ben', 2, 'Squat', 65, 0);
    log('Cleo', 1, 'Squat', 40, 2);

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expectCell(page, 'A2', 'Ana');
    await expectCell(page, 'B2', '3');
    await expectCell(page, 'C2', '8');
    await expectCell(page, 'F2', '2.3');
    await expectCell(page, 'I2', '▁▆█');
    await expectCell(page, 'K3', 'Squat');
    await expectCell(page, 'B4', '1');
    await page.screenshot({
      path: screenshotPath('dashboard.png'),
      clip: { x: 0, y: 0, width: 1280, height: 260 },
    });
    expect(await page.locator('#grid td[data-cell="K2"]').textContent()).toBe('');
  });
});
