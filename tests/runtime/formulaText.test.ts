import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteSheetName } from '../../runtime/core/a1';
import {
  engineSheetName,
  mapSheetReferences,
  sheetNameOfEngine,
} from '../../runtime/core/formulaText';
import { createRuntime } from '../support/runtime';

const CODE = `
function setUp(name) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.insertSheet(name).getRange('A1:A3').setValues([[1], [2], [3]]);
}
function write(formulas) {
  var range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange(1, 1, 1, formulas.length);
  range.setFormulas([formulas]);
  return range.getFormulas()[0];
}
function read(count) {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange(1, 1, 1, count).getValues()[0];
}
function rename(from, to) { SpreadsheetApp.getActiveSpreadsheet().getSheetByName(from).setName(to); }
`;

/** Formulas over a sheet and what Sheets computes for them when A1:A3 holds 1, 2, 3. */
function formulasOver(name: string): [string, unknown][] {
  const q = quoteSheetName(name);
  return [
    [`=SUM(${q}!A:A)`, 6],
    [`=${q}!A2`, 2],
    [`=SUM(${q}!$A$1:$A$3)`, 6],
    [`=COUNTIF(${q}!A:A,">1")`, 2],
    [`=ROWS(${q}!2:3)`, 2],
    // A sheet reference inside a string literal is text, left as written.
    [`="${q.replace(/"/g, '""')}!A1"&${q}!A3`, `${q}!A13`],
  ];
}

function check(name: string, renamed?: string): void {
  const rt = createRuntime({ code: CODE });
  rt.call('setUp', name);
  const cases = formulasOver(name);
  const formulas = cases.map(([f]) => f);
  expect(rt.call('write', formulas), name).toEqual(formulas);
  expect(rt.call('read', cases.length), name).toEqual(cases.map(([, v]) => v));
  if (renamed === undefined) return;
  rt.call('rename', name, renamed);
  // Formulas follow a renamed sheet, as in Sheets; the string literal stays as it was.
  const after = formulasOver(renamed).map(([f]) => f);
  after[5] = `="${quoteSheetName(name).replace(/"/g, '""')}!A1"&${quoteSheetName(renamed)}!A3`;
  expect(rt.formulas('Sheet1!A1:F1')[0], `${name} → ${renamed}`).toEqual(after);
  expect(rt.call('read', cases.length)).toEqual(cases.map(([, v]) => v));
}

/** Any name Sheets accepts: 1 to 100 characters, not blank, quotes, brackets, colons and all. */
const sheetName = fc
  .array(
    fc.oneof(
      fc.constantFrom(...`'[]:~*?<>=!"\\/ #$,;()&%+-.^{}|@`.split(''), '😀', 'É', 'ß', 'ñ', 'ç'),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.join('').slice(0, 100))
  .filter((name) => name.trim() !== '' && name.toLowerCase() !== 'sheet1');

describe('quoted sheet names', () => {
  it("read as Sheets reads them: 'Kai: 10k'!A:A and 'Ana''s [test]: *?/\\'!A:A", () => {
    check('Kai: 10k', "Ana's [test]: *?/\\");
    check('a:b', '1:2');
    check('A1', 'TRUE');
  });

  it('read any name, come back from getFormulas as written, and follow renames', () => {
    fc.assert(
      fc.property(sheetName, sheetName, (name, renamed) => {
        fc.pre(name.toLowerCase() !== renamed.toLowerCase() && renamed.toLowerCase() !== 'sheet1');
        check(name, renamed);
      }),
      { numRuns: 60 },
    );
  });

  it('find a sheet named after the formula was written, and ignore case', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('write', ["=SUM('later: TAB'!A:A)"])).toEqual(["=SUM('later: TAB'!A:A)"]);
    expect(rt.call('read', 1)).toEqual(['#REF!']);
    rt.call('setUp', 'Later: tab');
    expect(rt.call('read', 1)).toEqual([6]);
    // Once the sheet exists, formulas show its name as Sheets does.
    expect(rt.formulas('Sheet1!A1')).toEqual([["=SUM('Later: tab'!A:A)"]]);
  });

  it('survive copies, saved state and named ranges', () => {
    const rt = createRuntime({
      code: `${CODE}
        function name() { var ss = SpreadsheetApp.getActiveSpreadsheet(); ss.setNamedRange('loads', ss.getRange("'Kai: 10k'!A1:A3")); return ss.getRangeByName('loads').getA1Notation(); }
        function copy() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').copyTo(SpreadsheetApp.getActiveSpreadsheet()).getRange('A1').getFormula(); }`,
    });
    rt.call('setUp', 'Kai: 10k');
    rt.call('write', ["=SUM('Kai: 10k'!A:A)", '=SUM(loads)']);
    expect(rt.call('name')).toBe('A1:A3');
    expect(rt.call('read', 2)).toEqual([6, 6]);
    expect(rt.call('copy')).toBe("=SUM('Kai: 10k'!A:A)");
    const state = rt.serialize();
    expect(state.sheets.find((s) => s.name === 'Sheet1')?.contents[0]).toEqual([
      "=SUM('Kai: 10k'!A:A)",
      '=SUM(loads)',
    ]);
  });
});

