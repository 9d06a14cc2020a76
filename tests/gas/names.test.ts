import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../../src/core/options';
import { PROGRAMS } from '../../src/core/programs';
import { letter, WIDTH } from '../../src/sheet/columns';
import { addOn, options } from '../support/runtime';
import { logScript, targetsOf } from '../support/targets';

/**
 * Every name is safe in every formula: tabs and a dashboard made for names full of what formulas
 * and criteria misread (quotes, brackets, colons, `~ * ?`, a leading `< > =`, emoji, names that
 * differ only by case) compute exactly what the same program computes for a plain name.
 */
const program = (athlete: string) =>
  options({ athlete, weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'] });

const PIECES = [
  "'",
  "''",
  '"',
  '[',
  ']',
  ':',
  '!',
  '~',
  '*',
  '?',
  '<',
  '>',
  '=',
  '<>',
  '\\',
  '/',
  '#REF!',
  '$A$1',
  'A1:B2',
  '&',
  ',',
  ';',
  '(',
  ')',
  ' ',
  '·',
  '💪🏽',
  'Ω',
  'é',
  'Ana',
  'jo',
  '10k',
];

const accepted = (name: string) => readSpec(program(name), PROGRAMS).problems.length === 0;

const names = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(''))
  .filter(accepted);

/** Each tab's targets, and its dashboard row without the athlete and the hidden tab id. */
function observe(athletes: readonly string[]) {
  const rt = addOn();
  const sheets = ['Plain', ...athletes].map((athlete) => {
    const { sheetName } = rt.runFromClient('generateProgram', program(athlete)) as {
      sheetName: string;
    };
    logScript(rt, sheetName);
    return sheetName;
  });
  rt.call('refreshDashboard');
  const rows = rt.values("'Dashboard'!A2:K30").filter((r) => r[0] !== '');
  return {
    rt,
    sheets,
    targets: sheets.map((s) => targetsOf(rt, s)),
    athletes: rows.map((r) => r[0]),
    dashboard: rows.map((r) => r.slice(1)),
  };
}

describe('names in formulas', () => {
  it('give any name the targets and dashboard row of a plain name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(names, { minLength: 1, maxLength: 3 }), (athletes) => {
        const seen = observe(athletes);
        const [plain, ...others] = seen.targets;
        for (const targets of others) expect(targets).toEqual(plain);
        expect(seen.athletes).toEqual(['Plain', ...athletes.map((a) => a.trim())]);
        for (const row of seen.dashboard) expect(row).toEqual(seen.dashboard[0]);
        // No error anywhere past the names (the athlete's name itself may well read "#REF!").
        const errors = seen.sheets.flatMap((s) =>
          seen.rt
            .values(`'${s.replace(/'/g, "''")}'!C:${letter(WIDTH)}`)
            .flat()
            .filter((v) => typeof v === 'string' && /^#[A-Z/0]+[!?]/.test(v)),
        );
        expect(errors).toEqual([]);
        expect(seen.dashboard.flat().filter((v) => /^#[A-Z/0]+[!?]/.test(String(v)))).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });

  it('tell apart names that differ only by case, and names the coach lengthens to 100 characters', () => {
    const seen = observe([
      'kai: 10k',
      'KAI: 10K',
      "Ana's [test]: *?/\\",
      'Pia <b>',
      '=1+1',
      'Jo~e',
    ]);
    expect(seen.sheets).toEqual([
      'Plain',
      'kai: 10k',
      'KAI: 10K (2)',
      "Ana's [test]: *?/\\",
      'Pia <b>',
      '=1+1',
      'Jo~e',
    ]);
    for (const targets of seen.targets) expect(targets).toEqual(seen.targets[0]);
    for (const row of seen.dashboard) expect(row).toEqual(seen.dashboard[0]);
    // Renamed to Sheets' longest name, with every character a formula could trip on.
    const long = `'[~*?<>=:!]' ${'é'.repeat(80)}`.slice(0, 100);
    seen.rt.spreadsheet.getSheetByName("Ana's [test]: *?/\\")?.setName(long);
    seen.rt.call('refreshDashboard');
    const rows = seen.rt.values("'Dashboard'!A2:K30").filter((r) => r[0] !== '');
    for (const row of rows) expect(row.slice(1)).toEqual(seen.dashboard[0]);
  });
});
