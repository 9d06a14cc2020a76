/** An exercise as the seed prescribes it, and how its target moves from week to week. */
export type BodyRegion = 'upper' | 'lower' | 'core';
export const BODY_REGIONS: readonly BodyRegion[] = ['upper', 'lower', 'core'];

export type LoadKind = 'bodyweight' | 'dumbbells' | 'single dumbbell' | 'band' | 'box';
export const LOAD_KINDS: readonly LoadKind[] = [
  'bodyweight',
  'dumbbells',
  'single dumbbell',
  'band',
  'box',
];

/** "5", "6 / side", "12 total", "6–8", "8–12 / side", "30 s / side", "30 s". */
export type Prescription =
  | { readonly kind: 'reps'; readonly reps: number; readonly per: 'set' | 'side' | 'total' }
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly perSide?: true }
  | { readonly kind: 'hold'; readonly seconds: number; readonly perSide: boolean };

export interface Exercise {
  readonly name: string;
  readonly prescription: Prescription;
  readonly load: LoadKind;
  readonly region: BodyRegion;
  readonly cue: string;
}

export function formatPrescription(p: Prescription): string {
  switch (p.kind) {
    case 'reps':
      return p.per === 'set'
        ? String(p.reps)
        : p.per === 'side'
          ? `${p.reps} / side`
          : `${p.reps} total`;
    case 'range':
      return `${p.min}–${p.max}${p.perSide ? ' / side' : ''}`;
    case 'hold':
      return p.perSide ? `${p.seconds} s / side` : `${p.seconds} s`;
  }
}

const PRESCRIPTION_FORMS: readonly [RegExp, (m: RegExpExecArray) => Prescription | undefined][] = [
  [/^(\d+)$/, (m) => ({ kind: 'reps', reps: Number(m[1]), per: 'set' })],
  [/^(\d+)\s*(?:\/|per)\s*side$/, (m) => ({ kind: 'reps', reps: Number(m[1]), per: 'side' })],
  [/^(\d+)\s*total$/, (m) => ({ kind: 'reps', reps: Number(m[1]), per: 'total' })],
  [
    /^(\d+)\s*[-–—]\s*(\d+)(\s*(?:\/|per)\s*side)?$/,
    (m) =>
      Number(m[1]) < Number(m[2])
        ? {
            kind: 'range',
            min: Number(m[1]),
            max: Number(m[2]),
            ...(m[3] === undefined ? {} : { perSide: true as const }),
          }
        : undefined,
  ],
  [
    /^(\d+)\s*(?:s|sec|secs|seconds?)(\s*(?:\/|per)\s*side)?$/,
    (m) => ({ kind: 'hold', seconds: Number(m[1]), perSide: m[2] !== undefined }),
  ],
];

/** Reads what `formatPrescription` writes (and a few hand-typed variants); undefined otherwise. */
export function parsePrescription(text: string): Prescription | undefined {
  const clean = text.trim().toLowerCase();
  for (const [form, build] of PRESCRIPTION_FORMS) {
    const match = form.exec(clean);
    if (match) {
      const p = build(match);
      return p && isPositive(p) ? p : undefined;
    }
  }
  return undefined;
}

function isPositive(p: Prescription): boolean {
  if (p.kind === 'reps') return p.reps > 0;
  if (p.kind === 'range') return p.min > 0;
  return p.seconds > 0;
}

/**
 * How the target moves: loaded lifts by the load rule, or with a rep range by double progression
 * (reps, then load); timed holds by seconds; bodyweight rep ranges by reps; plyos and bands keep
 * their prescription (quality over load).
 */
export type Progression = 'load' | 'double' | 'hold' | 'reps' | 'fixed';

export const PROGRESSIONS: readonly Progression[] = ['load', 'double', 'hold', 'reps', 'fixed'];

export function progressionOf(exercise: Exercise, blockName: string): Progression {
  if (isPlyoBlock(blockName)) return 'fixed';
  if (exercise.prescription.kind === 'hold') return 'hold';
  if (exercise.load === 'dumbbells' || exercise.load === 'single dumbbell')
    return exercise.prescription.kind === 'range' ? 'double' : 'load';
  if (exercise.prescription.kind === 'range') return 'reps';
  return 'fixed';
}

/** Lifts whose target is a load (the load rule, or double progression's load). */
export const takesLoad = (p: Progression | string): boolean => p === 'load' || p === 'double';

/** What a set records: the load lifted, the reps done (seconds for a hold), the reps in reserve. */
export type LoggedField = 'load' | 'reps' | 'rir';

/**
 * What an athlete logs for each set, by how the exercise progresses: a lift its load, reps and
 * RIR; a hold its seconds and RIR; a bodyweight rep range its reps and RIR; a plyo or band set
 * only its reps (or nothing), since its prescription never moves. The grid closes the other
 * cells, the sidebar asks for nothing else and a save refuses anything else.
 */
export const LOGGED: Readonly<Record<Progression, readonly LoggedField[]>> = {
  load: ['load', 'reps', 'rir'],
  double: ['load', 'reps', 'rir'],
  hold: ['reps', 'rir'],
  reps: ['reps', 'rir'],
  fixed: ['reps'],
};

export const isPlyoBlock = (blockName: string): boolean => /plyo/i.test(blockName);

/** The reps a target starts from: the bottom of a range, or the prescription's own count. */
export function startingCount(p: Prescription): number {
  if (p.kind === 'range') return p.min;
  return p.kind === 'hold' ? p.seconds : p.reps;
}
