import { fromLocalDate, nextMonday } from '../core/dates';
import { oneOf } from '../core/inputs';
import { type ProgramSpec, readSpec, UNITS_PROBLEM } from '../core/options';
import type { Problem } from '../core/problem';
import { PROGRAMS, type Program } from '../core/programs';
import { cellName, isBlankCell, textOf } from './cells';

/**
 * The Roster tab: one row per athlete. Each row is read into the same options the generate
 * dialog sends, so both paths share one validation; problems name the roster cell.
 */
export const ROSTER_SHEET = 'Roster';
export const ROSTER_HEADER = [
  'Athlete',
  'Email',
  'Units',
  'Round to',
  'Weeks',
  'Days/week',
  'Start date',
  'Starting loads',
  'Lifting days',
  'Run days',
  'Program',
] as const;

/**
 * Row 2 shows a coach what a row looks like. It is skipped for as long as its athlete reads
 * "e.g. …": type a real name over it (or rows below it) and it is a row like any other.
 */
export const ROSTER_EXAMPLE: readonly (string | number)[] = [
  'e.g. Ana',
  'ana@example.com',
  'kg',
  0.5,
  6,
  3,
  '',
  'Squat: 40; Romanian Deadlift: 50',
  'Mon Wed Fri',
  'Thu',
  'Offseason',
];
export const isExample = (athlete: unknown): boolean => /^e\.g\./i.test(textOf(athlete));

/** "4, 5 or 6 (In-season: 4 to 12)": the choices most programs share, then the others'. */
function perProgram(pick: (p: Program) => readonly number[]): string {
  const groups = new Map<string, string[]>();
  for (const p of PROGRAMS)
    groups.set(oneOf(pick(p)), [...(groups.get(oneOf(pick(p))) ?? []), p.name]);
  const [common = '', ...others] = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([choices, names]) => [choices, names.join(' and ')] as const);
  const rest = others.map(([choices, names]) => `${names}: ${choices}`).join('; ');
  return rest === '' ? (common as readonly [string, string])[0] : `${common[0]} (${rest})`;
}

/** The form shows "must be 4, 5 or 6" beside Weeks; a list of cells says "Weeks must be 4, 5 or 6". */
const named = (what: string, message: string): string =>
  message.startsWith('must be ') ? `${what} ${message}` : message;

/**
 * The help Sheets shows beside a roster cell, and as its message when it refuses a value: the
 * words `readRoster` uses for the same problem.
 */
export const ROSTER_HELP = {
  units: named('Units', UNITS_PROBLEM),
  weeks: `Weeks must be ${perProgram((p) => p.weeks)}`,
  daysPerWeek: `Days/week must be ${perProgram((p) => p.daysPerWeek)}`,
  startDate: 'Start date must be a date (blank: next Monday)',
} as const;

const COLUMN_OF_FIELD: Readonly<Record<string, number>> = {
  athlete: 1,
  units: 3,
  step: 4,
  weeks: 5,
  daysPerWeek: 6,
  startDate: 7,
  startingLoads: 8,
  weekdays: 9,
  runDays: 10,
  program: 11,
};

export interface RosterEntry {
  readonly row: number;
  readonly spec: ProgramSpec;
  readonly program: Program;
  readonly email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Squat: 50; Romanian Deadlift: 65" → { Squat: "50", … } (values checked by readSpec). */
function parseLoads(text: string): Record<string, string> | undefined {
  if (text === '') return {};
  const loads: Record<string, string> = {};
  for (const part of text.split(/[;\n]/)) {
    if (part.trim() === '') continue;
    const at = part.lastIndexOf(':');
    if (at < 1) return undefined;
    loads[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return loads;
}

const days = (text: string): string[] =>
  text
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map((d) => d.slice(0, 1).toUpperCase() + d.slice(1, 3).toLowerCase());

export function readRoster(
  values: readonly (readonly unknown[])[],
  library: readonly Program[],
  today: string,
): { entries: RosterEntry[]; problems: Problem[] } {
  const entries: RosterEntry[] = [];
  const problems: Problem[] = [];
  values.forEach((cells, i) => {
    const row = i + 1;
    if (row === 1 || cells.every(isBlankCell) || isExample(cells[0])) return;
    const at = (column: number) => cells[column - 1];
    const cell = (column: number) => cellName(ROSTER_SHEET, row, column);
    const rowProblems: Problem[] = [];
    const start = at(7);
    const loads = parseLoads(textOf(at(8)));
    if (!loads)
      rowProblems.push({
        field: cell(8),
        message: 'starting loads must read like "Squat: 50; Romanian Deadlift: 65"',
      });
    const raw = {
      athlete: textOf(at(1)),
      units: isBlankCell(at(3)) ? undefined : textOf(at(3)),
      step: isBlankCell(at(4)) ? undefined : at(4),
      weeks: at(5),
      daysPerWeek: at(6),
      startDate:
        start instanceof Date
          ? fromLocalDate(start)
          : isBlankCell(start)
            ? nextMonday(today)
            : textOf(start),
      startingLoads: loads ?? {},
      weekdays: isBlankCell(at(9)) ? undefined : days(textOf(at(9))),
      runDays: days(textOf(at(10))),
      program: textOf(at(11)),
    };
    const email = textOf(at(2));
    if (email !== '' && !EMAIL.test(email))
      rowProblems.push({ field: cell(2), message: 'is not an email address' });
    const { spec, program, problems: found } = readSpec(raw, library);
    for (const p of found) {
      const exercise = p.field.startsWith('startingLoads.') ? p.field.slice(14) : undefined;
      const column = COLUMN_OF_FIELD[exercise === undefined ? p.field : 'startingLoads'] ?? 1;
      rowProblems.push({
        field: cell(column),
        message: named(exercise ?? ROSTER_HEADER[column - 1] ?? '', p.message),
      });
    }
    if (rowProblems.length > 0 || !spec || !program) problems.push(...rowProblems);
    else entries.push({ row, spec, program, email });
  });
  return { entries, problems };
}
