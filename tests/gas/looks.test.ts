import { describe, expect, it } from 'vitest';
import { addDays, WEEKDAYS, weekdayIndex } from '../../src/core/dates';
import { COLUMN, letter } from '../../src/sheet/columns';
import { sessionsOf } from '../../src/sheet/session';
import { addOn, options, tab } from '../support/runtime';

/**
 * The phone grid explains itself (issue 11): a link in the frozen header to the session of the
 * day, closed cells that refuse a value, targets with their unit, and each part of the tab with
 * its own look. The Chromium tests see the same tab at 390 px and at desktop width.
 */
const FIRST_SESSION = 'W1 · S1';

/** The date the engine's TODAY() gives, as the link's formula compares it. */
function engineToday(rt: ReturnType<typeof addOn>): string {
  rt.edit("'Sheet1'!Z1", '=TEXT(TODAY(),"yyyy-mm-dd")');
  return String(rt.values("'Sheet1'!Z1")[0]?.[0]);
}

function program(over: Record<string, unknown> = {}) {
  const rt = addOn();
  rt.runFromClient('generateProgram', options(over));
  const ana = tab(rt, 'Ana');
  const gid = rt.spreadsheet.getSheetByName('Ana')?.getSheetId();
  const link = () => ({ label: rt.values("'Ana'!A1")[0]?.[0], url: rt.hyperlink("'Ana'!A1") });
  return { rt, ana, gid, link };
}

describe('the jump link in the frozen header', () => {
  it('goes to the first session not logged, and moves on as sessions are logged', () => {
    const { ana, gid, link } = program();
    expect(link()).toEqual({
      label: '▶ W1 · S1',
      url: `#gid=${gid}&range=A${ana.rowOf(FIRST_SESSION)}`,
    });
    ana.type('W1 · S1 · Squat', 'rir', 2);
    expect(link()).toEqual({
      label: '▶ W1 · S2',
      url: `#gid=${gid}&range=A${ana.rowOf('W1 · S2')}`,
    });
  });

  it('goes to today’s session when there is one', () => {
    const rt = addOn();
    const today = engineToday(rt);
    const day = WEEKDAYS[weekdayIndex(today)];
    const later = WEEKDAYS[(weekdayIndex(today) + 3) % 7];
    rt.runFromClient(
      'generateProgram',
      options({ startDate: addDays(today, -7), daysPerWeek: 2, weekdays: [day, later] }),
    );
    const ana = tab(rt, 'Ana');
    const gid = rt.spreadsheet.getSheetByName('Ana')?.getSheetId();
    // A week ago was session 1 of week 1; today is session 1 of week 2, nothing logged.
    expect(rt.values("'Ana'!A1")[0]?.[0]).toBe('▶ Today');
    expect(rt.hyperlink("'Ana'!A1")).toBe(`#gid=${gid}&range=A${ana.rowOf('W2 · S1')}`);
  });

  it('keeps pointing at the right row when the coach inserts rows above the sessions', () => {
    const { rt, ana, gid, link } = program();
    rt.spreadsheet.getSheetByName('Ana')?.insertRowsBefore(ana.rowOf(FIRST_SESSION), 3);
    expect(link().url).toBe(`#gid=${gid}&range=A${ana.rowOf(FIRST_SESSION)}`);
  });
});

describe('closed cells', () => {
  it('say "—" where an exercise takes nothing, and refuse a value typed there', () => {
    const { rt, ana } = program();
    expect([
      ana.get('W1 · S1 · Box Jump', 'load'),
      ana.get('W1 · S1 · Box Jump', 'reps'),
      ana.get('W1 · S1 · Box Jump', 'rir'),
    ]).toEqual(['—', '', '—']);
    expect(ana.get('W1 · S1 · Copenhagen Side Plank', 'load')).toBe('—');
    const refused = rt.edit(ana.a1('W1 · S1 · Box Jump', 'load'), 20);
    expect(refused).toMatchObject({ ok: false, reason: 'validation' });
    expect(refused.ok ? '' : refused.message).toMatch(/Exercises marked — take none\.$/);
    expect(rt.edit(ana.a1('W1 · S1 · Box Jump', 'rir'), 2).ok).toBe(false);
    // Their own fields take values as before.
    expect(rt.edit(ana.a1('W1 · S1 · Box Jump', 'reps'), 4).ok).toBe(true);
    expect(rt.edit(ana.a1('W1 · S1 · Copenhagen Side Plank', 'rir'), 2).ok).toBe(true);
  });

  it('never count as a logged session or a logged RIR', () => {
    const { ana } = program();
    expect(ana.get(FIRST_SESSION, 'signal')).toBe(0);
    // The sidebar reads the same: plyos hold "—" in their RIR cells, yet nothing is logged.
    expect(sessionsOf(ana.rows()).filter((s) => s.logged)).toEqual([]);
    ana.type('W1 · S1 · Squat', 'rir', 2);
    expect(
      sessionsOf(ana.rows())
        .filter((s) => s.logged)
        .map((s) => s.key),
    ).toEqual([FIRST_SESSION]);
  });
});

describe('what each part of the tab looks like', () => {
  it('gives targets their unit, settings italics, inputs ruled lines, closed cells grey', () => {
    const { rt, ana } = program({ units: 'kg', startingLoads: { Squat: 40 } });
    const shown = (id: string, column: 'target' | 'load') =>
      rt.displayValues(ana.a1(id, column))[0]?.[0];
    expect(shown('W1 · S1 · Squat', 'target')).toBe('40.0 kg');
    expect(shown('W2 · S2 · Squat', 'target')).toBe('42.5 kg');
    expect(shown('W1 · S1 · Copenhagen Side Plank', 'target')).toBe('30 s');
    expect(shown('W1 · S1 · Push-Up', 'target')).toBe('6 reps');
    const format = (a1: string) => rt.formats(a1)[0]?.[0] ?? {};
    const squat = ana.rowOf('W1 · S1 · Squat');
    expect(format(`'Ana'!C${squat}`).fontWeight).toBe('bold');
    expect(format(`'Ana'!${letter(COLUMN.load)}${squat}`).borders?.bottom?.color).toBe('#e3b341');
    expect(format("'Ana'!A5").fontStyle).toBe('italic');
    expect(format("'Ana'!B5").fontColor).toBe('#174ea6');
    expect(format(`'Ana'!${letter(COLUMN.key)}${squat}`).fontSize).toBe(8);
    const closed = rt.conditionalFormats(ana.a1('W1 · S1 · Box Jump', 'load'))[0]?.[0];
    const open = rt.conditionalFormats(ana.a1('W1 · S1 · Squat', 'load'))[0]?.[0];
    expect(closed).toMatchObject({ background: '#e0e0e0', fontColor: '#5f6368' });
    expect(open).toMatchObject({ background: '#fff8e1' });
    expect(rt.spreadsheet.getSheetByName('Ana')?.getFrozenColumns()).toBe(1);
  });
});
