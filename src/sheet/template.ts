import {
  BODY_REGIONS,
  type BodyRegion,
  type Exercise,
  formatPrescription,
  LOAD_KINDS,
  type LoadKind,
  parsePrescription,
} from '../core/exercise';
import type { Problem } from '../core/problem';
import { DEFAULT_PROGRAM, OFFSEASON, PROGRAMS, type Program, programNamed } from '../core/programs';
import type { Block, Workout } from '../core/workout';
import { cellName, isBlankCell, textOf } from './cells';

/**
 * The editable Template tab: the program library as one row per exercise, in order, each row
 * naming its program. Generation reads the library from it when it exists, so a coach can swap
 * an exercise, change reps or rounds, add a block or a whole program without code. Every problem
 * names its cell. A Template made before programs had names (no Program column) is the Offseason
 * program alone.
 */
export const TEMPLATE_SHEET = 'Template';
export const TEMPLATE_HEADER = [
  'Program',
  'Workout',
  'Block',
  'Rounds',
  'Exercise',
  'Prescription',
  'Load kind',
  'Body region',
  'Cue',
] as const;
const COLUMNS = {
  program: 1,
  workout: 2,
  block: 3,
  rounds: 4,
  exercise: 5,
  prescription: 6,
  load: 7,
  region: 8,
  cue: 9,
} as const;
type Column = keyof typeof COLUMNS;
type Columns = Readonly<Record<Column, number>>;
/** Before programs had names: the same columns, one to the left, and no Program. */
const WITHOUT_PROGRAM: Columns = Object.fromEntries(
  Object.entries(COLUMNS).map(([k, v]) => [k, k === 'program' ? 0 : v - 1]),
) as Columns;
const MAX_ROUNDS = 10;

export function templateValues(programs: readonly Program[]): (string | number)[][] {
  const rows = programs.flatMap((p) =>
    p.workouts.flatMap((w) =>
      w.blocks.flatMap((b) =>
        b.exercises.map((e) => [
          p.name,
          w.id,
          b.name,
          b.rounds,
          e.name,
          formatPrescription(e.prescription),
          e.load,
          e.region,
          e.cue,
        ]),
      ),
    ),
  );
  // Behind an apostrophe, "5" stays the text a prescription is, as a coach would type it.
  return [
    [...TEMPLATE_HEADER],
    ...rows.map((r) => r.map((v) => (typeof v === 'string' ? `'${v}` : v))),
  ];
}

interface Draft {
  program: string;
  workout: string;
  block: string;
  rounds: number;
  exercise: Exercise;
  row: number;
}

