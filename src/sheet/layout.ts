import { shortDate } from '../core/dates';
import { formatPrescription, progressionOf } from '../core/exercise';
import type { ProgramSpec } from '../core/options';
import { type PlannedSession, planSessions } from '../core/program';
import { blockTitle, type Workout } from '../core/workout';
import { type ColumnName, HEADER } from './columns';
import { blockKey, exerciseKey, noteKey, sessionKey, settingKey } from './keys';
import { LOG_ROWS_FORMULA } from './log';
import type { Content, Row, Validation } from './row';
import { SETTINGS, settingCell } from './settings';
import { holdTheLoad, sessionLogged } from './signals';
import { type Appearance, helperCells, TARGET_FORMAT, targetCell } from './targets';
import { inputValidations, settingValidation } from './validation';

/**
 * A whole program tab as rows, top to bottom: the frozen header, the settings block, then each
 * session (its header, any running note, and per block a header and its exercises).
 */
export function layoutProgram(spec: ProgramSpec, workouts: readonly Workout[]): Row[] {
  const rows: Row[] = [headerRow(), ...settingRows(spec)];
  const sessions = planSessions(spec, workouts);
  const last = new Map<string, { key: string; week: number }>();
  for (const session of sessions) {
    const key = sessionKey(spec.athlete, session.week, session.day);
    rows.push({
      kind: 'session',
      key,
      cells: {
        exercise: sessionTitle(session),
        date: session.date ?? '',
        signal: sessionLogged(key),
      },
    });
    session.notes.forEach((note, i) => {
      rows.push({ kind: 'note', key: noteKey(key, i + 1), cells: { exercise: note } });
    });
    for (const block of session.plan.blocks) {
      rows.push({
        kind: 'block',
        key: blockKey(key, block.name),
        cells: { exercise: blockTitle(block) },
      });
      for (const exercise of block.exercises) {
        const progression = progressionOf(exercise, block.name);
        const previous = last.get(exercise.name);
        const appearance: Appearance = {
          row: rows.length + 1,
          progression,
          prescription: exercise.prescription,
          region: exercise.region === 'lower' ? 'lower' : 'upper',
          previous: previous && { key: previous.key, sameWeek: previous.week === session.week },
          startingLoad: spec.startingLoads[exercise.name],
        };
        const rowKey = exerciseKey(key, exercise.name);
        last.set(exercise.name, { key: rowKey, week: session.week });
        rows.push({
          kind: 'exercise',
          key: rowKey,
          cells: {
            exercise: exercise.name,
            prescription: `${block.rounds} × ${formatPrescription(exercise.prescription)}`,
            target: targetCell(appearance),
            kind: progression,
            block: block.name,
            ...helperCells(appearance),
            ...(appearance.previous && progression !== 'fixed'
              ? { signal: holdTheLoad(appearance.row) }
              : {}),
          },
          formats: { target: TARGET_FORMAT[progression], load: '0.0#', reps: '0', rir: '0.0' },
          validations: inputValidations(appearance, spec.units),
          note: exercise.cue,
        });
      }
    }
  }
  return rows;
}

function headerRow(): Row {
  const cells = Object.fromEntries(Object.entries(HEADER)) as Record<ColumnName, Content>;
  return {
    kind: 'header',
    key: HEADER.key,
    // The kind column says "header" so the row is found by kind, like every other row.
    cells: { ...cells, kind: 'header', logRows: { formula: LOG_ROWS_FORMULA } },
  };
}

function settingRows(spec: ProgramSpec): Row[] {
  return SETTINGS.map((setting) => {
    const [first, second] = setting.values(spec);
    return {
      kind: 'setting',
      key: settingKey(spec.athlete, setting.id),
      cells: {
        exercise: setting.label,
        prescription: first ?? '',
        ...(second === undefined ? {} : { target: second }),
      },
      formats: { prescription: setting.format, target: setting.format },
      validations: validationsOf(
        settingValidation(setting.id, settingCell(setting.id)),
        second === undefined
          ? undefined
          : settingValidation(setting.id, settingCell(setting.id, true)),
      ),
      note: setting.help,
    };
  });
}

function validationsOf(
  first: Validation | undefined,
  second: Validation | undefined,
): Row['validations'] {
  return first && { prescription: first, ...(second ? { target: second } : {}) };
}

function sessionTitle(s: PlannedSession): string {
  const when = s.date === undefined ? s.weekday : shortDate(s.date);
  return `Week ${s.week} · Session ${s.day} · Workout ${s.workout} · ${when}`;
}
