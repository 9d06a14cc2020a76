import { describe, expect, it } from 'vitest';
import { OFFSEASON, PROGRAMS } from '../../src/core/programs';
import { readTemplate, templateValues } from '../../src/sheet/template';

/** The template as `getValues` returns it (the apostrophe that keeps "5" text is gone). */
const asRead = (values: (string | number)[][]) =>
  values.map((row) =>
    row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
/** The Offseason program alone, without the Program column, as Templates were first written. */
const seedValues = () => asRead(templateValues([OFFSEASON])).map((row) => row.slice(1));
const workoutsOf = (values: unknown[][]) => readTemplate(values).programs?.[0]?.workouts;

describe('the editable template', () => {
  it('reads back exactly the library: three named programs, settings from their names', () => {
    expect(readTemplate(asRead(templateValues(PROGRAMS)))).toEqual({
      programs: PROGRAMS,
      problems: [],
    });
  });

  it('reads a Template written before programs had names as the Offseason program', () => {
    expect(readTemplate(seedValues())).toEqual({ programs: [OFFSEASON], problems: [] });
  });

  it('takes a program of the coach’s own, with the Offseason settings, and keeps programs together', () => {
    const values = asRead(templateValues([OFFSEASON]));
    values.push(['Hills', 'A', 'Main lift', 3, 'Step-Up', '10 / side', 'dumbbells', 'lower', '']);
    const { programs, problems } = readTemplate(values);
    expect(problems).toEqual([]);
    expect(programs?.[1]).toMatchObject({
      name: 'Hills',
      origin: 'coach',
      progression: OFFSEASON.progression,
      weeks: [4, 5, 6],
    });
    values.push(['Offseason', 'B', 'Finisher', 2, 'Farmer Carry', '30 s', 'dumbbells', 'core', '']);
    expect(readTemplate(values).problems).toEqual([
      {
        field: `Template!A${values.length}`,
        message: 'program Offseason continues after another program: keep its rows together',
      },
    ]);
  });

  it('takes a swapped exercise, changed reps and rounds, and an added block', () => {
    const values = seedValues();
    const squat = values.findIndex((r) => r[3] === 'Squat');
    (values[squat] as unknown[])[3] = 'Goblet Squat';
    (values[squat] as unknown[])[4] = '8–10';
    for (const row of values) if (row[1] === 'Strength set 2' && row[0] === 'B') row[2] = 4;
    values.push(['B', 'Finisher', 2, 'Farmer Carry', '30 s', 'dumbbells', 'core', 'Walk tall.']);
    expect(readTemplate(values).problems).toEqual([]);
    const [a, b] = workoutsOf(values) ?? [];
    expect(a?.blocks[1]?.exercises[0]).toMatchObject({
      name: 'Goblet Squat',
      prescription: { kind: 'range', min: 8, max: 10 },
    });
    expect(b?.blocks.map((x) => `${x.name} ×${x.rounds}`)).toEqual([
      'Plyo set ×4',
      'Main lift ×4',
      'Strength set 1 ×3',
      'Strength set 2 ×4',
      'Finisher ×2',
    ]);
  });

  it('names the cell of every problem', () => {
    const values = seedValues();
    (values[6] as unknown[])[4] = 'lots';
    (values[7] as unknown[])[5] = 'kettlebell';
    (values[8] as unknown[])[2] = 0;
    (values[9] as unknown[])[3] = '';
    expect(readTemplate(values).problems).toEqual([
      {
        field: 'Template!E7',
        message: 'reps must be a number, "6 / side", "8–10", "8–12 / side", "12 total" or "30 s"',
      },
      {
        field: 'Template!F8',
        message: 'load kind must be bodyweight, dumbbells, single dumbbell, band, box',
      },
      { field: 'Template!C9', message: 'rounds must be a whole number from 1 to 10' },
      { field: 'Template!D10', message: 'exercise is missing' },
    ]);
  });

  it('keeps workouts and blocks together, rounds consistent, exercises unique', () => {
    const values = seedValues();
    values.push(['A', 'Plyo set', 4, 'Tuck Jump', '5', 'bodyweight', 'lower', '']);
    (values[2] as unknown[])[2] = 3;
    values.push(['B', 'Main lift', 4, 'Romanian Deadlift', '6', 'dumbbells', 'lower', '']);
    const fields = readTemplate(values).problems.map((p) => `${p.field} ${p.message}`);
    expect(fields).toEqual([
      'Template!C3 rounds must match the block’s first row (4)',
      'Template!A20 workout A continues after another workout: keep its rows together',
      'Template!B21 block “Main lift” continues after another block: keep its rows together',
    ]);
  });
});
