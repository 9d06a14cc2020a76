/**
 * The add-on menu. In AuthMode.NONE (installed, not yet used in this document) Apps Script allows
 * nothing but building menus, so onOpen touches nothing else in any mode.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Generate program…', 'showGenerateDialog')
    .addItem('Continue athlete…', 'showContinueDialog')
    .addItem('Log a session…', 'showLogSidebar')
    .addSeparator()
    .addItem('Create editable template', 'createTemplate')
    .addItem('Create roster', 'createRoster')
    .addItem('Generate for roster', 'generateForRoster')
    .addItem('Refresh dashboard', 'refreshDashboard')
    .addSeparator()
    .addItem('Run self-test', 'runSelfTest')
    .addItem('Help', 'showHelp')
    .addToUi();
}

/** Runs once when a user installs the add-on: the menu should appear without a reload. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
