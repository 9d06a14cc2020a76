/**
 * Stable row keys, kept in a hidden column of every row the add-on writes. A key stays with its
 * row through sorts and inserted rows, so the sidebar and the formulas find rows by key, never by
 * position alone. Keys are made of numbers and fixed words only (`W1 · S2 · B3 · E1`): no athlete,
 * block or exercise name, so no `~ * ?` wildcard and no leading `< > =` can ever reach a MATCH or
 * a criterion, in any formula engine.
 */
const SEP = ' · ';

export const sessionKey = (week: number, day: number): string => `W${week}${SEP}S${day}`;

/** The `block`-th block (from 1) of a session. */
export const blockKey = (session: string, block: number): string => `${session}${SEP}B${block}`;

/** The `exercise`-th exercise (from 1) of a block. */
export const exerciseKey = (block: string, exercise: number): string =>
  `${block}${SEP}E${exercise}`;

export const noteKey = (session: string, n: number): string => `${session}${SEP}N${n}`;

export const settingKey = (setting: string): string => `settings${SEP}${setting}`;

/** True when `key` is the session's header or one of its rows. */
export const inSession = (key: string, session: string): boolean =>
  key === session || key.startsWith(`${session}${SEP}`);

/** Week and session of a session or exercise key, for ordering without trusting row positions. */
export function sessionOf(key: string): { session: string; week: number; day: number } | undefined {
  const match = /^(W(\d+) · S(\d+))(?: · .*)?$/.exec(key);
  if (!match) return undefined;
  return { session: match[1] as string, week: Number(match[2]), day: Number(match[3]) };
}
