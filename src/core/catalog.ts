import type { Exercise } from './exercise';
import type { Workout } from './workout';

/**
 * The seed article's two workouts, exactly as prescribed. Cues are ours: one line each, the
 * point a coach would repeat mid-set.
 */
export const boxJump: Exercise = {
  name: 'Box Jump',
  prescription: { kind: 'reps', reps: 4, per: 'set' },
  load: 'box',
  region: 'lower',
  cue: 'Load the hips, jump tall, land soft in a squat; step down, never jump down.',
};
export const splitSquatJump: Exercise = {
  name: 'Split Squat Jump',
  prescription: { kind: 'reps', reps: 12, per: 'total' },
  load: 'bodyweight',
  region: 'lower',
  cue: 'Switch legs in the air and land quietly with the front knee over the toes.',
};
export const squat: Exercise = {
  name: 'Squat',
  prescription: { kind: 'reps', reps: 5, per: 'set' },
  load: 'dumbbells',
  region: 'lower',
  cue: 'Bells racked at the shoulders, sit down and back, drive the floor away.',
};
export const latPullOver: Exercise = {
  name: 'Lat Pull-Over',
  prescription: { kind: 'reps', reps: 6, per: 'set' },
  load: 'single dumbbell',
  region: 'upper',
  cue: 'Ribs down and back flat; reach behind the head only as far as you control.',
};
export const pushUp: Exercise = {
  name: 'Push-Up',
  prescription: { kind: 'range', min: 6, max: 8 },
  load: 'bodyweight',
  region: 'upper',
  cue: 'One straight line from head to heels, chest to the floor, press it away.',
};
export const copenhagenSidePlank: Exercise = {
  name: 'Copenhagen Side Plank',
  prescription: { kind: 'hold', seconds: 30, perSide: true },
  load: 'bodyweight',
  region: 'core',
  cue: 'Top foot on the bench, hips stacked and high; squeeze the inner thigh.',
};
export const bulgarianSplitSquat: Exercise = {
  name: 'Bulgarian Split Squat',
  prescription: { kind: 'reps', reps: 6, per: 'side' },
  load: 'dumbbells',
  region: 'lower',
  cue: 'Rear foot on the bench, chest tall with a slight lean; drop the back knee straight down.',
};
export const bentOverRow: Exercise = {
  name: 'Bent-Over Row',
  prescription: { kind: 'reps', reps: 6, per: 'set' },
  load: 'dumbbells',
  region: 'upper',
  cue: 'Flat back from a hip hinge; pull the bells to the hips and pinch the shoulder blades.',
};
export const weightedDeadBug: Exercise = {
  name: 'Weighted Dead Bug',
  prescription: { kind: 'reps', reps: 10, per: 'side' },
  load: 'dumbbells',
  region: 'core',
  cue: 'Low back pressed into the floor while the opposite arm and leg reach long.',
};
export const lateralHop: Exercise = {
  name: 'Lateral Hop',
  prescription: { kind: 'reps', reps: 10, per: 'total' },
  load: 'bodyweight',
  region: 'lower',
  cue: 'Feet together, quick and springy side to side; spend little time on the ground.',
};
export const broadJump: Exercise = {
  name: 'Broad Jump',
  prescription: { kind: 'reps', reps: 4, per: 'set' },
  load: 'bodyweight',
  region: 'lower',
  cue: 'Swing the arms, jump long, stick the landing before the next rep.',
};
export const romanianDeadlift: Exercise = {
  name: 'Romanian Deadlift',
  prescription: { kind: 'reps', reps: 6, per: 'set' },
  load: 'dumbbells',
  region: 'lower',
  cue: 'Soft knees, push the hips back with the bells close to the legs, stand up through the glutes.',
};
export const gluteBridge: Exercise = {
  name: 'Glute Bridge',
  prescription: { kind: 'reps', reps: 8, per: 'set' },
  load: 'dumbbells',
  region: 'lower',
  cue: 'Bells on the hips, drive through the heels, squeeze at the top, lower slowly.',
};
export const halfKneelingOverheadPress: Exercise = {
  name: 'Half-Kneeling Overhead Press',
  prescription: { kind: 'reps', reps: 8, per: 'side' },
  load: 'single dumbbell',
  region: 'upper',
  cue: 'Both knees at 90°, glute of the down knee tight, press until the biceps meets the ear.',
};
export const bandedBirdDog: Exercise = {
  name: 'Banded Bird Dog',
  prescription: { kind: 'reps', reps: 10, per: 'side' },
  load: 'band',
  region: 'core',
  cue: 'Hips and shoulders square to the floor; reach long, then elbow to knee under you.',
};
export const lateralStepUp: Exercise = {
  name: 'Lateral Step-Up',
  prescription: { kind: 'reps', reps: 6, per: 'side' },
  load: 'dumbbells',
  region: 'lower',
  cue: 'Drive through the foot on the box and lower back down under control.',
};
export const singleArmBandedRow: Exercise = {
  name: 'Single-Arm Banded Row',
  prescription: { kind: 'reps', reps: 6, per: 'side' },
  load: 'band',
  region: 'upper',
  cue: 'Shoulder down and back, elbow close; pull the band to the hip.',
};
export const woodChop: Exercise = {
  name: 'Wood Chop',
  prescription: { kind: 'reps', reps: 10, per: 'side' },
  load: 'single dumbbell',
  region: 'core',
  cue: 'Chop from high on one side to the opposite hip as you squat; arms stay long.',
};

export const WORKOUT_A: Workout = {
  id: 'A',
  blocks: [
    { name: 'Plyo set', rounds: 4, exercises: [boxJump, splitSquatJump] },
    { name: 'Main lift', rounds: 4, exercises: [squat] },
    { name: 'Strength set 1', rounds: 3, exercises: [latPullOver, pushUp, copenhagenSidePlank] },
    {
      name: 'Strength set 2',
      rounds: 3,
      exercises: [bulgarianSplitSquat, bentOverRow, weightedDeadBug],
    },
  ],
};

export const WORKOUT_B: Workout = {
  id: 'B',
  blocks: [
    { name: 'Plyo set', rounds: 4, exercises: [lateralHop, broadJump] },
    { name: 'Main lift', rounds: 4, exercises: [romanianDeadlift] },
    {
      name: 'Strength set 1',
      rounds: 3,
      exercises: [gluteBridge, halfKneelingOverheadPress, bandedBirdDog],
    },
    { name: 'Strength set 2', rounds: 3, exercises: [lateralStepUp, singleArmBandedRow, woodChop] },
  ],
};

/** The seed program: workout A and workout B. */
export const SEED_WORKOUTS: readonly Workout[] = [WORKOUT_A, WORKOUT_B];
