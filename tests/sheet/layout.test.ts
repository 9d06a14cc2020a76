import { describe, expect, it } from 'vitest';
import { SEED_WORKOUTS } from '../../src/core/catalog';
import { COLUMN, WIDTHS } from '../../src/sheet/columns';
import { toGrid } from '../../src/sheet/grid';
import { layoutProgram } from '../../src/sheet/layout';
import type { Content } from '../../src/sheet/row';
import { programSpec } from '../support/spec';

const spec = programSpec;

describe('the program layout', () => {
  it('has a header, the settings, then per session a header, block headers and exercises', () => {
    const rows = layoutProgram(spec(), SEED_WORKOUTS);
    expect(rows[0]?.kind).toBe('header');
    expect(rows.filter((r) => r.kind === 'setting')).toHaveLength(8);
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
      SEED_WORKOUTS,
    );
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.find((r) => r.cells.exercise === 'Squat')?.key).toBe('Ana · W1 · S1 · Squat');
  });

  it('seeds week 1 from the starting load and leaves unknown loads blank', () => {
    const rows = layoutProgram(spec(), SEED_WORKOUTS);
    const first = (name: string) => rows.find((r) => r.cells.exercise === name);
    expect(first('Squat')?.cells.target).toBe(50);
    expect(first('Romanian Deadlift')?.cells.target).toBe('');
    expect(first('Push-Up')?.cells.target).toBe(6);
    expect(first('Copenhagen Side Plank')?.cells.target).toBe(30);
    expect(first('Box Jump')?.cells.target).toBe('4');
  });

  it('targets later appearances with a native formula over the previous one, found by key', () => {
    const rows = layoutProgram(spec(), SEED_WORKOUTS);
    const squats = rows.filter((r) => r.cells.exercise === 'Squat');
    const second = squats[1];
    const row = rows.indexOf(second as (typeof rows)[number]) + 1;
    expect(second?.cells.previous).toEqual({
      formula: `=IFERROR(MATCH("Ana · W1 · S1 · Squat",$I$1:$I${row - 1},0),"")`,
    });
    expect(second?.cells.base).toEqual({
      formula: `=IF($L${row}="","",IF(INDEX($D$1:$D${row - 1},$L${row})="",INDEX($C$1:$C${row - 1},$L${row}),INDEX($D$1:$D${row - 1},$L${row})))`,
    });
    const target = formulaOf(second?.cells.target);
    expect(target).toContain(`$M${row}`);
    expect(target).toContain('$B$7'); // lower-body low increment
    expect(target).not.toMatch(/NEXTLOAD|E1RM|LOADFOR|OFFSEASON|LET\(|LAMBDA|MROUND/);
  });

  it('repeats the load when an exercise comes twice in one week', () => {
    const rows = layoutProgram(
      spec({ daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'] }),
      SEED_WORKOUTS,
    );
    const squats = rows.filter((r) => r.cells.exercise === 'Squat');
    expect(formulaOf(squats[1]?.cells.target)).toMatch(/IF\(\$N\d+="",0,IF\(\$N\d+>=\$B\$5\+1,0,/);
    expect(formulaOf(squats[2]?.cells.target)).toContain('$B$7');
  });

  it('adds running notes and dates to session headers', () => {
    const rows = layoutProgram(spec({ runDays: ['Wed'] }), SEED_WORKOUTS);
    expect(rows.filter((r) => r.kind === 'note').map((r) => r.cells.exercise)).toHaveLength(4);
  });

  it('fits the phone columns in 390 px', () => {
    const visible = WIDTHS.filter(([column]) => column < COLUMN.notes).reduce(
      (sum, [, count, width]) => sum + count * width,
      0,
    );
    expect(visible).toBeLessThanOrEqual(390);
  });
});

describe('the grid', () => {
  const rows = layoutProgram(spec(), SEED_WORKOUTS);
  const grid = toGrid(rows);

  it('is rectangular in every aspect', () => {
    for (const aspect of Object.values(grid)) {
      expect(aspect).toHaveLength(rows.length);
      for (const line of aspect) expect(line).toHaveLength(17);
    }
  });

  it('quotes text so Sheets keeps it as text, and writes formulas as formulas', () => {
    const squat = rows.findIndex((r) => r.cells.exercise === 'Squat');
    expect(grid.values[squat]?.[0]).toBe("'Squat");
    expect(grid.values[squat]?.[8]).toBe("'Ana · W1 · S1 · Squat");
    expect(grid.values[squat]?.[9]).toBe("'load");
    expect(grid.values[0]?.[16]).toBe("=COUNTA('Log'!A:A)");
  });

  it('validates inputs by the rules of src/core/inputs.ts, per-step rules naming their own cell', () => {
    const squat = rows.findIndex((r) => r.cells.exercise === 'Squat');
    const [load, reps, rir] = grid.validations[squat]?.slice(3, 6) ?? [];
    const row = squat + 1;
    expect(load).toMatchObject({ kind: 'between', min: 0, max: 10000 });
    expect(reps).toMatchObject({
      kind: 'formula',
      formula: `=AND(ISNUMBER(E${row}),E${row}>=0,E${row}<=50,MOD(E${row},1)=0)`,
    });
    expect(rir).toMatchObject({
      kind: 'formula',
      formula: `=AND(ISNUMBER(F${row}),F${row}>=0,F${row}<=10,MOD(F${row}/0.5,1)=0)`,
    });
    const target = rows.findIndex((r) => r.key.endsWith('targetRir'));
    expect(grid.validations[target]?.[1]).toMatchObject({
      kind: 'formula',
      formula: `=AND(ISNUMBER(B${target + 1}),B${target + 1}>=0,B${target + 1}<=10,MOD(B${target + 1}/0.5,1)=0)`,
    });
  });

  it('notes each exercise with its cue', () => {
    const squat = rows.findIndex((r) => r.cells.exercise === 'Squat');
    expect(grid.notes[squat]?.[0]).toMatch(/racked at the shoulders/);
  });
});

function formulaOf(content: Content | undefined): string {
  if (typeof content !== 'object') throw new Error(`not a formula: ${String(content)}`);
  return content.formula;
}
