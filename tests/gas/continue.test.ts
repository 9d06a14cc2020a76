import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime';
import type { Continuing } from '../../src/sheet/finished';
import { addOn, COACH, options, tab } from '../support/runtime';
import { snapshot } from '../support/snapshot';

/**
 * Continue athlete…, end to end: Ana's logged offseason block continues into the season and into
 * a second offseason block. Loads are checked against hand-computed cases (the RTS %1RM at
 * reps + RIR = n: n = 6 → 83.7 %, 7 → 81.1 %, 8 → 78.6 %, 15 → 59.9 %).
 */
const FOUR_BY_TWO = { weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'] };

function loggedBlock(): Runtime {
  const rt = addOn();
  rt.runFromClient('generateProgram', options({ ...FOUR_BY_TWO, startingLoads: { Squat: 50 } }));
  const ana = tab(rt, 'Ana');
  const log = (id: string, load: number, reps: number | '', rir: number | '') => {
    ana.type(id, 'load', load);
    if (reps !== '') ana.type(id, 'reps', reps);
    if (rir !== '') ana.type(id, 'rir', rir);
  };
  log('W1 · S1 · Squat', 50, 5, 3);
  log('W2 · S1 · Squat', 60, 5, 2);
  log('W3 · S1 · Squat', 65, 5, 2);
  log('W4 · S1 · Squat', 70, 5, 1);
  log('W3 · S1 · Bent-Over Row', 30, '', 2); // reps blank: the prescribed 6 count
  log('W1 · S2 · Romanian Deadlift', 65, 6, ''); // no RIR: no estimate through the 1RM
  return rt;
}

function openDialog(rt: Runtime, sheet: string): Continuing {
  rt.spreadsheet.getSheetByName(sheet)?.activate();
  rt.call('showContinueDialog');
  const html = rt.ui.lastDialog('modal');
  expect(html?.title).toBe('Continue athlete');
  const json = /data-json="([^"]*)"/.exec(html?.html ?? '')?.[1] ?? '';
  const data = JSON.parse(
    json
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ) as { continuing: Continuing };
  return data.continuing;
}

const loadsOf = (c: Continuing, program: string) =>
  Object.fromEntries((c.previews[program] ?? []).map((l) => [l.exercise, l.load]));

