import {
  bentOverRow,
  bulgarianSplitSquat,
  copenhagenSidePlank,
  halfKneelingOverheadPress,
  lateralStepUp,
  pushUp,
  romanianDeadlift,
  singleArmBandedRow,
  squat,
  weightedDeadBug,
} from './catalog';
import type { Exercise, Prescription } from './exercise';
import type { Workout } from './workout';

/**
 * In-season: the add-on's default, designed from the article's principles, not prescribed by it.
 * "Muscular endurance in the gym, which means lighter weights with higher reps (think 12 or
 * more)" so running keeps priority; unilateral moves stay "non-negotiable"; every major pattern
 * (squat, hinge, push, pull) and core stability each session; no plyo volume to compete with key
 * runs. Lifts keep the offseason's names, so a continued athlete's loads carry over by name.
 */
const reps = (n: number, per: 'set' | 'side' = 'set'): Prescription => ({
  kind: 'reps',
  reps: n,
  per,
});
const lighter = (e: Exercise, prescription: Prescription, cue: string): Exercise => ({
  ...e,
  prescription,
  cue,
});

const singleLegGluteBridge: Exercise = {
  name: 'Single-Leg Glute Bridge',
  prescription: reps(12, 'side'),
  load: 'bodyweight',
  region: 'lower',
  cue: 'One foot planted, the other knee to the chest; drive the hips up level, lower slowly.',
};
const pallofPress: Exercise = {
  name: 'Pallof Press',
  prescription: reps(12, 'side'),
  load: 'band',
  region: 'core',
  cue: 'Band to the side at chest height; press straight out and don’t let it turn you.',
};
const singleLegCalfRaise: Exercise = {
  name: 'Single-Leg Calf Raise',
  prescription: reps(15, 'side'),
  load: 'bodyweight',
  region: 'lower',
  cue: 'On a step, all the way up onto the big toe and slowly down below the step.',
};
export const sidePlank: Exercise = {
  name: 'Side Plank',
  prescription: { kind: 'hold', seconds: 30, perSide: true },
  load: 'bodyweight',
  region: 'core',
  cue: 'Elbow under the shoulder, hips high and in line; breathe while you hold.',
};

export const IN_SEASON_A: Workout = {
  id: 'A',
  blocks: [
    {
      name: 'Main lift',
      rounds: 3,
      exercises: [
        lighter(squat, reps(12), 'Same squat, lighter: smooth reps, stop with three in the tank.'),
      ],
    },
    {
      name: 'Strength set 1',
      rounds: 2,
      exercises: [
        lighter(
          bulgarianSplitSquat,
          reps(12, 'side'),
          'Rear foot on the bench; control the way down, stand up without a wobble.',
        ),
        lighter(
          pushUp,
          { kind: 'range', min: 12, max: 15 },
          'Straight line head to heels; raise the hands on a bench to keep every rep clean.',
        ),
        lighter(
          copenhagenSidePlank,
          { kind: 'hold', seconds: 20, perSide: true },
          'Top foot on the bench, hips stacked and high; a short, clean hold.',
        ),
      ],
    },
    {
      name: 'Strength set 2',
      rounds: 2,
      exercises: [
        lighter(bentOverRow, reps(12), 'Flat back from a hip hinge; row to the hips, no swinging.'),
        singleLegGluteBridge,
        lighter(
          weightedDeadBug,
          reps(12, 'side'),
          'Low back pressed down; reach long and slow with a light bell.',
        ),
      ],
    },
  ],
};

export const IN_SEASON_B: Workout = {
  id: 'B',
  blocks: [
    {
      name: 'Main lift',
      rounds: 3,
      exercises: [
        lighter(
          romanianDeadlift,
          reps(12),
          'Hips back with the bells close; stand tall, leave three reps in reserve.',
        ),
      ],
    },
    {
      name: 'Strength set 1',
      rounds: 2,
      exercises: [
        lighter(
          lateralStepUp,
          reps(12, 'side'),
          'Drive through the foot on the box; lower under control, no push from the floor.',
        ),
        lighter(
          halfKneelingOverheadPress,
          reps(12, 'side'),
          'Down-knee glute tight, ribs down; press until the biceps meets the ear.',
        ),
        pallofPress,
      ],
    },
    {
      name: 'Strength set 2',
      rounds: 2,
      exercises: [
        lighter(
          singleArmBandedRow,
          reps(15, 'side'),
          'Shoulder down and back; pull the band to the hip and pause.',
        ),
        singleLegCalfRaise,
        sidePlank,
      ],
    },
  ],
};

export const IN_SEASON_WORKOUTS: readonly Workout[] = [IN_SEASON_A, IN_SEASON_B];
