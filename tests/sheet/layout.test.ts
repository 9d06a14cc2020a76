import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IN_SEASON, OFFSEASON } from '../../src/core/programs';
import { COLUMN, HIDDEN, WIDTH, WIDTHS } from '../../src/sheet/columns';
import { toGrid } from '../../src/sheet/grid';
import { fixedRows, layoutProgram } from '../../src/sheet/layout';
import { PROTOTYPE, prototypeLayout } from '../../src/sheet/prototype';
import type { Content } from '../../src/sheet/row';
import { cellsReferenced } from '../support/references';
import { programSpec } from '../support/spec';

const spec = programSpec;

describe('the program layout', () => {
  it('settles each program’s own progression in the settings, and names the program', () => {
    const settings = (rows: ReturnType<typeof layoutProgram>) =>
      Object.fromEntries(
        rows
          .filter((r) => r.kind === 'setting')
          .map((r) => [r.key.slice('settings · '.length), [r.cells.prescription, r.cells.target]]),
      );
    expect(settings(layoutProgram(spec(), OFFSEASON))).toMatchObject({
      program: ['Offseason', undefined],
      targetRir: [2, undefined],
      upper: [2.5, 5],
      lower: [5, 10],
    });
    expect(
      settings(
        layoutProgram(
          spec({ program: 'In-season', targetRir: 3, units: 'kg', startingLoads: {} }),
          IN_SEASON,
        ),
      ),
    ).toMatchObject({ program: ['In-season', undefined], upper: [0, 0], lower: [0, 0] });
    const continued = layoutProgram(spec({ program: 'In-season', startingLoads: {} }), IN_SEASON, {
      from: { name: 'Ana', link: '#gid=7' },
      notes: { Squat: 'Squat: estimated 1RM 83.6 lb …' },
    });
    expect(settings(continued).program).toEqual([
      'In-season',
      { formula: '=HYPERLINK("#gid=7","← Ana")' },
    ]);
    const squats = continued.filter((r) => r.cells.exercise === 'Squat');
    expect(squats.map((r) => r.notes?.target)).toEqual([
      'Squat: estimated 1RM 83.6 lb …',
      ...new Array(squats.length - 1).fill(undefined),
    ]);
  });

  it('has a header, the settings, then per session a header, block headers and exercises', () => {
    const rows = layoutProgram(spec(), OFFSEASON);
    expect(rows[0]?.kind).toBe('header');
    expect(rows.filter((r) => r.kind === 'setting')).toHaveLength(9);
    expect(rows.filter((r) => r.kind === 'session')).toHaveLength(8);
    expect(rows.filter((r) => r.kind === 'block')).toHaveLength(32);
    expect(rows.filter((r) => r.kind === 'exercise')).toHaveLength(72);
    const firstSession = rows.findIndex((r) => r.kind === 'session');
    expect(rows.slice(firstSession, firstSession + 5).map((r) => r.cells.exercise)).toEqual([
      'Week 1 · Session 1 · Workout A · Tue 5 Jan',
      'Plyo set — 4 rounds, rest 2–3 min',
      'Box Jump',
      'Split Squat Jump',
      'Main lift — 4 rounds, rest 2–3 min',
    ]);
  });

  it('gives every row a unique key', () => {
    const rows = layoutProgram(
      spec({ weeks: 6, daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'] }),
      OFFSEASON,
    );
    const keyed = rows.filter((r) => r.key !== '');
    expect(new Set(keyed.map((r) => r.key)).size).toBe(keyed.length);
    // Numbers only: week, session, block, exercise; no name that a formula could misread.
    expect(rows.find((r) => r.cells.exercise === 'Squat')?.key).toBe('W1 · S1 · B2 · E1');
    expect(rows.map((r) => r.key).join('')).toMatch(/^[\w ·]+$/);
  });

  it('seeds week 1 from the starting load and leaves unknown loads blank', () => {
    const rows = layoutProgram(spec(), OFFSEASON);
    const first = (name: string) => rows.find((r) => r.cells.exercise === name);
    expect(first('Squat')?.cells.target).toBe(50);
    expect(first('Romanian Deadlift')?.cells.target).toBe('');
    expect(first('Push-Up')?.cells.target).toBe(6);
    expect(first('Copenhagen Side Plank')?.cells.target).toBe(30);
    expect(first('Box Jump')?.cells.target).toBe('4');
  });

  it('targets later appearances with a native formula over the previous one, found by key in its block', () => {
    const rows = layoutProgram(spec(), OFFSEASON);
    const squats = rows.filter((r) => r.cells.exercise === 'Squat');
    const [first, second, third] = squats.map((r) => rows.indexOf(r) + 1) as [
      number,
      number,
      number,
    ];
    // The main lift is a block of one row: the lookup reads that row and nothing else.
    expect(squats[1]?.cells.previous).toEqual({
      formula: `=IFERROR(MATCH("W1 · S1 · B2 · E1",$D$${first}:$D$${first},0),"")`,
    });
    expect(squats[1]?.cells.base).toEqual({
      formula: `=IF($H${second}<>"",IF(INDEX($P$${first}:$P$${first},$H${second})="",INDEX($C$${first}:$C$${first},$H${second}),INDEX($P$${first}:$P$${first},$H${second})),"previous week missing")`,
    });
    // From the third appearance on, a deleted previous one falls back to the one before it.
    expect(squats[2]?.cells.fallback).toEqual({
      formula: `=IF($H${third}<>"","",IFERROR(MATCH("W1 · S1 · B2 · E1",$D$${first}:$D$${first},0),""))`,
    });
    const target = formulaOf(squats[1]?.cells.target);
    expect(target).toMatch(new RegExp(`^=IF\\(ISTEXT\\(\\$J${second}\\),\\$J${second},`));
    expect(target).toContain('$B$8'); // lower-body low increment
    expect(target).not.toMatch(/NEXTLOAD|E1RM|LOADFOR|OFFSEASON|LET\(|LAMBDA|MROUND/);
  });

  it('reads only its own row and fixed spans of rows: no whole column, no growing range', () => {
    const rows = layoutProgram(spec({ weeks: 6, daysPerWeek: 3 }), OFFSEASON);
    const formulas = toGrid(rows)
      .values.flat()
      .filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    const references = formulas
      .map((f) => f.replace(/"(?:[^"]|"")*"/g, '""'))
      .flatMap((f) => f.match(/\$?[A-Z]+\$?\d*(?::\$?[A-Z]+\$?\d*)?/g) ?? []);
    for (const ref of references) {
      if (ref.includes(':')) expect(ref, ref).toMatch(/^\$[A-Z]\$\d+:\$[A-Z]\$\d+$/);
      else expect(ref, ref).toMatch(/^(\$[A-Z]\$?\d+|[A-Z]+|TRUE|FALSE)$/);
    }
  });

  it('references at most 10,000 cells from all the formulas of a 6 × 3 tab (113,101 before)', () => {
    const before = JSON.parse(
      readFileSync(new URL('../../bench/fixtures/layout-before-6x3.json', import.meta.url), 'utf8'),
    ) as { values: unknown[][] };
    expect(cellsReferenced(before.values, before.values.length)).toBe(113_101);
    const rows = layoutProgram(spec({ weeks: 6, daysPerWeek: 3 }), OFFSEASON);
    expect(cellsReferenced(toGrid(rows).values, rows.length)).toBeLessThanOrEqual(10_000);
  });

  it('repeats the load when an exercise comes twice in one week', () => {
    const rows = layoutProgram(
      spec({ daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'] }),
      OFFSEASON,
    );
    const squats = rows.filter((r) => r.cells.exercise === 'Squat');
    expect(formulaOf(squats[1]?.cells.target)).toMatch(/IF\(\$K\d+="",0,IF\(\$K\d+>=\$B\$6\+1,0,/);
    expect(formulaOf(squats[2]?.cells.target)).toContain('$B$8');
  });

  it('adds running notes and dates to session headers', () => {
    const rows = layoutProgram(spec({ runDays: ['Wed'] }), OFFSEASON);
    expect(rows.filter((r) => r.kind === 'note').map((r) => r.cells.exercise)).toHaveLength(4);
  });

  it('fits the phone columns (exercise to RIR, the hidden ones between take no room) in 390 px', () => {
    const widthOf = (column: number) =>
      WIDTHS.find(([first, count]) => column >= first && column < first + count)?.[2] ?? 100;
    const hidden = (column: number) =>
      column >= HIDDEN.first && column < HIDDEN.first + HIDDEN.count;
    const shown = Array.from({ length: COLUMN.rir }, (_, i) => i + 1).filter((c) => !hidden(c));
    expect(shown).toEqual([
      COLUMN.exercise,
      COLUMN.prescription,
      COLUMN.target,
      COLUMN.load,
      COLUMN.reps,
      COLUMN.rir,
    ]);
    expect(shown.reduce((sum, c) => sum + widthOf(c), 0)).toBeLessThanOrEqual(390);
  });
});

describe('the grid', () => {
  const rows = layoutProgram(spec(), OFFSEASON);
  const grid = toGrid(rows);

  it('is rectangular in every aspect', () => {
    for (const aspect of Object.values(grid)) {
      expect(aspect).toHaveLength(rows.length);
      for (const line of aspect) expect(line).toHaveLength(WIDTH);
    }
  });

  it('quotes text so Sheets keeps it as text, and writes formulas as formulas', () => {
    const squat = rows.findIndex((r) => r.cells.exercise === 'Squat');
    expect(grid.values[squat]?.[0]).toBe("'Squat");
    expect(grid.values[squat]?.[COLUMN.key - 1]).toBe("'W1 · S1 · B2 · E1");
    expect(grid.values[squat]?.[COLUMN.kind - 1]).toBe("'load");
  });

  it('notes each exercise with its cue, and writes no colour or rule: the prototype holds them', () => {
    const squat = rows.findIndex((r) => r.cells.exercise === 'Squat');
    expect(grid.notes[squat]?.[0]).toMatch(/racked at the shoulders/);
    expect(Object.keys(grid).sort()).toEqual(['notes', 'numberFormats', 'values', 'wraps']);
  });

  it('closes the inputs an exercise takes nothing in, saying so with "—"', () => {
    const cells = (name: string) => {
      const at = rows.findIndex((r) => r.cells.exercise === name);
      return (['load', 'reps', 'rir'] as const).map((c) => grid.values[at]?.[COLUMN[c] - 1]);
    };
    expect(cells('Box Jump')).toEqual(["'—", '', "'—"]);
    expect(cells('Copenhagen Side Plank')).toEqual(["'—", '', '']);
    expect(cells('Push-Up')).toEqual(["'—", '', '']);
    expect(cells('Squat')).toEqual(['', '', '']);
  });

  it('gives targets their unit in a number format, and wraps names and prescriptions', () => {
    const at = (name: string) => rows.findIndex((r) => r.cells.exercise === name);
    const format = (name: string) => grid.numberFormats[at(name)]?.[COLUMN.target - 1];
    expect(format('Squat')).toBe('0.0#" lb"');
    expect(format('Copenhagen Side Plank')).toBe('0" s"');
    expect(format('Push-Up')).toBe('0" reps"');
    expect(format('Box Jump')).toBe('@');
    const squat = grid.wraps[at('Squat')] ?? [];
    expect(squat.slice(0, 3)).toEqual([true, true, true]);
    expect(squat[COLUMN.load - 1]).toBe(false);
    const session = rows.findIndex((r) => r.kind === 'session');
    expect(grid.wraps[session]?.every((w) => !w)).toBe(true);
  });
});

describe('the prototype', () => {
  const layout = prototypeLayout();

  it('validates inputs by the rules of src/core/inputs.ts, one rule per column naming its first cell', () => {
    const first = PROTOTYPE.firstRow;
    expect(layout.columnRules.map((r) => [r.column, r.firstRow])).toEqual([
      ['load', first],
      ['reps', first],
      ['rir', first],
      ['notes', first],
      ['save', first],
    ]);
    // Every rule refuses anything typed into a session, note, block or progress row.
    const heading = `AND($E${first}<>"session",$E${first}<>"note",$E${first}<>"block",$E${first}<>"progress")`;
    const [load, reps, rir, notes, save] = layout.columnRules.map((r) => r.validation);
    // Load and RIR are closed too where the kind logs none (src/core/exercise.ts LOGGED).
    expect(load).toMatchObject({
      kind: 'formula',
      formula: `=AND(${heading},$E${first}<>"hold",$E${first}<>"reps",$E${first}<>"fixed",AND(ISNUMBER(P${first}),P${first}>=0,P${first}<=10000))`,
    });
    expect(reps).toMatchObject({
      kind: 'formula',
      formula: `=AND(${heading},IF($E${first}="hold",AND(ISNUMBER(Q${first}),Q${first}>=0,Q${first}<=600,MOD(Q${first},1)=0),AND(ISNUMBER(Q${first}),Q${first}>=0,Q${first}<=50,MOD(Q${first},1)=0)))`,
    });
    expect(rir).toMatchObject({
      kind: 'formula',
      formula: `=AND(${heading},$E${first}<>"fixed",AND(ISNUMBER(R${first}),R${first}>=0,R${first}<=10,MOD(R${first}/0.5,1)=0))`,
    });
    expect(notes).toMatchObject({ formula: `=AND(${heading},TRUE)` });
    expect(save).toEqual(notes);
  });

  it('validates each setting in its own cell', () => {
    const target = fixedRows().findIndex((r) => r.key === 'settings · targetRir');
    expect(layout.fixed.validations[target]?.[COLUMN.prescription - 1]).toMatchObject({
      kind: 'formula',
      formula: `=AND(ISNUMBER(B${target + 1}),B${target + 1}>=0,B${target + 1}<=10,MOD(B${target + 1}/0.5,1)=0)`,
    });
  });

  it('colours rows by their kind, the RIR highlights first', () => {
    expect(layout.highlights.map((h) => [h.formula, h.background, h.bold ?? false])).toEqual([
      ['=AND(ISNUMBER($R11),$R11<$B$6-1)', '#f4c7c3', false],
      ['=AND(ISNUMBER($R11),$R11>=$B$6+1)', '#b7e1cd', false],
      ['=$E11="session"', '#b7e1cd', true],
      ['=$E11="note"', '#fce8b2', false],
      ['=$E11="block"', '#e8f0fe', true],
      ['=OR($E11="hold",$E11="reps",$E11="fixed")', '#e0e0e0', false],
      ['=OR($E11="fixed")', '#e0e0e0', false],
      ['=OR($E11="load",$E11="double",$E11="hold",$E11="reps",$E11="fixed")', '#fff8e1', false],
    ]);
    expect(layout.highlights.every((h) => h.area.row + h.area.rows - 1 === PROTOTYPE.rows)).toBe(
      true,
    );
  });
});

function formulaOf(content: Content | undefined): string {
  if (typeof content !== 'object') throw new Error(`not a formula: ${String(content)}`);
  return content.formula;
}
