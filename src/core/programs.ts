import { BASE_WORKOUTS } from './base';
import { SEED_WORKOUTS } from './catalog';
import { IN_SEASON_WORKOUTS } from './in-season';
import {
  type IncrementRegion,
  type Increments,
  OFFSEASON_PROGRESSION,
  type ProgressionSettings,
} from './progression';
import type { Unit } from './units';
import type { Workout } from './workout';

/**
 * A program: named workouts, how they progress, and the block lengths and weekly frequencies it
 * is meant for. The library holds the article's offseason block and the two phases around it
 * that the article points to but does not prescribe.
 */
export interface Program {
  readonly name: string;
  /** The article's own program, the add-on's default designed from its principles, or the coach's own (a new name in the Template). */
  readonly origin: 'article' | 'add-on' | 'coach';
  readonly summary: string;
  readonly workouts: readonly Workout[];
  readonly progression: ProgressionSettings;
  readonly weeks: readonly number[];
  readonly daysPerWeek: readonly number[];
}

const wholeNumbers = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const each = <T>(make: (unit: Unit, region: IncrementRegion) => T) =>
  Object.fromEntries(
    (['lb', 'kg'] as const).map((unit) => [
      unit,
      { upper: make(unit, 'upper'), lower: make(unit, 'lower') },
    ]),
  ) as Record<Unit, Record<IncrementRegion, T>>;

/** In-season holds loads: no weekly increment (a grinder still takes 5 % off). */
const HOLD_LOADS = each((): Increments => ({ low: 0, high: 0 }));

export const OFFSEASON: Program = {
  name: 'Offseason',
  origin: 'article',
  summary:
    'The article’s 4–6 week block: workouts A and B, plyos, a heavy main lift and two strength sets, 2–3 days a week, a little heavier each week.',
  workouts: SEED_WORKOUTS,
  progression: OFFSEASON_PROGRESSION,
  weeks: [4, 5, 6],
  daysPerWeek: [2, 3],
};

export const IN_SEASON: Program = {
  name: 'In-season',
  origin: 'add-on',
  summary:
    'Race season: 1–2 total-body sessions a week, 12+ reps at RIR 3, no plyos; loads hold steady and rep ranges grow, so running keeps priority.',
  workouts: IN_SEASON_WORKOUTS,
  progression: { ...OFFSEASON_PROGRESSION, targetRir: 3, increments: HOLD_LOADS },
  weeks: wholeNumbers(4, 12),
  daysPerWeek: [1, 2],
};

export const BASE: Program = {
  name: 'Base',
  origin: 'add-on',
  summary:
    'Before the offseason, for runners new to lifting: bodyweight and light dumbbells with technique cues, 2–3 days a week; reps grow first, then the load.',
  workouts: BASE_WORKOUTS,
  progression: { ...OFFSEASON_PROGRESSION, targetRir: 3 },
  weeks: [4, 5, 6],
  daysPerWeek: [2, 3],
};

/** The built-in library, in the order a runner's year runs through it after a first base. */
export const PROGRAMS: readonly Program[] = [OFFSEASON, IN_SEASON, BASE];

export const DEFAULT_PROGRAM = OFFSEASON.name;

/** A program by name, ignoring case and surrounding space. */
export function programNamed(
  name: string,
  library: readonly Program[] = PROGRAMS,
): Program | undefined {
  const wanted = name.trim().toLowerCase();
  return library.find((p) => p.name.toLowerCase() === wanted);
}
