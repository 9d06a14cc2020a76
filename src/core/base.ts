import {
  bentOverRow,
  halfKneelingOverheadPress,
  romanianDeadlift,
  singleArmBandedRow,
  squat,
} from './catalog';
import type { Exercise, Prescription } from './exercise';
import { sidePlank } from './in-season';
import type { Workout } from './workout';

/**
 * Base: the add-on's default, designed from the article's principles, not prescribed by it. For
 * runners "totally new to lifting", who "can start off with your bodyweight or lighter weights"
 * before the offseason workouts: the same patterns (squat, hinge, push, pull), unilateral work
 * and core stability, at bodyweight or light dumbbells, with a technique cue on every exercise.
 * Loaded lifts use rep ranges and progress by double progression (reps first, then load); the
 * main lifts keep the offseason's names so their loads carry into it.
 */
const range = (min: number, max: number, perSide = false): Prescription => ({
  kind: 'range',
  min,
  max,
  ...(perSide ? { perSide: true as const } : {}),
});
const technique = (e: Exercise, prescription: Prescription, cue: string): Exercise => ({
  ...e,
  prescription,
  cue,
});
const bodyweight = (
  name: string,
  prescription: Prescription,
  region: Exercise['region'],
  cue: string,
): Exercise => ({ name, prescription, load: 'bodyweight', region, cue });

export const BASE_A: Workout = {
  id: 'A',
  blocks: [
    {
      name: 'Main lift',
      rounds: 3,
      exercises: [
        technique(
          squat,
          range(8, 12),
          'Light bells at the shoulders; knees track the toes, hips sit between the heels, chest tall. Own every rep before adding load.',
        ),
      ],
    },
    {
      name: 'Strength set 1',
      rounds: 2,
      exercises: [
        bodyweight(
          'Incline Push-Up',
          range(8, 12),
          'upper',
          'Hands on a bench, body in one straight line; lower the chest to the edge, elbows at 45°.',
        ),
        bodyweight(
          'Glute Bridge',
          range(10, 15),
          'lower',
          'Ribs down, press through the heels; squeeze the glutes at the top without arching the back.',
        ),
        bodyweight(
          'Dead Bug',
          { kind: 'reps', reps: 8, per: 'side' },
          'core',
          'Press the low back into the floor and exhale as the opposite arm and leg reach away.',
        ),
      ],
    },
    {
      name: 'Strength set 2',
      rounds: 2,
      exercises: [
        bodyweight(
          'Split Squat',
          { kind: 'reps', reps: 8, per: 'side' },
          'lower',
          'Long stance, torso tall; the back knee drops straight down, the front heel stays planted.',
        ),
        technique(
          bentOverRow,
          range(8, 12),
          'Hinge until the back is flat, neck long; pull the bells to the hips, pause, lower slowly.',
        ),
        bodyweight(
          'Plank',
          { kind: 'hold', seconds: 20, perSide: false },
          'core',
          'Elbows under the shoulders, glutes tight, a straight line from head to heels.',
        ),
      ],
    },
  ],
};

export const BASE_B: Workout = {
  id: 'B',
  blocks: [
    {
      name: 'Main lift',
      rounds: 3,
      exercises: [
        technique(
          romanianDeadlift,
          range(8, 12),
          'Soft knees, push the hips back until the hamstrings stretch, bells brushing the legs, back flat.',
        ),
      ],
    },
    {
      name: 'Strength set 1',
      rounds: 2,
      exercises: [
        bodyweight(
          'Step-Up',
          { kind: 'reps', reps: 8, per: 'side' },
          'lower',
          'Whole foot on a knee-high step; stand up through that leg, lower back down slowly.',
        ),
        technique(
          halfKneelingOverheadPress,
          range(8, 12, true),
          'Half-kneeling, glute of the down knee tight, ribs down; press straight up without leaning.',
        ),
        bodyweight(
          'Bird Dog',
          { kind: 'reps', reps: 6, per: 'side' },
          'core',
          'On all fours, reach the opposite arm and leg long without the hips tipping; pause, return.',
        ),
      ],
    },
    {
      name: 'Strength set 2',
      rounds: 2,
      exercises: [
        technique(
          singleArmBandedRow,
          range(10, 15, true),
          'Band anchored at chest height; shoulder down and back, elbow close, pull to the hip.',
        ),
        bodyweight(
          'Calf Raise',
          range(12, 20),
          'lower',
          'On the edge of a step, rise all the way onto the toes, then lower the heels below the step.',
        ),
        technique(
          sidePlank,
          { kind: 'hold', seconds: 20, perSide: true },
          'Elbow under the shoulder, feet stacked or knees down; lift the hips into a straight line.',
        ),
      ],
    },
  ],
};

export const BASE_WORKOUTS: readonly Workout[] = [BASE_A, BASE_B];
