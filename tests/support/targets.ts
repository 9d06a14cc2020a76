import type { Runtime } from '../../runtime';
import { sessionOf } from '../../src/sheet/keys';
import { isExercise } from '../../src/sheet/session';
import { cellOf } from '../../src/sheet/tab';
import { options, tab } from './runtime';

/**
 * Programs and a scripted week of logging, typed into the grid as an athlete would on a phone,
 * so a tab's every target can be recorded and compared across layouts (tests/fixtures/targets.json
 * was recorded from the layout before issue 10's redesign).
 */
export interface FixtureProgram {
  readonly name: string;
  readonly options: Record<string, unknown>;
  /** A coach's change after the logging: a setting id and its new value. */
  readonly settings?: Readonly<Record<string, number>>;
}

export const FIXTURE_PROGRAMS: readonly FixtureProgram[] = [
  {
    name: '4x2 lb, starting loads',
    options: options({ athlete: 'Ana', weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'] }),
  },
  {
    name: '6x3 lb, no starting loads',
    options: options({ athlete: 'Ben', startingLoads: {} }),
  },
  {
    name: '4x2 kg, starting loads',
    options: options({
      athlete: 'Cleo',
      weeks: 4,
      daysPerWeek: 2,
      weekdays: ['Tue', 'Fri'],
      units: 'kg',
      step: 0.5,
      startingLoads: {
        Squat: 40,
        'Romanian Deadlift': 30,
        'Lat Pull-Over': 8,
        'Bent-Over Row': 12,
      },
    }),
  },
  {
    name: '6x3 kg, every load, running days',
    options: options({
      athlete: 'Dev',
      units: 'kg',
      step: 0.5,
      runDays: ['Thu', 'Sat'],
      startingLoads: {
        Squat: 40,
        'Romanian Deadlift': 30,
        'Lat Pull-Over': 8,
        'Bulgarian Split Squat': 10,
        'Bent-Over Row': 12,
        'Weighted Dead Bug': 4,
        'Glute Bridge': 20,
        'Half-Kneeling Overhead Press': 6,
        'Lateral Step-Up': 10,
        'Wood Chop': 6,
      },
    }),
  },
  {
    name: '5x3 lb, target RIR then step changed',
    options: options({ athlete: 'Eli', weeks: 5, targetRir: 1.5 }),
    settings: { targetRir: 2.5, step: 5 },
  },
];

/** `W1 · S2 · Squat`: an appearance named by what the athlete sees, whatever the tab's keys. */
export interface Appearance {
  readonly id: string;
  readonly week: number;
  readonly day: number;
  readonly exercise: string;
  readonly progression: string;
}

export function appearances(rt: Runtime, sheet: string): (Appearance & { key: string })[] {
  return tab(rt, sheet)
    .rows()
    .filter(isExercise)
    .flatMap((row) => {
      const at = sessionOf(row.key);
      if (!at) return [];
      const exercise = String(cellOf(row, 'exercise'));
      return [
        {
          id: `W${at.week} · S${at.day} · ${exercise}`,
          key: row.key,
          week: at.week,
          day: at.day,
          exercise,
          progression: row.kind,
        },
      ];
    });
}

/**
 * What an athlete logs, deterministically: by the appearance's index, nothing, a RIR, a load and
 * a RIR, reps and a RIR, a load alone, a grinder, an easy set. The last week stays blank.
 */
export function logScript(rt: Runtime, sheet: string): void {
  const t = tab(rt, sheet);
  const all = appearances(rt, sheet);
  const last = Math.max(...all.map((a) => a.week));
  all.forEach((a, i) => {
    if (a.week === last || a.progression === 'fixed') return;
    const load = 5 + ((i * 7) % 40) * 2.5;
    const reps = a.progression === 'hold' ? 30 + (i % 4) * 5 : 5 + (i % 4);
    const rir = [2, 3, 1.5, 0, 4, 2.5, 1][i % 7] as number;
    const typed: [string, number][] = [];
    switch (i % 7) {
      case 0:
        break;
      case 1:
        typed.push(['rir', rir]);
        break;
      case 2:
        typed.push(a.progression === 'load' ? ['load', load] : ['reps', reps], ['rir', rir]);
        break;
      case 3:
        typed.push(['reps', reps], ['rir', rir]);
        break;
      case 4:
        typed.push(a.progression === 'load' ? ['load', load] : ['reps', reps]);
        break;
      case 5:
        typed.push(['rir', 0]);
        break;
      default:
        typed.push(a.progression === 'load' ? ['load', load] : ['reps', reps], ['rir', 4]);
    }
    for (const [column, value] of typed) t.type(a.key, column as 'load' | 'reps' | 'rir', value);
  });
}

/** Every target of the tab, by appearance: numbers, text prescriptions and blanks alike. */
export function targetsOf(rt: Runtime, sheet: string): Record<string, unknown> {
  const t = tab(rt, sheet);
  return Object.fromEntries(appearances(rt, sheet).map((a) => [a.id, t.get(a.key, 'target')]));
}
