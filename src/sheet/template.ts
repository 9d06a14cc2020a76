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
import type { Block, Workout } from '../core/workout';
import { cellName, isBlankCell, textOf } from './cells';

/**
 * The editable Template tab: the program as one row per exercise, in order. Generation reads the
 * program from it when it exists, so a coach can swap an exercise, change reps or rounds, or add
 * a block without code. Every problem names its cell.
 */
export const TEMPLATE_SHEET = 'Template';
export const TEMPLATE_HEADER = [
  'Workout',
  'Block',
  'Rounds',
  'Exercise',
  'Prescription',
  'Load kind',
  'Body region',
  'Cue',
] as const;
const COL = {
  workout: 1,
  block: 2,
  rounds: 3,
  exercise: 4,
  prescription: 5,
  load: 6,
  region: 7,
  cue: 8,
} as const;
const MAX_ROUNDS = 10;

export function templateValues(workouts: readonly Workout[]): (string | number)[][] {
  const rows = workouts.flatMap((w) =>
    w.blocks.flatMap((b) =>
      b.exercises.map((e) => [
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
  );
  // Behind an apostrophe, "5" stays the text a prescription is, as a coach would type it.
  return [
    [...TEMPLATE_HEADER],
    ...rows.map((r) => r.map((v) => (typeof v === 'string' ? `'${v}` : v))),
  ];
}

interface Draft {
  workout: string;
  block: string;
  rounds: number;
  exercise: Exercise;
  row: number;
}

export function readTemplate(values: readonly (readonly unknown[])[]): {
  workouts?: Workout[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const drafts: Draft[] = [];
  values.forEach((cells, i) => {
    const row = i + 1;
    if (row === 1 || cells.every(isBlankCell)) return;
    const draft = readRow(cells, row, problems);
    if (draft) drafts.push(draft);
  });
  if (drafts.length === 0 && problems.length === 0) {
    problems.push({
      field: cellName(TEMPLATE_SHEET, 2, COL.workout),
      message: 'the template has no exercises',
    });
  }
  const workouts = assemble(drafts, problems);
  return problems.length > 0 ? { problems } : { workouts, problems };
}

function readRow(cells: readonly unknown[], row: number, problems: Problem[]): Draft | undefined {
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
  const workout = name(COL.workout, 'workout');
  const block = name(COL.block, 'block');
  const rounds = Number(at(COL.rounds));
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > MAX_ROUNDS)
    fail(COL.rounds, `rounds must be a whole number from 1 to ${MAX_ROUNDS}`);
  const exercise = name(COL.exercise, 'exercise');
  const prescription = parsePrescription(textOf(at(COL.prescription)));
  if (!prescription)
    fail(COL.prescription, 'reps must be a number, "6 / side", "8–10", "12 total" or "30 s"');
  const load = textOf(at(COL.load)).toLowerCase() as LoadKind;
  if (!LOAD_KINDS.includes(load)) fail(COL.load, `load kind must be ${LOAD_KINDS.join(', ')}`);
  const region = textOf(at(COL.region)).toLowerCase() as BodyRegion;
  if (!BODY_REGIONS.includes(region)) fail(COL.region, 'body region must be upper, lower or core');
  if (problems.length > before || !prescription) return undefined;
  return {
    workout,
    block,
    rounds,
    row,
    exercise: { name: exercise, prescription, load, region, cue: textOf(at(COL.cue)) },
  };
}

/** Rows group into workouts and blocks in order; each must stay together, and its rounds agree. */
function assemble(drafts: readonly Draft[], problems: Problem[]): Workout[] {
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