export function readTemplate(
  values: readonly (readonly unknown[])[],
  library: readonly Program[] = PROGRAMS,
): {
  programs?: Program[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const named = textOf(values[0]?.[0]).toLowerCase() === 'program';
  const col = named ? COLUMNS : WITHOUT_PROGRAM;
  const drafts: Draft[] = [];
  values.forEach((cells, i) => {
    const row = i + 1;
    if (row === 1 || cells.every(isBlankCell)) return;
    const draft = readRow(cells, row, col, problems);
    if (draft) drafts.push(draft);
  });
  if (drafts.length === 0 && problems.length === 0) {
    problems.push({
      field: cellName(TEMPLATE_SHEET, 2, col.workout),
      message: 'the template has no exercises',
    });
  }
  const programs = groupPrograms(drafts, col, problems).map(({ name, rows }) =>
    programFrom(name, assemble(rows, col, problems), library),
  );
  return problems.length > 0 ? { problems } : { programs, problems };
}

/** A library program edited in the Template keeps its settings; a new name starts from Offseason's. */
function programFrom(name: string, workouts: Workout[], library: readonly Program[]): Program {
  const known = programNamed(name, library);
  if (known) return { ...known, workouts };
  return {
    ...OFFSEASON,
    name,
    origin: 'coach',
    summary: 'A program of the coach’s own.',
    workouts,
  };
}

/** Rows grouped by program, in order; a program's rows stay together, as a workout's do. */
function groupPrograms(
  drafts: readonly Draft[],
  col: Columns,
  problems: Problem[],
): { name: string; rows: Draft[] }[] {
  const groups: { name: string; rows: Draft[] }[] = [];
  for (const d of drafts) {
    const last = groups[groups.length - 1];
    if (last && same(last.name, d.program)) {
      last.rows.push(d);
    } else if (groups.some((g) => same(g.name, d.program))) {
      problems.push({
        field: cellName(TEMPLATE_SHEET, d.row, col.program),
        message: `program ${d.program} continues after another program: keep its rows together`,
      });
    } else {
      groups.push({ name: d.program, rows: [d] });
    }
  }
  return groups;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function readRow(
  cells: readonly unknown[],
  row: number,
  COL: Columns,
  problems: Problem[],
): Draft | undefined {
  const at = (column: number) => cells[column - 1];
  const fail = (column: number, message: string) => {
    problems.push({ field: cellName(TEMPLATE_SHEET, row, column), message });
  };
  const before = problems.length;
  const name = (column: number, what: string) => {
    const text = textOf(at(column));
    if (text === '') fail(column, `${what} is missing`);
    else if (text.length > 60) fail(column, `${what} is longer than 60 characters`);
    return text;
  };
  const program = COL.program === 0 ? DEFAULT_PROGRAM : name(COL.program, 'program');
  const workout = name(COL.workout, 'workout');
  const block = name(COL.block, 'block');
  const rounds = Number(at(COL.rounds));
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > MAX_ROUNDS)
    fail(COL.rounds, `rounds must be a whole number from 1 to ${MAX_ROUNDS}`);
  const exercise = name(COL.exercise, 'exercise');
  const prescription = parsePrescription(textOf(at(COL.prescription)));
  if (!prescription)
    fail(
      COL.prescription,
      'reps must be a number, "6 / side", "8–10", "8–12 / side", "12 total" or "30 s"',
    );
  const load = textOf(at(COL.load)).toLowerCase() as LoadKind;
  if (!LOAD_KINDS.includes(load)) fail(COL.load, `load kind must be ${LOAD_KINDS.join(', ')}`);
  const region = textOf(at(COL.region)).toLowerCase() as BodyRegion;
  if (!BODY_REGIONS.includes(region)) fail(COL.region, 'body region must be upper, lower or core');
  if (problems.length > before || !prescription) return undefined;
  return {
    program,
    workout,
    block,
    rounds,
    row,
    exercise: { name: exercise, prescription, load, region, cue: textOf(at(COL.cue)) },
  };
}

/** Rows group into workouts and blocks in order; each must stay together, and its rounds agree. */
function assemble(drafts: readonly Draft[], COL: Columns, problems: Problem[]): Workout[] {
  const workouts: { id: string; blocks: (Block & { exercises: Exercise[] })[] }[] = [];
  const fail = (row: number, column: number, message: string) => {
    problems.push({ field: cellName(TEMPLATE_SHEET, row, column), message });
  };
  for (const d of drafts) {
    let workout = workouts[workouts.length - 1];
    if (workout?.id !== d.workout) {
      if (workouts.some((w) => w.id === d.workout)) {
        fail(
          d.row,
          COL.workout,
          `workout ${d.workout} continues after another workout: keep its rows together`,
        );
        continue;
      }
      workout = { id: d.workout, blocks: [] };
      workouts.push(workout);
    }
    let block = workout.blocks[workout.blocks.length - 1];
    if (block?.name !== d.block) {
      if (workout.blocks.some((b) => b.name === d.block)) {
        fail(
          d.row,
          COL.block,
          `block “${d.block}” continues after another block: keep its rows together`,
        );
        continue;
      }
      block = { name: d.block, rounds: d.rounds, exercises: [] };
      workout.blocks.push(block);
    } else if (block.rounds !== d.rounds) {
      fail(d.row, COL.rounds, `rounds must match the block’s first row (${block.rounds})`);
    }
    if (workout.blocks.some((b) => b.exercises.some((e) => e.name === d.exercise.name))) {
      fail(d.row, COL.exercise, `${d.exercise.name} is already in workout ${d.workout}`);
      continue;
    }
    block.exercises.push(d.exercise);
  }
  return workouts;
}
