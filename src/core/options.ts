import { nextMonday, parseIsoDate, WEEKDAYS, type Weekday } from './dates';
import { progressionOf, takesLoad } from './exercise';
import { accepts, expected, LOAD, oneOf, RIR, STEP } from './inputs';
import type { Problem } from './problem';
import { DEFAULT_PROGRAM, type Program, programNamed } from './programs';
import { choiceProblem, defaultWeekdays, weekdaysProblem } from './schedule';
import { defaultStep, parseUnit, type Unit } from './units';
import type { Workout } from './workout';

/**
 * What a coach chooses for one athlete's block: the fields of the generate dialog and of
 * `generateProgram(options)`. Field names are public API.
 */
export interface ProgramSpec {
  readonly athlete: string;
  /** The program's name, as the library (the Template, else the built-in one) spells it. */
  readonly program: string;
  readonly weeks: number;
  readonly daysPerWeek: number;
  /** YYYY-MM-DD */
  readonly startDate: string;
  readonly weekdays: readonly Weekday[];
  readonly units: Unit;
  readonly step: number;
  readonly targetRir: number;
  /** Exercise name → load of its first session; a missing one is seeded by the first logged load. */
  readonly startingLoads: Readonly<Record<string, number>>;
  /** Hard or hill running days. */
  readonly runDays: readonly Weekday[];
}

export const MAX_NAME_LENGTH = 60;
export const UNITS_PROBLEM = 'must be lb or kg';

/** Defaults the dialog shows. */
export function defaultSpec(today: string, program: Program): Omit<ProgramSpec, 'athlete'> {
  const weeks = program.weeks.includes(6) ? 6 : (program.weeks[0] ?? 6);
  const daysPerWeek = Math.max(...program.daysPerWeek);
  return {
    program: program.name,
    weeks,
    daysPerWeek,
    startDate: nextMonday(today),
    weekdays: defaultWeekdays(daysPerWeek),
    units: 'lb',
    step: defaultStep('lb'),
    targetRir: program.progression.targetRir,
    startingLoads: {},
    runDays: [],
  };
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number typed in a form may arrive as text; blank stays undefined. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value.trim());
  return undefined;
}

const weekdayList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Reads untrusted options (from the dialog, `google.script.run`, or a roster row) against the
 * program library. Every field is checked and every problem reported, each naming its field, so
 * a form can show them in place. A missing program is Offseason; lengths, frequencies, starting
 * loads and the default target RIR are the named program's.
 */
export function readSpec(
  raw: unknown,
  library: readonly Program[],
): { spec?: ProgramSpec; program?: Program; problems: Problem[] } {
  const problems: Problem[] = [];
  const input = isRecord(raw) ? raw : {};
  const fail = (field: string, message: string) => problems.push({ field, message });

  const programName =
    input.program === undefined || input.program === '' ? DEFAULT_PROGRAM : input.program;
  const program = typeof programName === 'string' ? programNamed(programName, library) : undefined;
  if (!program) fail('program', `must be ${oneOf(library.map((p) => p.name))}`);

  const athlete = typeof input.athlete === 'string' ? input.athlete.trim() : '';
  if (athlete === '') fail('athlete', 'enter the athlete’s name');
  else if (athlete.length > MAX_NAME_LENGTH)
    fail('athlete', `keep the name under ${MAX_NAME_LENGTH} characters`);
  else if ([...athlete].some((c) => c.charCodeAt(0) < 32))
    fail('athlete', 'the name has a control character in it');

  const weeks = toNumber(input.weeks) ?? Number.NaN;
  const weeksMessage = program && choiceProblem(program.weeks)(weeks);
  if (weeksMessage) fail('weeks', `${weeksMessage} for ${program.name}`);

  const daysPerWeek = toNumber(input.daysPerWeek) ?? Number.NaN;
  const daysMessage = program ? choiceProblem(program.daysPerWeek)(daysPerWeek) : 'unknown';
  if (program && daysMessage) fail('daysPerWeek', `${daysMessage} for ${program.name}`);

  const startDate = typeof input.startDate === 'string' ? parseIsoDate(input.startDate) : undefined;
  if (startDate === undefined) fail('startDate', 'enter a date as YYYY-MM-DD');

  const weekdays = (
    input.weekdays === undefined ? defaultWeekdays(daysPerWeek) : weekdayList(input.weekdays)
  ) as Weekday[];
  if (!daysMessage) {
    const weekdayMessage = weekdaysProblem(weekdays, daysPerWeek);
    if (weekdayMessage) fail('weekdays', weekdayMessage);
  }

  const units =
    typeof input.units === 'string'
      ? parseUnit(input.units)
      : input.units === undefined
        ? 'lb'
        : undefined;
  if (units === undefined) fail('units', UNITS_PROBLEM);

  const step =
    input.step === undefined || input.step === ''
      ? defaultStep(units ?? 'lb')
      : (toNumber(input.step) ?? Number.NaN);
  if (!accepts(STEP, step)) fail('step', `must be ${expected(STEP)}`);

  const targetRir =
    input.targetRir === undefined || input.targetRir === ''
      ? (program?.progression.targetRir ?? Number.NaN)
      : (toNumber(input.targetRir) ?? Number.NaN);
  if (!accepts(RIR, targetRir)) fail('targetRir', `must be ${expected(RIR)}`);

  const startingLoads = readStartingLoads(input.startingLoads, program?.workouts ?? [], fail);

  const runDays = weekdayList(input.runDays) as Weekday[];
  const badRunDay = runDays.find((d) => !WEEKDAYS.includes(d));
  if (badRunDay !== undefined)
    fail('runDays', `"${String(badRunDay)}" is not a weekday (use Mon, Tue, … Sun)`);

  if (problems.length > 0 || !program || startDate === undefined || units === undefined)
    return { problems };
  return {
    problems,
    program,
    spec: {
      athlete,
      program: program.name,
      weeks,
      daysPerWeek,
      startDate,
      weekdays,
      units,
      step,
      targetRir,
      startingLoads,
      runDays: [...new Set(runDays)],
    },
  };
}

function readStartingLoads(
  value: unknown,
  workouts: readonly Workout[],
  fail: (field: string, message: string) => void,
): Record<string, number> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    fail('startingLoads', 'must map exercise names to loads');
    return {};
  }
  const loaded = new Set(
    workouts.flatMap((w) =>
      w.blocks.flatMap((b) =>
        b.exercises.filter((e) => takesLoad(progressionOf(e, b.name))).map((e) => e.name),
      ),
    ),
  );
  const known = new Set(
    workouts.flatMap((w) => w.blocks.flatMap((b) => b.exercises.map((e) => e.name))),
  );
  const loads: Record<string, number> = {};
  for (const [name, raw] of Object.entries(value)) {
    const field = `startingLoads.${name}`;
    const load = toNumber(raw);
    if (load === undefined) continue;
    if (!known.has(name)) fail(field, `"${name}" is not an exercise of this program`);
    else if (!loaded.has(name))
      fail(field, `${name} is not lifted with a load, so it takes no starting load`);
    else if (!accepts(LOAD, load)) fail(field, `must be ${expected(LOAD)}`);
    else loads[name] = load;
  }
  return loads;
}
