import type { Runtime, SerializedState } from '../runtime';
import { isExample, ROSTER_HEADER, ROSTER_SHEET } from '../src/sheet/roster';
import { a1Of } from './a1';
import type { PersonView } from './types';

/** Someone the spreadsheet is shared with who is on no roster: a tab without an email lets them type its inputs. */
export const GUEST = 'guest@example.com';

const EMAIL_COLUMN = ROSTER_HEADER.indexOf('Email');

/**
 * Whom the page can act as: the coach (the spreadsheet's owner), every roster athlete with an
 * email, anyone a protection names, and a guest. Acting as one of them is `rt.setUser`: edits,
 * protections and `Session.getActiveUser()` follow.
 */
export function peopleOf(rt: Runtime, state: SerializedState): PersonView[] {
  const people = new Map<string, string>([[state.spreadsheet.owner.toLowerCase(), 'Coach']]);
  const add = (email: string, label: string) => {
    const key = email.trim().toLowerCase();
    if (key !== '' && !people.has(key)) people.set(key, label);
  };
  if (state.sheets.some((s) => s.name === ROSTER_SHEET)) {
    for (const [athlete, email] of rt
      .values(a1Of(ROSTER_SHEET, `A2:${String.fromCharCode(65 + EMAIL_COLUMN)}`))
      .map((row) => [row[0], row[EMAIL_COLUMN]])) {
      if (typeof email === 'string' && email.includes('@') && !isExample(athlete))
        add(email, String(athlete || email));
    }
  }
  for (const p of state.protections) for (const email of p.editors) add(email, email);
  add(GUEST, 'Someone else it is shared with');
  add(rt.user, rt.user);
  return [...people].map(([email, label]) => ({ email, label }));
}
