/**
 * The log of one exercise row: the sidebar save that last wrote it — its id, who saved it, when,
 * and every set — kept in the row's own hidden "Saved sets" cell, beside the inputs. It lives in
 * the athlete's input area, so it is protected exactly like their inputs; it is written by the
 * same range write as the row's load, reps and RIR, so the row and its log can never disagree;
 * and a save writes it in place, so nothing is ever appended and nothing can be doubled.
 *
 *   s-lq2x9-4fk2a1 | ana@example.com | 2027-01-05T18:04Z | 50×5@3; 50×5@3; 55×5@2
 *
 * A set is `load×reps@rir`, any of them blank (`×8@2` for a push-up set). A cell written before
 * records existed holds a bare save id; it reads as a record with no sets.
 */
export interface LoggedSet {
  readonly load: number | '';
  readonly reps: number | '';
  readonly rir: number | '';
}

export interface SaveRecord {
  readonly id: string;
  readonly by: string;
  /** UTC, to the minute: `2027-01-05T18:04Z`. */
  readonly at: string;
  readonly sets: readonly LoggedSet[];
}

const SEP = ' | ';
const SET_SEP = '; ';
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const SET = new RegExp(`^(${NUMBER})?×(${NUMBER})?@(${NUMBER})?$`);
export const SAVE_ID = /^[\w-]{8,64}$/;

const part = (v: number | ''): string => (v === '' ? '' : String(v));
const isBlank = (s: LoggedSet): boolean => s.load === '' && s.reps === '' && s.rir === '';

/** The sets as text, trailing blank sets dropped. */
export function formatSets(sets: readonly LoggedSet[]): string {
  const kept = [...sets];
  while (kept.length > 0 && isBlank(kept[kept.length - 1] as LoggedSet)) kept.pop();
  return kept.map((s) => `${part(s.load)}×${part(s.reps)}@${part(s.rir)}`).join(SET_SEP);
}

export const minuteOf = (date: Date): string => `${date.toISOString().slice(0, 16)}Z`;

export const formatRecord = (r: SaveRecord): string =>
  [r.id, r.by, r.at, formatSets(r.sets)].join(SEP);

const value = (text: string | undefined): number | '' =>
  text === undefined || text === '' ? '' : Number(text);

function parseSets(text: string): LoggedSet[] | undefined {
  if (text === '') return [];
  const sets: LoggedSet[] = [];
  for (const one of text.split(SET_SEP)) {
    const match = SET.exec(one);
    if (!match) return undefined;
    sets.push({ load: value(match[1]), reps: value(match[2]), rir: value(match[3]) });
  }
  return sets;
}

/** The record a cell holds; undefined for a blank cell or text that is not a record. */
export function parseRecord(cell: unknown): SaveRecord | undefined {
  if (typeof cell !== 'string' || cell === '') return undefined;
  const parts = cell.split(SEP);
  const id = parts[0] ?? '';
  if (!SAVE_ID.test(id)) return undefined;
  if (parts.length === 1) return { id, by: '', at: '', sets: [] };
  if (parts.length < 4) return undefined;
  // The email sits between the id and the time; sets come last.
  const sets = parseSets(parts[parts.length - 1] ?? '');
  if (!sets) return undefined;
  return {
    id,
    by: parts.slice(1, -2).join(SEP),
    at: parts[parts.length - 2] ?? '',
    sets,
  };
}

/** The id of the save that last wrote a row: '' when none did. */
export const recordId = (cell: unknown): string => parseRecord(cell)?.id ?? '';

/** True when two lists of sets say the same once trailing blank sets are dropped. */
export const sameSets = (a: readonly LoggedSet[], b: readonly LoggedSet[]): boolean =>
  formatSets(a) === formatSets(b);
