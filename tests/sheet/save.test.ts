import { describe, expect, it } from 'vitest';
import { OFFSEASON } from '../../src/core/programs';
import { COLUMN, WIDTH } from '../../src/sheet/columns';
import { toGrid } from '../../src/sheet/grid';
import { layoutProgram } from '../../src/sheet/layout';
import { parseRecord } from '../../src/sheet/record';
import {
  misplaced,
  nextTargets,
  planSave,
  readSave,
  type SavePlan,
  type SessionSave,
  undoMisplaced,
  WRITTEN,
} from '../../src/sheet/save';
import { sessionView } from '../../src/sheet/session';
import { readRows } from '../../src/sheet/tab';
import { findRow, keyOf } from '../support/rows';
import { programSpec } from '../support/spec';

const spec = programSpec();

/** The tab as `getValues` would return it: text unquoted, formulas left as their text. */
function tabValues(): unknown[][] {
  return toGrid(layoutProgram(spec, OFFSEASON)).values.map((row) =>
    row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
}

const S1 = 'W1 · S1';
const keys = readRows(tabValues());
/** An exercise of session 1 by name, as the sidebar sends its key. */
const ex = (name: string) => keyOf(keys, `${S1} · ${name}`);
const squat = ex('Squat');
const plank = ex('Copenhagen Side Plank');
const boxJump = ex('Box Jump');
const deadBug = ex('Weighted Dead Bug');
/** Session 1's third block: Strength set 1. */
const strength1 = `${S1} · B3`;

const request = (over: Partial<SessionSave> = {}): SessionSave => ({
  saveId: 'save-0001',
  sheetName: 'Ana',
  sessionKey: S1,
  exercises: [
    {
      key: squat,
      sets: [
        { load: 50, reps: 5, rir: 3 },
        { load: 55, reps: 5, rir: 2 },
      ],
    },
    { key: plank, sets: [{ load: '', reps: 35, rir: 2 }] },
  ],
  after: [],
  ...over,
});

const context = { timestamp: new Date(Date.UTC(2027, 0, 5, 18, 4)), user: 'ana@example.com' };
const rows = readRows(tabValues());
const rowOf = (key: string, from = rows) => from.find((r) => r.key === key)?.row ?? 0;

/** The line a plan writes to the row of `key`, whichever run holds it. */
function lineOf(plan: SavePlan, key: string, from = rows): readonly unknown[] | undefined {
  const row = rowOf(key, from);
  const run = plan.runs.find((r) => r.firstRow <= row && row < r.firstRow + r.values.length);
  return run?.values[row - (run?.firstRow ?? 0)];
}

/** The sheet after a plan's writes landed at `shift` rows from where they were meant to. */
function written(plan: SavePlan, values: unknown[][], shift = 0): unknown[][] {
  for (const run of plan.runs)
    run.values.forEach((line, i) => {
      const cells = values[run.firstRow + shift + i - 1] as unknown[];
      line.forEach((v, c) => {
        cells[WRITTEN.first - 1 + c] = typeof v === 'string' ? v.replace(/^'/, '') : v;
      });
    });
  return values;
}

/** Values with a cell of a keyed row set, as the sheet would hold them after a save or an edit. */
function withCell(key: string, column: keyof typeof COLUMN, value: unknown): unknown[][] {
  const values = tabValues();
  (values[rowOf(key) - 1] as unknown[])[COLUMN[column] - 1] = value;
  return values;
}

describe('reading a save, strictly', () => {
  it('accepts a well-formed save', () => {
    expect(readSave(request(), rows).problems).toEqual([]);
  });

  it('names the exercise, the set and the field of each bad value', () => {
    const bad = request({
      exercises: [{ key: squat, sets: [{ load: -1, reps: 5.5, rir: 2.25 }] }],
    });
    expect(readSave(bad, rows).problems).toEqual([
      { field: `${squat}|0|load`, message: 'Squat, set 1: load must be from 0 to 10000' },
      {
        field: `${squat}|0|reps`,
        message: 'Squat, set 1: reps must be a whole number from 0 to 50',
      },
      {
        field: `${squat}|0|rir`,
        message: 'Squat, set 1: RIR must be from 0 to 10, in steps of 0.5',
      },
    ]);
  });

  it.each(['0x20', '1e2', 'Infinity', '52,5', '+5', ' ', '5 lb', '.5'])(
    'takes only plain decimal numbers: refuses a load of %j',
    (load) => {
      const bad = { ...request(), exercises: [{ key: squat, sets: [{ load, reps: 5, rir: 2 }] }] };
      const problems = readSave(bad, rows).problems;
      expect(problems.map((p) => p.field)).toEqual([`${squat}|0|load`]);
    },
  );

  it('takes plain decimal text, as a form sends it', () => {
    const ok = {
      ...request(),
      exercises: [{ key: squat, sets: [{ load: ' 52.5 ', reps: '5', rir: '2.5' }] }],
    };
    expect(readSave(ok, rows).save?.exercises[0]?.sets).toEqual([
      { load: 52.5, reps: 5, rir: 2.5 },
    ]);
  });

  it('reads own properties only: a __proto__ in the payload is never a prototype', () => {
    const hostile = JSON.parse(
      `{"saveId":"save-0001","sheetName":"Ana","sessionKey":"${S1}","exercises":[{"key":"${squat}","__proto__":{"sets":[{"load":999}]}}]}`,
    );
    Object.setPrototypeOf(hostile.exercises[0], { sets: [{ load: 999, reps: 5, rir: 0 }] });
    const result = readSave(hostile, rows);
    expect(result.save).toBeUndefined();
    expect(result.problems).toEqual([
      { field: 'exercises', message: 'Nothing to save: type at least one set.' },
    ]);
  });

  it('takes each exercise once', () => {
    const twice = request({
      exercises: [
        { key: squat, sets: [{ load: 50, reps: 5, rir: 2 }] },
        { key: squat, sets: [{ load: 999, reps: 5, rir: 2 }] },
      ],
    });
    expect(readSave(twice, rows).problems).toEqual([
      { field: squat, message: 'Squat is listed twice: reload the sidebar' },
    ]);
  });

  it('takes at most the session’s exercises, and at most each exercise’s sets', () => {
    const many = request({
      exercises: Array.from({ length: 99 }, () => ({ key: squat, sets: [] })),
    });
    expect(readSave(many, rows).problems).toEqual([
      {
        field: 'exercises',
        message: "a save lists at most the session's 9 exercises: reload the sidebar",
      },
    ]);
    const sets = request({
      exercises: [
        { key: squat, sets: Array.from({ length: 10 }, () => ({ load: 50, reps: 5, rir: 2 })) },
      ],
    });
    expect(readSave(sets, rows).problems).toEqual([
      { field: squat, message: 'Squat: at most 4 sets' },
    ]);
  });

  it('refuses an all-blank save: there is nothing to save', () => {
    const blank = request({ exercises: [{ key: squat, sets: [{ load: '', reps: '', rir: '' }] }] });
    expect(readSave(blank, rows).problems).toEqual([
      { field: 'exercises', message: 'Nothing to save: type at least one set.' },
    ]);
  });

  it('refuses rows that are not in the session, and notes that are not short text', () => {
    const stray = request({ exercises: [{ key: keyOf(keys, 'W2 · S1 · Squat'), sets: [] }] });
    expect(readSave(stray, rows).problems[0]?.message).toMatch(/not in this session/);
    const notes = request({ exercises: [{ key: squat, sets: [], notes: 'x'.repeat(501) }] });
    expect(readSave(notes, rows).problems[0]?.field).toBe(`${squat}|notes`);
  });
});

describe('planning a save', () => {
  it('writes each exercise’s last set and its log in one run over the session’s block rows', () => {
    const whole = request({
      exercises: [
        ...request().exercises,
        { key: ex('Lat Pull-Over'), sets: [{ load: 20, reps: 6, rir: 2 }] },
        { key: ex('Push-Up'), sets: [{ load: '', reps: 8, rir: 2 }] },
      ],
    });
    const plan = planSave(rows, whole, context);
    expect(plan.duplicate).toBe(false);
    expect(plan.runs).toHaveLength(1);
    const run = plan.runs[0];
    expect(lineOf(plan, squat)).toEqual([
      "'save-0001 | ana@example.com | 2027-01-05T18:04Z | 50×5@3; 55×5@2",
      55,
      5,
      2,
      '',
    ]);
    // The block header between them is written blank again, as it was.
    const header = rowOf(strength1);
    expect(run?.values[header - (run?.firstRow ?? 0)]).toEqual(['', '', '', '', '']);
    expect(run?.keys[header - (run?.firstRow ?? 0)]).toBe(strength1);
  });

  it('never writes an exercise row it was not given: a run stops there', () => {
    const plan = planSave(
      rows,
      request({
        exercises: [
          { key: boxJump, sets: [{ load: '', reps: 4, rir: '' }] },
          { key: squat, sets: [] },
          { key: deadBug, sets: [{ load: 10, reps: 10, rir: 2 }] },
        ],
      }),
      context,
    );
    expect(plan.runs.map((r) => [r.firstRow, r.keys])).toEqual([
      [rowOf(boxJump), [boxJump]],
      [rowOf(deadBug), [deadBug]],
    ]);
  });

  it('stores notes and kept text as text', () => {
    const values = withCell(squat, 'notes', '2027');
    const plan = planSave(
      readRows(values),
      request({
        exercises: [
          { key: squat, sets: [{ load: 50, reps: 5, rir: 2 }] },
          { key: plank, sets: [], notes: '=IMPORTXML("http://x","//a")' },
        ],
      }),
      context,
    );
    const notes = COLUMN.notes - WRITTEN.first;
    expect(lineOf(plan, squat)?.[notes]).toBe("'2027");
    expect(lineOf(plan, plank)?.[notes]).toBe(`'=IMPORTXML("http://x","//a")`);
  });

  it('recognises a retry that landed: same id, same sets, nothing written', () => {
    const values = written(planSave(rows, request(), context), tabValues());
    expect(planSave(readRows(values), request(), context)).toEqual({
      conflicts: [],
      duplicate: true,
      runs: [],
    });
  });

  it('finishes a retry that landed in part, writing only the rows still missing', () => {
    const values = withCell(
      squat,
      'save',
      'save-0001 | ana@example.com | 2027-01-05T18:04Z | 50×5@3; 55×5@2',
    );
    const plan = planSave(readRows(values), request(), context);
    expect(plan.duplicate).toBe(false);
    expect(plan.runs.flatMap((r) => r.keys.filter((k) => !k.includes('[')))).toEqual([plank]);
  });

  it('never reverts a newer save: a row saved since the sidebar read it refuses the save', () => {
    const values = withCell(
      squat,
      'save',
      'save-0002 | ben@example.com | 2027-01-05T18:05Z | 60×5@2',
    );
    const plan = planSave(readRows(values), request(), context);
    expect(plan.runs).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        field: squat,
        message:
          'Squat was saved again by ben@example.com since this session was opened, so nothing was saved: reopen the session to see that save',
      },
    ]);
    // The save the sidebar read, or one of its own failed attempts, is not newer.
    const read = request({
      exercises: [{ key: squat, sets: [{ load: 50, reps: 5, rir: 2 }], base: 'save-0002' }],
    });
    expect(planSave(readRows(values), read, context).conflicts).toEqual([]);
    const own = request({ after: ['save-0002'] });
    expect(planSave(readRows(values), own, context).conflicts).toEqual([]);
  });

  it('finds rows by key after rows are inserted and a block is sorted, and never writes foreign rows', () => {
    const values = tabValues();
    const start = rowOf(S1);
    const foreign = Array(WIDTH).fill('');
    foreign[0] = 'coach note';
    // Insert a row of the coach's inside the session, and swap two rows of a block.
    values.splice(start + 3, 0, foreign);
    const a = values[start + 8];
    values[start + 8] = values[start + 9] as unknown[];
    values[start + 9] = a as unknown[];
    const moved = readRows(values);
    const plan = planSave(moved, request(), context);
    const load = COLUMN.load - WRITTEN.first;
    expect(lineOf(plan, squat, moved)?.slice(load, load + 3)).toEqual([55, 5, 2]);
    expect(
      plan.runs.every(
        (r) => r.firstRow + r.values.length - 1 < start + 4 || r.firstRow > start + 4,
      ),
    ).toBe(true);
  });
});

