import { sameAccount } from '../core/people';
import { withDocumentLock } from './lock';
import { type Protector, protector } from './protect';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Who the coach is. Every server function runs as whoever calls it, from any sidebar, so the
 * coach's operations check the caller first. The coach is the spreadsheet's owner; on a shared
 * drive, where Sheets reports no owner, the first person to run a coach operation, recorded in a
 * hidden tab that only they may edit.
 */
export interface Coach {
  readonly email: string;
  /** Sheets names the coach as the owner, who can always edit and never be removed. */
  readonly owner: boolean;
}

/** One coach operation's context: the spreadsheet, its coach, and their protections. */
export interface CoachRun {
  readonly ss: Spreadsheet;
  readonly coach: Coach;
  readonly protect: Protector;
}

/** Refused because the caller is not the coach; nothing was changed. */
export class NotCoach extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotCoach';
  }
}

/** Hidden record of the coach, on a shared drive only. */
export const COACH_SHEET = 'Offseason coach';
const COACH_LABEL = 'Coach';

/** The caller's email; blank when Google does not share it with the script. */
export const callerEmail = (): string => Session.getActiveUser().getEmail() ?? '';

/** The coach, when the caller is the coach; otherwise NotCoach, naming `what` they tried. */
export function requireCoach(ss: Spreadsheet, what: string): Coach {
  const me = callerEmail();
  const refuse = (coach: string) =>
    new NotCoach(
      `${what} is for the coach${coach}. Nothing was changed.` +
        (me === '' ? ' (Google did not tell Offseason who you are.)' : ''),
    );
  if (me === '') throw refuse('');
  const owner = ss.getOwner();
  if (owner) {
    const email = owner.getEmail();
    if (sameAccount(email, me)) return { email: me, owner: true };
    throw refuse(email ? ` (${email}, who owns this spreadsheet)` : ', who owns this spreadsheet');
  }
  const recorded = recordedCoach(ss) ?? withDocumentLock(() => recordedCoach(ss) ?? claim(ss, me));
  if (sameAccount(recorded, me)) return { email: me, owner: false };
  throw refuse(` (${recorded}, the first to use Offseason’s coach tools here)`);
}

/** True when the caller is the coach; records nobody (the sidebar only asks, to list tabs). */
export function isCoach(ss: Spreadsheet): boolean {
  const me = callerEmail();
  const owner = ss.getOwner();
  if (owner) return sameAccount(owner.getEmail(), me);
  try {
    return sameAccount(recordedCoach(ss) ?? '', me);
  } catch (error) {
    if (error instanceof NotCoach) return false;
    throw error;
  }
}

export function coachRun(what: string): CoachRun {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const coach = requireCoach(ss, what);
  return { ss, coach, protect: protector(ss, coach) };
}

function recordedCoach(ss: Spreadsheet): string | undefined {
  const sheet = ss.getSheetByName(COACH_SHEET);
  if (!sheet) return undefined;
  const [label, email] = sheet.getRange(1, 1, 1, 2).getValues()[0] ?? [];
  if (label !== COACH_LABEL || typeof email !== 'string' || email === '') {
    throw new NotCoach(
      `The tab “${COACH_SHEET}” should name this spreadsheet’s coach in B1, and it does not. ` +
        'The coach can fix it (or delete it: the next coach operation records its caller).',
    );
  }
  return email;
}

/** Shared drive, first coach operation: record the caller, editable by them alone, hidden. */
function claim(ss: Spreadsheet, me: string): string {
  const sheet = ss.insertSheet(COACH_SHEET);
  sheet.getRange(1, 1, 2, 2).setValues([
    [COACH_LABEL, me],
    ['', 'The coach runs Offseason’s coach operations; only they can change this tab.'],
  ]);
  protector(ss, { email: me, owner: false }).restrict(sheet.protect());
  sheet.hideSheet();
  return me;
}

/**
 * Wraps a coach operation for the entry-point table: the caller is checked before anything else.
 * Menu items answer a refusal with an alert; server functions throw it to their dialog.
 */
export function forCoach<A extends unknown[], R>(
  what: string,
  operation: (run: CoachRun, ...args: A) => R,
  refusal: 'alert' | 'throw',
): (...args: A) => R | undefined {
  return (...args: A) => {
    let run: CoachRun;
    try {
      run = coachRun(what);
    } catch (error) {
      if (!(error instanceof NotCoach) || refusal === 'throw') throw error;
      const ui = SpreadsheetApp.getUi();
      ui.alert('Offseason', error.message, ui.ButtonSet.OK);
      return undefined;
    }
    return operation(run, ...args);
  };
}
