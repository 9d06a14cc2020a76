import { WEEKDAYS, type Weekday } from './dates';
import type { Workout } from './workout';

/**
 * The seed's running advice: "consider lifting before running" when both share a day, and avoid
 * "a hill workout the day after squatting". `runDays` are the hard or hill running days.
 */
export function runningNotes(
  weekday: Weekday,
  workout: Workout,
  runDays: readonly Weekday[],
): string[] {
  const notes: string[] = [];
  if (runDays.includes(weekday)) notes.push('Run today: lift before you run.');
  const tomorrow = WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 1) % 7] as Weekday;
  if (runDays.includes(tomorrow) && trainsLowerBody(workout)) {
    notes.push(
      `⚠ Hard/hill run on ${tomorrow}, the day after lower-body lifting: move it if you can.`,
    );
  }
  return notes;
}

const trainsLowerBody = (workout: Workout): boolean =>
  workout.blocks.some((b) => b.exercises.some((e) => e.region === 'lower'));
