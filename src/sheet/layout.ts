import { shortDate } from '../core/dates';
import { formatPrescription, progressionOf, startingCount, takesLoad } from '../core/exercise';
import type { ProgramSpec } from '../core/options';
import { type PlannedSession, planSessions } from '../core/program';
import type { Program } from '../core/programs';
import { blockTitle } from '../core/workout';
import { type ColumnName, cellInRow, HEADER } from './columns';
import { blockKey, exerciseKey, noteKey, sessionKey, settingKey } from './keys';
import { closedCells } from './looks';
import {
  type ChartPlan,
  e1rmCell,
  type LiftAppearance,
  mainLifts,
  type ProgressInput,
  progressChart,
  progressRows,
} from './progress';
import type { Content, Row, Validation } from './row';
import { SETTINGS, settingCell } from './settings';
import { holdTheLoad, sessionLogged } from './signals';
import {
  type Appearance,
  type Earlier,
  goalCell,
  helperCells,
  targetCell,
  targetFormat,
} from './targets';
import { settingValidation } from './validation';

/** What a tab continuing an earlier block carries: a link back, and why each lift starts where it does. */
export interface Continued {
  /** The earlier tab: its name, and `#gid=…`, the link Sheets opens it with. */
  readonly from: { readonly name: string; readonly link: string };
  /** Exercise → how its starting load was found (or why it is blank), noted on week 1's target. */
  readonly notes: Readonly<Record<string, string>>;
}

/**
 * A whole program tab as rows, top to bottom: the frozen header, the settings block, then each
 * session (its header, any running note, and per block a header and its exercises).
 */
export function layoutProgram(spec: ProgramSpec, program: Program, continued?: Continued): Row[] {
  return layoutTab(spec, program, continued).rows;
}

/** The tab's rows, and the chart its progress section feeds. */
export function layoutTab(
  spec: ProgramSpec,
  program: Program,
  continued?: Continued,
): { rows: Row[]; chart: ChartPlan } {
  const workouts = program.workouts;
  const rows: Row[] = fixedRows(spec, program, continued);
  const lifts = mainLifts(program);
  const weeks: [number, number][] = [];
  const appearances: LiftAppearance[] = [];
  // Each exercise's appearances so far, latest last: where the next one looks back to.
  const seen = new Map<string, { key: string; rows: [number, number]; week: number }[]>();
  for (const session of planSessions(spec, workouts)) {
    const key = sessionKey(session.week, session.day);
    const first = rows.length + 1;
    const week = weeks[session.week - 1] ?? [first, first];
    weeks[session.week - 1] = week;
    const size =
      session.notes.length + session.plan.blocks.reduce((n, b) => n + 1 + b.exercises.length, 0);
    rows.push({
      kind: 'session',
      key,
      cells: {
        exercise: sessionTitle(session),
        date: session.date ?? '',
        signal: sessionLogged(first + 1, first + size),
      },
    });
    session.notes.forEach((note, i) => {
      rows.push({ kind: 'note', key: noteKey(key, i + 1), cells: { exercise: note } });
    });
    session.plan.blocks.forEach((block, b) => {
      const header = blockKey(key, b + 1);
      rows.push({ kind: 'block', key: header, cells: { exercise: blockTitle(block) } });
      const span: [number, number] = [rows.length + 1, rows.length + block.exercises.length];
      block.exercises.forEach((exercise, e) => {
        const progression = progressionOf(exercise, block.name);
        const before = seen.get(exercise.name) ?? [];
        const earlier = (back: number): Earlier | undefined => {
          const found = before[before.length - back];
          return found && { ...found, sameWeek: found.week === session.week };
        };
        const appearance: Appearance = {
          row: rows.length + 1,
          progression,
          prescription: exercise.prescription,
          region: exercise.region === 'lower' ? 'lower' : 'upper',
          previous: earlier(1),
          beforePrevious: earlier(2),
          startingLoad: spec.startingLoads[exercise.name],
        };
        const rowKey = exerciseKey(header, e + 1);
        seen.set(exercise.name, [...before, { key: rowKey, rows: span, week: session.week }]);
        if (takesLoad(progression) && lifts.includes(exercise.name))
          appearances.push({ lift: exercise.name, week: session.week, key: rowKey, rows: span });
        rows.push({
          kind: 'exercise',
          key: rowKey,
          cells: {
            exercise: exercise.name,
            // Double progression shows this week's reps goal: "3 × 9".
            prescription:
              progression === 'double'
                ? { formula: `=${block.rounds}&" × "&${cellInRow('goal', appearance.row)}` }
                : `${block.rounds} × ${formatPrescription(exercise.prescription)}`,
            ...(progression === 'double' ? { goal: goalCell(appearance) } : {}),
            target: targetCell(appearance),
            kind: progression,
            block: block.name,
            ...helperCells(appearance),
            ...closedCells(progression),
            ...(appearance.previous && progression !== 'fixed'
              ? { signal: holdTheLoad(appearance.row, appearance.previous) }
              : {}),
            ...(takesLoad(progression)
              ? {
                  e1rm: e1rmCell(
                    appearance.row,
                    progression === 'double'
                      ? cellInRow('goal', appearance.row)
                      : String(startingCount(exercise.prescription)),
                  ),
                }
              : {}),
          },
          formats: {
            target: targetFormat(progression, spec.units),
            load: '0.0#',
            reps: '0',
            rir: '0.0',
          },
          note:
            progression === 'double'
              ? `${exercise.cue}\n${formatPrescription(exercise.prescription)}: one more rep each week up to the top, then more load and back to the bottom.`
              : exercise.cue,
          ...(continued && !appearance.previous && continued.notes[exercise.name]
            ? { notes: { target: continued.notes[exercise.name] } }
            : {}),
        });
      });
    });
    week[1] = rows.length;
  }
  const progress: ProgressInput = { firstRow: rows.length + 1, weeks, lifts, appearances };
  rows.push(...progressRows(progress));
  return { rows, chart: progressChart(progress, spec.units) };
}