describe('confirming a write', () => {
  it('finds rows that moved under it, and puts back what it wrote over', () => {
    const plan = planSave(rows, request(), context);
    // A row was inserted above the squat after the read: every write landed one row too high.
    const values = tabValues();
    values.splice(rowOf(squat) - 1, 0, Array(WIDTH).fill(''));
    written(plan, values);
    const wrong = misplaced(plan.runs, values);
    expect(wrong.map((w) => w.run.keys[w.index])).toEqual([squat, plank]);
    const fixes = undoMisplaced(wrong, rows, values);
    // The inserted row and the push-up row get back what they had: blank, and the push-up's
    // closed load cell its "—".
    expect(fixes.map((f) => f.keys)).toEqual([[''], [ex('Push-Up')]]);
    expect(fixes[0]?.values[0]?.every((v) => v === '')).toBe(true);
    // (Text goes back behind an apostrophe, so it stays text.)
    const pushUp = tabValues()[rowOf(ex('Push-Up')) - 1] ?? [];
    const unquoted = fixes[1]?.values[0]?.map((v) =>
      typeof v === 'string' ? v.replace(/^'/, '') : v,
    );
    expect(unquoted).toEqual(pushUp.slice(COLUMN.save - 1, COLUMN.notes));
    expect(unquoted?.[COLUMN.load - COLUMN.save]).toBe('—');
  });
});

describe('the session view', () => {
  it('opens today’s session, else the first not logged', () => {
    expect(sessionView('Ana', rows, undefined, () => '2027-01-08')?.session?.key).toBe('W1 · S2');
    expect(sessionView('Ana', rows, undefined, () => '2026-12-01')?.session?.key).toBe(S1);
    const view = sessionView('Ana', rows, S1, () => '2026-12-01');
    expect(view?.session?.blocks.map((b) => b.exercises.length)).toEqual([2, 1, 3, 3]);
    expect(view?.units).toBe('lb');
  });

  it('gives each exercise the id of the save that last wrote it', () => {
    const values = withCell(
      squat,
      'save',
      'save-0002 | ben@example.com | 2027-01-05T18:05Z | 60×5@2',
    );
    const view = sessionView('Ana', readRows(values), S1, () => '2026-12-01');
    const ids = view?.session?.blocks.flatMap((b) => b.exercises.map((e) => [e.name, e.saveId]));
    expect(ids?.find(([name]) => name === 'Squat')).toEqual(['Squat', 'save-0002']);
    expect(ids?.find(([name]) => name === 'Box Jump')).toEqual(['Box Jump', '']);
  });

  it('describes the next target from the read-back values', () => {
    const values = tabValues();
    const next = rowOf(keyOf(keys, 'W2 · S1 · Squat'));
    (values[next - 1] as unknown[])[COLUMN.target - 1] = 60;
    const [squatNext] = nextTargets(readRows(values), request(), 'lb');
    expect(squatNext?.text).toBe('Next: 60 lb (+5)');
  });

  it('says why a workout’s second session in a week holds the load, or cuts it after a grinder', () => {
    const three = programSpec({ daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'] });
    const values = toGrid(layoutProgram(three, OFFSEASON)).values.map((row) =>
      row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
    );
    const repeat = findRow(readRows(values), 'W1 · S3 · Squat');
    const save = (rir: number) =>
      request({ exercises: [{ key: squat, sets: [{ load: 50, reps: 5, rir }] }] });
    (values[(repeat?.row ?? 0) - 1] as unknown[])[COLUMN.target - 1] = 50;
    expect(nextTargets(readRows(values), save(3), 'lb')[0]?.text).toBe(
      'Next: 50 lb (±0): the same workout comes again this week at the same target; its RIR sets next week’s.',
    );
    (values[(repeat?.row ?? 0) - 1] as unknown[])[COLUMN.target - 1] = 47.5;
    expect(nextTargets(readRows(values), save(0), 'lb')[0]?.text).toBe(
      'Next: 47.5 lb (−2.5): the same workout comes again this week, 5 % lighter after a set more than one rep below the target; its RIR sets next week’s.',
    );
  });
});

describe('the save record', () => {
  it('reads back what it wrote', () => {
    expect(
      parseRecord('save-0001 | ana@example.com | 2027-01-05T18:04Z | 50×5@3; ×8@; 55×5@2.5'),
    ).toEqual({
      id: 'save-0001',
      by: 'ana@example.com',
      at: '2027-01-05T18:04Z',
      sets: [
        { load: 50, reps: 5, rir: 3 },
        { load: '', reps: 8, rir: '' },
        { load: 55, reps: 5, rir: 2.5 },
      ],
    });
  });

  it('reads a bare save id (written before records) and nothing that is not a record', () => {
    expect(parseRecord('save-ana-0002')).toEqual({ id: 'save-ana-0002', by: '', at: '', sets: [] });
    expect(parseRecord('')).toBeUndefined();
    expect(parseRecord('hello there')).toBeUndefined();
    expect(parseRecord('save-0001 | a | b | 5 lb')).toBeUndefined();
    expect(parseRecord(42)).toBeUndefined();
  });
});
