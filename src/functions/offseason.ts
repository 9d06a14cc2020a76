import { fromLocalDate, fromSerial, parseIsoDate, toLocalDate } from '../core/dates';
import { formatPrescription } from '../core/exercise';
import { oneOf } from '../core/inputs';
import { planSessions } from '../core/program';
import {
  OFFSEASON as OFFSEASON_PROGRAM,
  PROGRAMS,
  type Program,
  programNamed,
} from '../core/programs';
import { choiceProblem, defaultWeekdays } from '../core/schedule';
import type { Cell } from './cell';
import { BLANK_OUT, FunctionError, Refusal, table } from './define';
import { readChoice } from './params';

/** Serial 1 is 1899-12-31; 2958465 is 9999-12-31, the last date Sheets shows. */
const LAST_SERIAL = 2_958_465;

function readDate(cell: Cell): string {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return fromLocalDate(cell);
  if (typeof cell === 'number' && cell >= 1 && cell <= LAST_SERIAL) return fromSerial(cell);
  const iso = typeof cell === 'string' ? parseIsoDate(cell) : undefined;
  if (iso === undefined) throw new Refusal('must be a date, or text like "2027-01-04"');
  return iso;
}

/** Every length and frequency some program takes; each program then checks its own. */
const union = (pick: (p: Program) => readonly number[]): number[] =>
  [...new Set(PROGRAMS.flatMap(pick))].sort((a, b) => a - b);

function readProgram(cell: Cell): Program {
  const program = typeof cell === 'string' ? programNamed(cell) : undefined;
  if (!program) throw new Refusal(`must be ${oneOf(PROGRAMS.map((p) => `"${p.name}"`))}`);
  return program;
}

/** A length or frequency the named program doesn't take, refused with that program's choices. */
function checkFits(program: Program, weeks: number, daysPerWeek: number): void {
  const problems = [
    ['weeks', weeks, choiceProblem(program.weeks)(weeks)],
    ['days_per_week', daysPerWeek, choiceProblem(program.daysPerWeek)(daysPerWeek)],
  ] as const;
  for (const [name, value, problem] of problems) {
    if (problem)
      throw new FunctionError(`OFFSEASON: ${name} ${problem} for ${program.name}; got ${value}.`);
  }
}

export const OFFSEASON = table({
  name: 'OFFSEASON',
  summary:
    'A whole program as a table (the Offseason block, or the In-season or Base program): one row per exercise per session, under a header row.',
  params: [
    {
      name: 'weeks',
      help: 'Length of the block: 4, 5 or 6 weeks (In-season: 4 to 12).',
      blank: BLANK_OUT,
      read: (cell) => readChoice(cell, choiceProblem(union((p) => p.weeks))),
    },
    {
      name: 'days_per_week',
      help: '2 (A, B) or 3 (ABA, then BAB); In-season 1 (A, then B) or 2.',
      blank: BLANK_OUT,
      read: (cell) => readChoice(cell, choiceProblem(union((p) => p.daysPerWeek))),
    },
    {
      name: 'start_date',
      help: 'Optional first day of the block; adds a date column (Mon/Wed/Fri, Tue/Fri or Tue).',
      optional: true,
      blank: undefined,
      read: readDate,
    },
    {
      name: 'program',
      help: '"Offseason" (default: the article\'s block), "In-season" or "Base".',
      optional: true,
      blank: OFFSEASON_PROGRAM,
      read: readProgram,
    },
  ],
  returns:
    'Columns week, session, date (with a start date), workout, block, rounds, exercise, prescription, load kind.',
  examples: [
    { formula: '=OFFSEASON(4, 2)', result: '73 rows: a header and 72 exercise rows' },
    { formula: '=OFFSEASON(6, 3, DATE(2027, 1, 4))', result: '163 rows with dates' },
    {
      formula: '=OFFSEASON(4, 2, , "In-season")',
      result: '57 rows: a header and 56 exercise rows of the In-season program',
    },
  ],
  implementation: (weeks, daysPerWeek, startDate, program) => {
    checkFits(program, weeks, daysPerWeek);
    const sessions = planSessions(
      { weeks, daysPerWeek, weekdays: defaultWeekdays(daysPerWeek), startDate },
      program.workouts,
    );
    const dated = startDate !== undefined;
    const header = [
      'Week',
      'Session',
      ...(dated ? ['Date'] : []),
      'Workout',
      'Block',
      'Rounds',
      'Exercise',
      'Prescription',
      'Load kind',
    ];
    const rows = sessions.flatMap((s) =>
      s.plan.blocks.flatMap((block) =>
        block.exercises.map((exercise): Cell[] => [
          s.week,
          s.day,
          ...(s.date !== undefined ? [toLocalDate(s.date)] : []),
          s.plan.id,
          block.name,
          block.rounds,
          exercise.name,
          formatPrescription(exercise.prescription),
          exercise.load,
        ]),
      ),
    );
    return [header, ...rows];
  },
});
