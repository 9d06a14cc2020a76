import type { Exercise } from './exercise';

/** A group of exercises done back to back, with no rest, for a number of rounds. */
export interface Block {
  readonly name: string;
  readonly rounds: number;
  readonly exercises: readonly Exercise[];
}

export interface Workout {
  readonly id: string;
  readonly blocks: readonly Block[];
}

/** "Rest for 2–3 minutes before repeating"; nothing between exercises inside a block. */
export const REST_BETWEEN_ROUNDS = '2–3 min';

export const blockTitle = (block: Block): string =>
  `${block.name} — ${block.rounds} rounds, rest ${REST_BETWEEN_ROUNDS}`;

export const exercisesOf = (workouts: readonly Workout[]): Exercise[] =>
  workouts.flatMap((w) => w.blocks.flatMap((b) => b.exercises));
