type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Only the coach (the user running the add-on) and the owner may edit. The current user and the
 * owner can't be removed, so adding the coach first and then removing everyone leaves just them.
 */
export function coachOnly(protection: Protection): Protection {
  protection.addEditor(Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return protection;
}

/**
 * A program tab: everything protected but the athlete's inputs (load, reps, RIR, notes and the
 * sidebar's save id). With the athlete's email, those inputs are theirs and the coach's only;
 * without it, Sheets can't tell who is who, so the rest of the tab is warning-only.
 */
export function protectProgramTab(
  sheet: Sheet,
  inputs: Range,
  athleteEmail: string | undefined,
): void {
  const tab = sheet.protect();
  tab.setUnprotectedRanges([inputs]);
  if (!athleteEmail) {
    tab.setWarningOnly(true);
    return;
  }
  coachOnly(tab);
  coachOnly(inputs.protect()).addEditor(athleteEmail);
}
