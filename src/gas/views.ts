type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's date in the spreadsheet's time zone, as YYYY-MM-DD. */
export const today = (ss: Spreadsheet): string =>
  Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');

interface Frame {
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
  readonly sidebar?: boolean;
}

/**
 * Shows an HTML view with its start-up data. The data goes through the template's `<?= ?>`, which
 * HTML-escapes it into an attribute: nothing from the sheet can break out into markup or script.
 */
export function showView(file: string, data: unknown, frame: Frame): void {
  const template = HtmlService.createTemplateFromFile(file);
  template.data = JSON.stringify(data);
  const output = template.evaluate().setTitle(frame.title);
  const ui = SpreadsheetApp.getUi();
  if (frame.sidebar) ui.showSidebar(output);
  else
    ui.showModalDialog(
      output.setWidth(frame.width ?? 400).setHeight(frame.height ?? 500),
      frame.title,
    );
}
