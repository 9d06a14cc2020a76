import { sameAccount } from '../core/people';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Narrows protections to the coach (and an athlete), looking up what every protection of a run
 * shares once: the spreadsheet's editors and whether a new protection opens to the domain.
 */
export interface Protector {
  /** Only the coach, and `athlete` when given, may edit what `protection` covers. */
  restrict(protection: Protection, athlete?: string): Protection;
}

/**
 * A new protection "mirrors the spreadsheet's own permissions until the script changes its list
 * of editors" (reference/spreadsheet/range#protect()): every protection gets at least one change.
 * Its creator stays an editor, and so does the owner, who can never be removed (reference/
 * spreadsheet/protection#removeEditors(String)); a coach who owns the spreadsheet need not be
 * added, one on a shared drive (no owner) must be.
 */
export function protector(
  ss: Spreadsheet,
  coach: { readonly email: string; readonly owner: boolean },
): Protector {
  let editors: string[] | undefined;
  let domainEdit: boolean | undefined;
  return {
    restrict(protection, athlete) {
      const keep = [...(coach.owner ? [] : [coach.email]), ...(athlete ? [athlete] : [])];
      if (keep.length > 0) protection.addEditors(keep);
      editors ??= ss.getEditors().map((u) => u.getEmail());
      const others = editors.filter(
        (e) => !sameAccount(e, coach.email) && !(athlete && sameAccount(e, athlete)),
      );
      if (others.length > 0) protection.removeEditors(others);
      else if (keep.length === 0) protection.addEditor(coach.email);
      domainEdit ??= protection.canDomainEdit();
      if (domainEdit) protection.setDomainEdit(false);
      return protection;
    },
  };
}

/**
 * Only the coach may edit what `protection` covers: it lists the coach and nobody else (Sheets
 * lists the owner, and keeps whoever made a protection, among its editors).
 */
export function coachAlone(protection: Protection, coach: string): boolean {
  const editors = protection.getEditors().map((u) => u.getEmail());
  return editors.length > 0 && editors.every((e) => sameAccount(e, coach));
}

/**
 * A program tab: the coach's everywhere but the athlete's inputs (load, reps, RIR, notes and the
 * sidebar's save record). With the athlete's email those inputs are that athlete's and the
 * coach's only; without it every editor may type into them, and nothing else.
 */
export function protectProgramTab(
  protect: Protector,
  sheet: Sheet,
  inputs: Range,
  athleteEmail: string | undefined,
): void {
  const tab = sheet.protect();
  tab.setUnprotectedRanges([inputs]);
  protect.restrict(tab);
  if (athleteEmail) protect.restrict(inputs.protect(), athleteEmail);
}
