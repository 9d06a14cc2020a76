import type { FinishedBlock, LoggedAppearance, StartingLoad } from '../core/continuation';
import { nextMonday, parseIsoDate } from '../core/dates';
import { parsePrescription, startingCount } from '../core/exercise';
import { parseUnit } from '../core/units';
import { sessionOf, settingKey } from './keys';
import { isExercise } from './session';
import { cellOf, indexByKey, type TabRow } from './tab';

/**
 * A finished (or running) program tab read back as the block it records: its athlete, program
 * and settings as the sheet holds them now (a coach may have changed them), and every exercise
 * appearance with what was logged on its last set. Rows are found by key and kind, wherever a
 * sort or an inserted row moved them.
 */
export interface TabBlock extends FinishedBlock {
  /** The last session's date, YYYY-MM-DD, when the tab has dates. */
  readonly lastDate: string | undefined;
}

const numberOr = (value: unknown): number | '' =>
  typeof value === 'number' && Number.isFinite(value) ? value : '';

/** "3 × 6 / side" → 6; the reps a set counts when its reps were not logged. */
function prescribedReps(text: unknown): number {
  const [, after = ''] = String(text ?? '').split('×');
  const p = parsePrescription(after);
  return p ? startingCount(p) : 0;
}

export function readBlock(rows: readonly TabRow[]): TabBlock | undefined {
  const byKey = indexByKey(rows);
  const setting = (id: string, second = false) => {
    const row = byKey.get(settingKey(id));
    return row?.kind === 'setting' ? cellOf(row, second ? 'target' : 'prescription') : undefined;
  };
  const athlete = setting('athlete');
  const units = parseUnit(String(setting('units') ?? ''));
  if (athlete === undefined || !units) return undefined;
  const increments = (id: 'upper' | 'lower') => ({
    low: Number(setting(id) ?? 0),
    high: Number(setting(id, true) ?? 0),
  });
  const appearances = rows.filter(isExercise).flatMap((row): LoggedAppearance[] => {
    const at = sessionOf(row.key);
    if (!at) return [];
    return [
      {
        exercise: String(cellOf(row, 'exercise') ?? ''),
        week: at.week,
        day: at.day,
        load: numberOr(cellOf(row, 'load')),
        reps: numberOr(cellOf(row, 'reps')),
        rir: numberOr(cellOf(row, 'rir')),
        prescribedReps: prescribedReps(cellOf(row, 'prescription')),
      },
    ];
  });
  const dates = rows
    .filter((r) => r.kind === 'session')
    .map((r) => parseIsoDate(String(cellOf(r, 'date') ?? '')))
    .filter((d): d is string => d !== undefined)
    .sort();
  return {
    athlete: String(athlete),
    // Tabs made before programs had names are the Offseason program's.
    program: String(setting('program') ?? '') || 'Offseason',
    units,
    step: Number(setting('step') ?? 0) || 0,
    targetRir: Number(setting('targetRir') ?? 2),
    increments: { upper: increments('upper'), lower: increments('lower') },
    appearances,
    lastDate: dates[dates.length - 1],
  };
}

/** The Monday after the block's last session, or after today when that is already past. */
export function nextStart(block: TabBlock, today: string): string {
  const later = [nextMonday(block.lastDate ?? today), nextMonday(today)].sort();
  return later[1] ?? nextMonday(today);
}

/**
 * What a coach most often does next: after the offseason block, the season; after the season
 * or a base, an offseason block. A program of the coach's own continues into itself.
 */
export function nextProgram(program: string, names: readonly string[]): string {
  const wanted = { offseason: 'In-season', 'in-season': 'Offseason', base: 'Offseason' }[
    program.toLowerCase()
  ];
  return (
    names.find((n) => n.toLowerCase() === (wanted ?? program).toLowerCase()) ?? names[0] ?? program
  );
}

/** What the form shows when it continues a tab: where from, and each program's starting loads. */
export interface Continuing {
  readonly from: string;
  readonly athlete: string;
  readonly program: string;
  readonly next: string;
  readonly startDate: string;
  readonly units: string;
  readonly step: number;
  /** Program name → its loaded lifts' starting loads, each with how it was found. */
  readonly previews: Readonly<Record<string, readonly StartingLoad[]>>;
}