/**
 * The header and settings rows: the same rows on every tab, whatever its length. Without a spec
 * they carry no values, as the prototype every tab is copied from holds them.
 */
export function fixedRows(spec?: ProgramSpec, program?: Program, continued?: Continued): Row[] {
  return [headerRow(), ...settingRows(spec && program && { spec, program, continued })];
}

function headerRow(): Row {
  const cells = Object.fromEntries(Object.entries(HEADER)) as Record<ColumnName, Content>;
  return {
    kind: 'header',
    key: HEADER.key,
    // The kind column says "header" so the row is found by kind, like every other row.
    cells: { ...cells, kind: 'header' },
  };
}

function settingRows(
  of: { spec: ProgramSpec; program: Program; continued: Continued | undefined } | undefined,
): Row[] {
  return SETTINGS.map((setting) => {
    const [first, second] = of ? setting.values(of.spec, of.program.progression) : [];
    const from = setting.id === 'program' ? of?.continued?.from : undefined;
    return {
      kind: 'setting',
      key: settingKey(setting.id),
      cells: {
        exercise: setting.label,
        prescription: first ?? '',
        ...(second === undefined ? {} : { target: second }),
        ...(from ? { target: { formula: followsLink(from) } } : {}),
      },
      // The link back is a formula: a plain-text cell would keep it as text.
      formats: { prescription: setting.format, target: from ? 'General' : setting.format },
      validations: validationsOf(
        settingValidation(setting.id, settingCell(setting.id)),
        setting.paired ? settingValidation(setting.id, settingCell(setting.id, true)) : undefined,
      ),
      note: setting.help,
      open: setting.paired ? ['prescription', 'target'] : ['prescription'],
    };
  });
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** `=HYPERLINK("#gid=123","← Ana")`: a link Sheets opens in the same spreadsheet. */
const followsLink = (from: Continued['from']): string =>
  `=HYPERLINK(${quote(from.link)},${quote(`← ${from.name}`)})`;

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
