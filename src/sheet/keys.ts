/**
 * Stable row keys, kept in a hidden column of every row the add-on writes. A key stays with its
 * row through sorts and inserted rows, so the sidebar and the formulas find rows by key, never by
 * position alone.
 */
const SEP = ' · ';

export const sessionKey = (athlete: string, week: number, day: number): string =>
  [athlete, `W${week}`, `S${day}`].join(SEP);

export const exerciseKey = (session: string, exercise: string): string =>
  `${session}${SEP}${exercise}`;

export const blockKey = (session: string, block: string): string => `${session}${SEP}[${block}]`;

export const noteKey = (session: string, n: number): string => `${session}${SEP}[note ${n}]`;

export const settingKey = (athlete: string, setting: string): string =>
  [athlete, 'settings', setting].join(SEP);

/** True when `key` is the session's header or one of its rows. */
export const inSession = (key: string, session: string): boolean =>
  key === session || key.startsWith(`${session}${SEP}`);

/** Week and session of a session or exercise key, for ordering without trusting row positions. */
export function sessionOf(key: string): { session: string; week: number; day: number } | undefined {
  const match = /^(.+? · W(\d+) · S(\d+))(?: · .*)?$/.exec(key);
  if (!match) return undefined;
  return { session: match[1] as string, week: Number(match[2]), day: Number(match[3]) };
}
