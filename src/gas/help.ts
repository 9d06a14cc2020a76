/** Menu: Help. A short how-to; the README has the rest. */
export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    'Offseason',
    [
      'Generate program… makes a tab per athlete with every session of the block: the Offseason program (the article’s 4–6 weeks), In-season or Base.',
      'Continue athlete… (on an athlete’s tab) makes their next block, with starting loads from what they logged.',
      'Athletes type load, reps and RIR of the last set in the yellow cells, on a phone too; the following weeks recalculate.',
      'Log a session… opens a sidebar to log each set on a computer.',
      'Change the target RIR or the rounding step at the top of a tab and every target follows.',
      'Each tab ends with a progress chart: main-lift load and estimated 1RM by week, and the RIR logged against the target.',
      'Coaching a group: Create editable template (your own programs), Create roster (one row per athlete), Generate for roster, Refresh dashboard. The Dashboard’s last header cell picks its chart: one for the team or one per athlete.',
      'Formulas for your own sheets: NEXTLOAD, E1RM, LOADFOR, OFFSEASON.',
    ].join('\n\n'),
    ui.ButtonSet.OK,
  );
}
