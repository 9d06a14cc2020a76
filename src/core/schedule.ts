import { addDays, WEEKDAYS, type Weekday, weekdayIndex } from './dates';
import { oneOf } from './inputs';

/** When each session of the block falls, and which workout it is. */
export interface ScheduleOptions {
  readonly weeks: number;
  readonly daysPerWeek: number;
  readonly weekdays: readonly Weekday[];
  readonly startDate?: string | undefined;
}

export interface Session {
  /** 1-based week of the block. */
  readonly week: number;
  /** 1-based session within its week. */
  readonly day: number;
  readonly workout: string;
  readonly weekday: Weekday;
  readonly date?: string | undefined;
}

export const WEEK_CHOICES = [4, 5, 6] as const;
export const DAYS_CHOICES = [2, 3] as const;

/**
 * Three lifting days sit a rest day apart; two days give each lift half a week to recover; one
 * day (in-season) keeps to the first of those.
 */
export const defaultWeekdays = (daysPerWeek: number): Weekday[] =>
  daysPerWeek === 3 ? ['Mon', 'Wed', 'Fri'] : daysPerWeek === 1 ? ['Tue'] : ['Tue', 'Fri'];

/** "must be 4, 5 or 6" (or "must be 4 to 12"): a program checks its own lengths with it. */
export const choiceProblem =
  (choices: readonly number[]) =>
  (value: number): string | undefined =>
    choices.includes(value) ? undefined : `must be ${oneOf(choices)}`;

/** "must be 4, 5 or 6": the form shows it beside Weeks, a function after "weeks". */
export const weeksProblem = choiceProblem(WEEK_CHOICES);
export const daysProblem = choiceProblem(DAYS_CHOICES);

/** "Complete these workouts each week, with at least one day in between" — Sunday to Monday included. */
export function weekdaysProblem(
  weekdays: readonly Weekday[],
  daysPerWeek: number,
): string | undefined {
  const unknown = weekdays.find((d) => !WEEKDAYS.includes(d));
  if (unknown !== undefined) return `"${unknown}" is not a weekday (use Mon, Tue, … Sun)`;
  if (new Set(weekdays).size !== weekdays.length) return 'lists a weekday twice';
  if (weekdays.length !== daysPerWeek) return `pick exactly ${daysPerWeek} weekdays`;
  const sorted = weekdays.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  for (const [i, day] of sorted.entries()) {
    const next = sorted[(i + 1) % sorted.length] ?? day;
    if ((next - day + 7) % 7 === 1) {
      return `${WEEKDAYS[day]} and ${WEEKDAYS[next]} are back to back: leave at least one rest day between lifting days`;
    }
  }
  return undefined;
}

/**
 * Sessions in order. Workouts rotate through the whole block, so two workouts on three days
 * give ABA, then BAB. Weeks are the seven days from the start date (or from Monday without one).
 */
export function schedule(options: ScheduleOptions, workoutIds: readonly string[]): Session[] {
  const first = options.startDate === undefined ? 0 : weekdayIndex(options.startDate);
  const offsets = options.weekdays
    .map((d) => (WEEKDAYS.indexOf(d) - first + 7) % 7)
    .sort((a, b) => a - b);
  const sessions: Session[] = [];
  for (let week = 1; week <= options.weeks; week++) {
    for (const [i, offset] of offsets.entries()) {
      const workout = workoutIds[sessions.length % workoutIds.length] ?? '';
      const dayOfBlock = (week - 1) * 7 + offset;
      sessions.push({
        week,
        day: i + 1,
        workout,
        weekday: WEEKDAYS[(first + offset) % 7] as Weekday,
        date: options.startDate === undefined ? undefined : addDays(options.startDate, dayOfBlock),
      });
    }
  }
  return sessions;
}
