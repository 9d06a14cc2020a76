import { SEED_WORKOUTS } from '../core/catalog';
import { fromLocalDate, fromSerial, parseIsoDate, toLocalDate } from '../core/dates';
import { formatPrescription } from '../core/exercise';
import { planSessions } from '../core/program';
import { daysProblem, defaultWeekdays, weeksProblem } from '../core/schedule';
import type { Cell } from './cell';
import { BLANK_OUT, Refusal, table } from './define';
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

export const OFFSEASON = table({
  name: 'OFFSEASON',
  summary:
    'The whole Offseason program as a table: one row per exercise per session, under a header row.',
  params: [
    {
      name: 'weeks',
      help: 'Length of the block: 4, 5 or 6 weeks.',
      blank: BLANK_OUT,
      read: (cell) => readChoice(cell, weeksProblem),
    },
    {
      name: 'days_per_week',
      help: '2 (A, B) or 3 (ABA, then BAB).',
      blank: BLANK_OUT,
      read: (cell) => readChoice(cell, daysProblem),
    },
    {
      name: 'start_date',
      help: 'Optional first day of the block; adds a date column (Mon/Wed/Fri or Tue/Fri).',
      optional: true,
      blank: undefined,
      read: readDate,
    },
  ],
  returns:
    'Columns week, session, date (with a start date), workout, block, rounds, exercise, prescription, load kind.',
  examples: [
    { formula: '=OFFSEASON(4, 2)', result: '73 rows: a header and 72 exercise rows' },
    { formula: '=OFFSEASON(6, 3, DATE(2027, 1, 4))', result: '163 rows with dates' },
  ],
  implementation: (weeks, daysPerWeek, startDate) => {
    const sessions = planSessions(
      { weeks, daysPerWeek, weekdays: defaultWeekdays(daysPerWeek), startDate },
      SEED_WORKOUTS,
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