describe('Continue athlete…', () => {
  it('offers the season next, the Monday after the block, and loads from the logged sets', () => {
    const rt = loggedBlock();
    const c = openDialog(rt, 'Ana');
    expect(c).toMatchObject({
      from: 'Ana',
      athlete: 'Ana',
      program: 'Offseason',
      next: 'In-season',
      startDate: '2027-02-01', // the block's last session is Fri 29 Jan
      units: 'lb',
      step: 2.5,
    });
    // Squat: best of the last three, 70 × 5 @ 1 → 70 / 0.837 = 83.6; × 0.599 (12 @ RIR 3) = 50.1 → 50.
    // Bent-Over Row: 30 × 6 @ 2 → 30 / 0.786 = 38.2; × 0.599 = 22.9 → 22.5.
    expect(loadsOf(c, 'In-season')).toEqual({
      Squat: 50,
      'Bulgarian Split Squat': '',
      'Bent-Over Row': 22.5,
      'Weighted Dead Bug': '',
      'Romanian Deadlift': '',
      'Lateral Step-Up': '',
      'Half-Kneeling Overhead Press': '',
    });
    // The same program again: the rule's next load after the last logged set. Squat 70 @ 1 (hold),
    // Row 30 @ 2 (+2.5), RDL 65 with no RIR (+5).
    expect(loadsOf(c, 'Offseason')).toMatchObject({
      Squat: 70,
      'Bent-Over Row': 32.5,
      'Romanian Deadlift': 70,
      'Lat Pull-Over': '',
    });
  });

  it('writes the in-season block as a new tab linked back, and never touches the old one', () => {
    const rt = loggedBlock();
    const c = openDialog(rt, 'Ana');
    const before = snapshot(rt).tabs.Ana;
    const reply = rt.runFromClient('continueAthlete', {
      ...options({ program: 'In-season', ...FOUR_BY_TWO, startDate: c.startDate, targetRir: '' }),
      from: 'Ana',
      startingLoads: { Squat: 50, 'Bent-Over Row': 22.5 },
    });
    expect(reply).toEqual({ sheetName: 'Ana – In-season' });
    expect(snapshot(rt).tabs.Ana).toEqual(before);
    const next = tab(rt, 'Ana – In-season');
    const gid = rt.spreadsheet.getSheetByName('Ana')?.getSheetId();
    expect(rt.formulas(next.a1('settings · program', 'target'))[0]?.[0]).toBe(
      `=HYPERLINK("#gid=${gid}","← Ana")`,
    );
    expect(next.get('settings · program', 'prescription')).toBe('In-season');
    expect(next.get('settings · targetRir', 'prescription')).toBe(3);
    expect(next.get('W1 · S1 · Squat', 'target')).toBe(50);
    expect(next.get('W1 · S1 · Bent-Over Row', 'target')).toBe(22.5);
    expect(next.get('W1 · S1 · Bulgarian Split Squat', 'target')).toBe('');
    const note = (id: string) => rt.formats(next.a1(id, 'target'))[0]?.[0]?.note;
    expect(note('W1 · S1 · Squat')).toBe(
      'Squat: estimated 1RM 83.6 lb (70 lb × 5 @ RIR 1, week 4, session 1 of Ana’s Offseason block) → 50 lb for 12 reps @ RIR 3.',
    );
    expect(note('W1 · S1 · Bulgarian Split Squat')).toMatch(
      /no logged load on Ana’s Offseason block/,
    );
    // In season the load holds: week 2 repeats week 1 unless logged well below the target.
    expect(next.get('W2 · S1 · Squat', 'target')).toBe(50);
  });

  it('writes a second offseason block from the last loads, a coach’s change noted as theirs', () => {
    const rt = loggedBlock();
    const c = openDialog(rt, 'Ana');
    rt.runFromClient('continueAthlete', {
      ...options({ ...FOUR_BY_TWO, startDate: c.startDate }),
      from: 'Ana',
      startingLoads: { ...loadsOf(c, 'Offseason'), Squat: 72.5 },
    });
    const next = tab(rt, 'Ana – Offseason');
    expect(next.get('W1 · S1 · Squat', 'target')).toBe(72.5);
    expect(next.get('W1 · S2 · Romanian Deadlift', 'target')).toBe(70);
    expect(rt.formats(next.a1('W1 · S1 · Squat', 'target'))[0]?.[0]?.note).toBe(
      'Squat: set to 72.5 lb by the coach. The rule gave: Squat: last 70 lb @ RIR 1 in week 4, session 1 of Ana’s Offseason block → 70 lb, the load the rule gives the week after.',
    );
    // The new tab carries its own progress chart, empty until logged.
    expect(rt.charts('Ana – Offseason')[0]?.table.rows[0]).toEqual(['W1', '', '', '', '', '', 2]);
  });

  it('is the coach’s, and asks for an athlete’s tab', () => {
    const rt = loggedBlock();
    rt.spreadsheet.getSheetByName('Sheet1')?.activate();
    rt.call('showContinueDialog');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^“Sheet1” is not an athlete’s tab/);
    rt.setUser('ana@example.com');
    expect(() =>
      rt.runFromClient('continueAthlete', { ...options(FOUR_BY_TWO), from: 'Ana' }),
    ).toThrow(/Continue athlete is for the coach/);
    rt.setUser(COACH);
    expect(() =>
      rt.runFromClient('continueAthlete', { ...options(FOUR_BY_TWO), from: 'Nobody' }),
    ).toThrow('from: there is no athlete’s tab called “Nobody” any more');
  });
});
