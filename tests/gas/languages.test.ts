import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages } from '../../runtime/core/googleErrors';
import { PROTOTYPE } from '../../src/sheet/prototype';
import { addOn, options, roster } from '../support/runtime';
import { rosterRow } from '../support/spec';

const tabNames = (rt: ReturnType<typeof addOn>) =>
  rt.spreadsheet.getSheets().map((s) => s.getName());

// Google words service exceptions in the user's language; the add-on asks (one getSheets()
// listing per run) instead of reading them, so every action works the same in each language.
describe.each(LANGUAGES)('for a coach whose Google account is in %s', (language) => {
  it('generates twice, creates the template and roster once, and regenerates the roster', () => {
    const rt = addOn({ language });
    expect(rt.runFromClient('generateProgram', options())).toEqual({ sheetName: 'Ana' });
    expect(rt.runFromClient('generateProgram', options())).toEqual({ sheetName: 'Ana (2)' });
    rt.call('createTemplate');
    rt.call('createTemplate');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^The Template tab already exists/);
    roster(rt, [rosterRow('Ben'), rosterRow('Log')]);
    rt.call('createRoster');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^The Roster tab already exists/);
    rt.call('generateForRoster');
    rt.call('generateForRoster');
    rt.call('refreshDashboard');
    expect(tabNames(rt)).toEqual([
      'Sheet1',
      PROTOTYPE.name,
      'Ana',
      'Ana (2)',
      'Template',
      'Roster',
      'Ben',
      'Log (2)',
      'Dashboard',
    ]);
  });

  it('hears Google in that language', () => {
    const rt = addOn({ language });
    expect(() => rt.spreadsheet.insertSheet('Sheet1')).toThrow(
      messages(language).sheetExists('Sheet1'),
    );
  });
});
