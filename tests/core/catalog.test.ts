import { describe, expect, it } from 'vitest';
import { SEED_WORKOUTS, WORKOUT_A, WORKOUT_B } from '../../src/core/catalog';
import { formatPrescription, progressionOf } from '../../src/core/exercise';
import { blockTitle, exercisesOf } from '../../src/core/workout';

const outline = (w: typeof WORKOUT_A) =>
  w.blocks.map(
    (b) =>
      `${b.name} ×${b.rounds}: ${b.exercises.map((e) => `${e.name} ${formatPrescription(e.prescription)}`).join(', ')}`,
  );

describe('the seed catalog', () => {
  it('is workout A exactly as the article prescribes it', () => {
    expect(outline(WORKOUT_A)).toEqual([
      'Plyo set ×4: Box Jump 4, Split Squat Jump 12 total',
      'Main lift ×4: Squat 5',
      'Strength set 1 ×3: Lat Pull-Over 6, Push-Up 6–8, Copenhagen Side Plank 30 s / side',
      'Strength set 2 ×3: Bulgarian Split Squat 6 / side, Bent-Over Row 6, Weighted Dead Bug 10 / side',
    ]);
  });

  it('is workout B exactly as the article prescribes it', () => {
    expect(outline(WORKOUT_B)).toEqual([
      'Plyo set ×4: Lateral Hop 10 total, Broad Jump 4',
      'Main lift ×4: Romanian Deadlift 6',
      'Strength set 1 ×3: Glute Bridge 8, Half-Kneeling Overhead Press 8 / side, Banded Bird Dog 10 / side',
      'Strength set 2 ×3: Lateral Step-Up 6 / side, Single-Arm Banded Row 6 / side, Wood Chop 10 / side',
    ]);
  });

  it('has 18 distinct exercises, each with a load kind, a region and a one-line cue', () => {
    const exercises = exercisesOf(SEED_WORKOUTS);
    expect(new Set(exercises.map((e) => e.name)).size).toBe(18);
    for (const e of exercises) {
      expect(e.cue.length).toBeGreaterThan(20);
      expect(e.cue).not.toMatch(/\n/);
    }
    expect(exercises.filter((e) => e.load === 'band').map((e) => e.name)).toEqual([
      'Banded Bird Dog',
      'Single-Arm Banded Row',
    ]);
  });

  it('gives each exercise its way to progress', () => {
    const kinds = Object.fromEntries(
      SEED_WORKOUTS.flatMap((w) =>
        w.blocks.flatMap((b) => b.exercises.map((e) => [e.name, progressionOf(e, b.name)])),
      ),
    );
    expect(kinds).toMatchObject({
      'Box Jump': 'fixed',
      'Split Squat Jump': 'fixed',
      Squat: 'load',
      'Push-Up': 'reps',
      'Copenhagen Side Plank': 'hold',
      'Weighted Dead Bug': 'load',
      'Banded Bird Dog': 'fixed',
      'Wood Chop': 'load',
    });
  });

  it('titles blocks with rounds and rest', () => {
    expect(blockTitle(WORKOUT_A.blocks[1] as (typeof WORKOUT_A.blocks)[number])).toBe(
      'Main lift — 4 rounds, rest 2–3 min',
    );
  });
});
