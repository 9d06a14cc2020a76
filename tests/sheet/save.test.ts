import { describe, expect, it } from 'vitest';
import { SEED_WORKOUTS } from '../../src/core/catalog';
import { COLUMN, WIDTH } from '../../src/sheet/columns';
import { toGrid } from '../../src/sheet/grid';
import { layoutProgram } from '../../src/sheet/layout';
import { nextTargets, planSave, readSave, type SessionSave } from '../../src/sheet/save';
import { sessionView } from '../../src/sheet/session';
import { readRows } from '../../src/sheet/tab';
import { findRow, keyOf } from '../support/rows';
import { programSpec } from '../support/spec';

const spec = programSpec();

/** The tab as `getValues` would return it: text unquoted, formulas left as their text. */
function tabValues(): unknown[][] {
  return toGrid(layoutProgram(spec, SEED_WORKOUTS)).values.map((row) =>
    row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
}

const S1 = 'W1 · S1';
const keys = readRows(tabValues());
const squat = keyOf(keys, `${S1} · Squat`);
const plank = keyOf(keys, `${S1} · Copenhagen Side Plank`);

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
  ...over,
});

const context = {
  athlete: 'Ana',
  timestamp: new Date(Date.UTC(2027, 0, 5, 18)),
  user: 'ana@example.com',
};

describe('reading a save', () => {
  const rows = readRows(tabValues());

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

  it('allows holds their seconds', () => {
    const hold = request({ exercises: [{ key: plank, sets: [{ load: '', reps: 90, rir: 2 }] }] });
    expect(readSave(hold, rows).problems).toEqual([]);
  });

  it('refuses rows that are not in the session', () => {
    const stray = request({ exercises: [{ key: keyOf(rows, 'W2 · S1 · Squat'), sets: [] }] });
    expect(readSave(stray, rows).problems[0]?.message).toMatch(/not in this session/);
  });
});

describe('planning a save', () => {
  const rows = readRows(tabValues());

  it('writes the last set of each exercise into one run of the session rows', () => {
    const plan = planSave(rows, request(), context);
    expect(plan.duplicate).toBe(false);
    expect(plan.runs).toHaveLength(1);
    const run = plan.runs[0];
    const squatRow = rows.find((r) => r.key === squat)?.row ?? 0;
    const line = run?.values[squatRow - (run?.firstRow ?? 0)];
    expect(line).toEqual(['save-0001', 55, 5, 2, '']);
  });

  it('logs every set', () => {
    const plan = planSave(rows, request(), context);
    expect(plan.logRows).toHaveLength(3);
    expect(plan.logRows[1]).toEqual([
      context.timestamp,
      "'Ana",
      `'${S1}`,
      "'Squat",
      2,
      55,
      5,
      2,
      'ana@example.com',
      'save-0001',
    ]);
  });

  it('recognises a retry by its save id and writes nothing', () => {
    const saved = tabValues();
    for (const r of readRows(saved)) {
      if (r.key === squat || r.key === plank)
        (saved[r.row - 1] as unknown[])[COLUMN.save - 1] = 'save-0001';
    }
    const plan = planSave(readRows(saved), request(), context);
    expect(plan).toEqual({ duplicate: true, runs: [], logRows: [] });
  });

  it('finds rows by key after rows are inserted and a block is sorted, and never rewrites foreign rows', () => {
    const values = tabValues();
    const start = readRows(values).find((r) => r.key === S1)?.row ?? 0;
    const foreign = Array(WIDTH).fill('');
    foreign[0] = 'coach note';
    // Insert a row of the coach's inside the session, and swap two rows of a block.
    values.splice(start + 3, 0, foreign);
    const a = values[start + 8];
    values[start + 8] = values[start + 9] as unknown[];
    values[start + 9] = a as unknown[];
    const moved = readRows(values);
    const plan = planSave(moved, request(), context);
    const squatRow = moved.find((r) => r.key === squat)?.row ?? 0;
    const run = plan.runs.find(
      (r) => r.firstRow <= squatRow && squatRow < r.firstRow + r.values.length,
    );
    expect(run?.values[squatRow - (run?.firstRow ?? 0)]).toEqual(['save-0001', 55, 5, 2, '']);
    expect(
      plan.runs.every(
        (r) => r.firstRow + r.values.length - 1 < start + 4 || r.firstRow > start + 4,
      ),
    ).toBe(true);
  });
});

describe('the session view', () => {
  it('opens today’s session, else the first not logged', () => {
    const rows = readRows(tabValues());
    expect(sessionView('Ana', rows, undefined, () => '2027-01-08')?.session?.key).toBe('W1 · S2');
    expect(sessionView('Ana', rows, undefined, () => '2026-12-01')?.session?.key).toBe(S1);
    const view = sessionView('Ana', rows, S1, () => '2026-12-01');
    expect(view?.session?.blocks.map((b) => b.exercises.length)).toEqual([2, 1, 3, 3]);
    expect(view?.units).toBe('lb');
  });

  it('describes the next target from the read-back values', () => {
    const values = tabValues();
    const rows = readRows(values);
    const next = findRow(rows, 'W2 · S1 · Squat');
    (values[(next?.row ?? 0) - 1] as unknown[])[COLUMN.target - 1] = 60;
    const [squatNext] = nextTargets(readRows(values), request(), 'lb');
    expect(squatNext?.text).toBe('Next: 60 lb (+5)');
  });

  it('says why a workout’s second session in a week holds the load, or cuts it after a grinder', () => {
    const three = programSpec({ daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'] });
    const values = toGrid(layoutProgram(three, SEED_WORKOUTS)).values.map((row) =>
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
