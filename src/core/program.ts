import type { Weekday } from './dates';
import { runningNotes } from './running';
import { type ScheduleOptions, type Session, schedule } from './schedule';
import type { Workout } from './workout';

/** A scheduled session with its workout and the running advice for its day. */
export interface PlannedSession extends Session {
  readonly plan: Workout;
  readonly notes: readonly string[];
}

export interface ProgramOptions extends ScheduleOptions {
  readonly runDays?: readonly Weekday[] | undefined;
}

export function planSessions(
  options: ProgramOptions,
  workouts: readonly Workout[],
): PlannedSession[] {
  const byId = new Map(workouts.map((w) => [w.id, w]));
  return schedule(
    options,
    workouts.map((w) => w.id),
  ).map((session) => {
    const plan = byId.get(session.workout) as Workout;
    return { ...session, plan, notes: runningNotes(session.weekday, plan, options.runDays ?? []) };
  });
}