describe('sheet references in formula text', () => {
  const upper = (name: string) => quoteSheetName(name.toUpperCase());

  it('are every quoted or plain name before a "!", outside string literals and error literals', () => {
    expect(mapSheetReferences(`=SUM('Kai: 10k'!A:A)+Log!B2+"Log!A1"&'it''s'!C3+#REF!`, upper)).toBe(
      `=SUM('KAI: 10K'!A:A)+LOG!B2+"Log!A1"&'IT''S'!C3+#REF!`,
    );
    expect(mapSheetReferences('=A1+SUM(B2:B3)+"a""b!"', upper)).toBe('=A1+SUM(B2:B3)+"a""b!"');
    expect(mapSheetReferences("='unclosed", upper)).toBe("='unclosed");
  });

  it('go to engine names and back for any name', () => {
    fc.assert(
      fc.property(sheetName, (name) => {
        const engine = engineSheetName(name);
        expect(engine).toMatch(/^_s[0-9a-f]+$/);
        expect(sheetNameOfEngine(engine)).toBe(name.toLowerCase());
        const flipped = name.replace(/[A-Za-z]/g, (c) =>
          c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
        );
        expect(engineSheetName(flipped)).toBe(engine);
      }),
    );
    expect(sheetNameOfEngine('REF')).toBeUndefined();
    expect(sheetNameOfEngine('_s12')).toBeUndefined();
  });
});

describe('string literals', () => {
  const STRINGS = `
    function put(formulas) {
      var range = SpreadsheetApp.getActiveSheet().getRange(1, 2, 1, formulas.length);
      range.setFormulas([formulas]);
      return [range.getFormulas()[0], range.getValues()[0]];
    }`;

  it('hold quotes doubled and backslashes anywhere, as Sheets reads them', () => {
    const rt = createRuntime({ code: STRINGS });
    rt.spreadsheet.getRange('A1:A3').setValues([['Jo "Jet"'], ['Ana'], ['C:\\']]);
    const formulas = [
      '="a""b"',
      '=LEN("a""b")',
      '="C:\\"',
      '="x\\"&"y"',
      '=COUNTIF(A1:A3,"Jo ""Jet""")',
      '=MATCH("C:\\",A1:A3,0)',
      '=IF(A2="Ana","""quoted""","")',
    ];
    expect(rt.call('put', formulas)).toEqual([
      formulas,
      ['a"b', 3, 'C:\\', 'x\\y', 1, 3, '"quoted"'],
    ]);
  });

  it('come back as written for any text', () => {
    const rt = createRuntime({ code: STRINGS });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 20 }), (text) => {
        const literal = `"${text.replace(/"/g, '""')}"`;
        expect(rt.call('put', [`=${literal}`, `=LEN(${literal})`])).toEqual([
          [`=${literal}`, `=LEN(${literal})`],
          [text, text.length],
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
