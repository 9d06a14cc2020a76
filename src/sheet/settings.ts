import type { ProgramSpec } from '../core/options';
import type { ProgressionSettings } from '../core/progression';
import { COLUMN, letter } from './columns';

/**
 * The settings block under the header row. Every formula of the tab references these cells, so a
 * coach who changes the target RIR or the step changes the whole block at once.
 */
export interface Setting {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  readonly format: string;
  /** Two values (low and high increments), in the prescription and target columns. */
  readonly paired?: boolean;
  /** The tab's starting values, from what the coach chose and the program's own progression. */
  readonly values: (
    spec: ProgramSpec,
    progression: ProgressionSettings,
  ) => readonly (string | number)[];
}

export const SETTINGS: readonly Setting[] = [
  {
    id: 'athlete',
    label: 'Athlete',
    help: 'Whose block this is.',
    format: '@',
    values: (s) => [s.athlete],
  },
  {
    id: 'program',
    label: 'Program',
    help: 'The program this block follows, and beside it the block it continues, if any. Continue athlete… starts the next block from this tab.',
    format: '@',
    values: (s) => [s.program],
  },
  {
    id: 'units',
    label: 'Units',
    help: 'lb or kg: the unit of every load on this tab.',
    format: '@',
    values: (s) => [s.units],
  },
  {
    id: 'step',
    label: 'Round to',
    help: 'Targets are rounded to the nearest multiple of this.',
    format: '0.0#',
    values: (s) => [s.step],
  },
  {
    id: 'targetRir',
    label: 'Target RIR',
    help: 'Reps in reserve to aim for on the last set. Change it and every target recalculates.',
    format: '0.0',
    values: (s) => [s.targetRir],
  },
  {
    id: 'upper',
    paired: true,
    label: 'Upper + / week',
    help: 'Upper-body (and core) increments: low, then high. In-season starts them at 0: loads hold.',
    format: '0.0#',
    values: (s, p) => [p.increments[s.units].upper.low, p.increments[s.units].upper.high],
  },
  {
    id: 'lower',
    paired: true,
    label: 'Lower + / week',
    help: 'Lower-body increments: low, then high.',
    format: '0.0#',
    values: (s, p) => [p.increments[s.units].lower.low, p.increments[s.units].lower.high],
  },
  {
    id: 'hold',
    label: 'Holds + s / week',
    help: 'Seconds added to timed holds each week.',
    format: '0',
    values: (_, p) => [p.holdSeconds],
  },
  {
    id: 'reps',
    label: 'Reps + / week',
    help: 'Reps added to bodyweight rep ranges each week.',
    format: '0',
    values: (_, p) => [p.repsPerWeek],
  },
];

/** The settings start right under the header row: label in column A, values from column B. */
const FIRST_ROW = 2;
export const SETTING_VALUE_COLUMN = COLUMN.prescription;

const rowOf = (id: string): number => FIRST_ROW + SETTINGS.findIndex((s) => s.id === id);

/** `$B$5`: absolute, so every formula points at the one setting. `second` is the high increment. */
export function settingRef(id: string, second = false): string {
  const column = second ? SETTING_VALUE_COLUMN + 1 : SETTING_VALUE_COLUMN;
  return `$${letter(column)}$${rowOf(id)}`;
}

/** `B5`: a setting's own cell, for a validation rule that names it. */
export const settingCell = (id: string, second = false): string =>
  settingRef(id, second).replace(/\$/g, '');
