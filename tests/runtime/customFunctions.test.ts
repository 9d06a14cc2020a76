import { describe, expect, it } from 'vitest';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
/**
 * Doubles a number.
 * @param {number} x The number.
 * @return {number}
 * @customfunction
 */
function DOUBLE(x) {
  if (typeof x !== 'number') throw new Error('DOUBLE needs a number, got ' + JSON.stringify(x));
  return x * 2;
}

/**
 * One row per input row: the value and ten times it.
 * @param {A1:A3} range Input rows.
 * @customfunction
 */
function OFFSEASON(range) {
  if (!Array.isArray(range)) range = [[range]];
  return range.filter(function (r) { return r[0] !== ''; }).map(function (r) { return [r[0], r[0] * 10]; });
}

/**
 * A weeks x days grid from literal arguments.
 * @customfunction
 */
function GRID(weeks, days) {
  var out = [];
  for (var w = 1; w <= weeks; w++) { var row = []; for (var d = 1; d <= days; d++) row.push(w * 100 + d); out.push(row); }
  return out;
}

/** @customfunction */
function DESCRIBE(v) { return Object.prototype.toString.call(v) + ':' + (v instanceof Date ? v.toISOString() : JSON.stringify(v)); }

/** @customfunction */
function COLUMN_OF(n) { var out = []; for (var i = 1; i <= n; i++) out.push(i); return out; }

/** @customfunction */
function WRITES() { SpreadsheetApp.getActiveSpreadsheet().getRange('A1').setValue(1); return 'wrote'; }

/** @customfunction */
function NEXT_WEEK(d) { return new Date(d.getTime() + 7 * 86400000); }

/** Not a custom function: no tag. */
function helper(x) { return x; }

/** @customfunction */
function secret_(x) { return x; }
`;

function fresh() {
  return createRuntime({ code: CODE, timeZone: 'UTC' });
}

describe('custom functions', () => {
  it('are discovered from @customfunction JSDoc, skipping private and untagged functions', () => {
    expect(fresh().customFunctions).toEqual([
      'DOUBLE',
      'OFFSEASON',
      'GRID',
      'DESCRIBE',
      'COLUMN_OF',
      'WRITES',
      'NEXT_WEEK',
    ]);
  });

  it('evaluate in cells, case-insensitively, and are counted per call', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '21');
    rt.edit('Sheet1!B1', '=double(A1)');
    expect(rt.values('Sheet1!B1')).toEqual([[42]]);
    expect(rt.formulas('Sheet1!B1')).toEqual([['=DOUBLE(A1)']]);
    expect(rt.calls.customFunctionCalls('DOUBLE')).toBe(1);
    rt.edit('Sheet1!A1', '5');
    expect(rt.values('Sheet1!B1')).toEqual([[10]]);
    expect(rt.calls.count('CustomFunction.DOUBLE')).toBe(2);
  });

  it('turn a thrown Error into #ERROR! whose message is retrievable', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '=DOUBLE("x")');
    expect(rt.values('Sheet1!A1')).toEqual([['#ERROR!']]);
    expect(rt.errorMessage('Sheet1!A1')).toBe('DOUBLE needs a number, got "x"');
  });

  it('receive a range as rows of cells with blanks as empty strings', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '1');
    rt.edit('Sheet1!A3', 'three');
    rt.edit('Sheet1!C1', '=DESCRIBE(A1:B3)');
    expect(rt.values('Sheet1!C1')).toEqual([['[object Array]:[[1,""],["",""],["three",""]]']]);
  });

  it('receive a date-formatted cell as a Date', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '05/01/2024');
    rt.edit('Sheet1!B1', '=DESCRIBE(A1)');
    expect(rt.values('Sheet1!B1')).toEqual([['[object Date]:2024-01-05T00:00:00.000Z']]);
  });

  it('return a Date that reads back as a date-typed cell', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '2024-01-05');
    rt.edit('Sheet1!B1', '=NEXT_WEEK(A1)');
    const [[d]] = rt.values('Sheet1!B1') as [[Date]];
    expect(d.toISOString()).toBe('2024-01-12T00:00:00.000Z');
    expect(rt.displayValues('Sheet1!B1')).toEqual([['12/01/2024']]);
  });

  it('spill a 2-D result from a range argument and resize when the input grows', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '1');
    rt.edit('Sheet1!A2', '2');
    rt.edit('Sheet1!C1', '=OFFSEASON(A1:A5)');
    expect(rt.values('Sheet1!C1:D3')).toEqual([
      [1, 10],
      [2, 20],
      ['', ''],
    ]);
    expect(rt.formulas('Sheet1!C1:D2')).toEqual([
      ['=OFFSEASON(A1:A5)', ''],
      ['', ''],
    ]);
    const before = rt.calls.customFunctionCalls('OFFSEASON');
    rt.edit('Sheet1!A3', '3');
    expect(rt.values('Sheet1!C1:D4')).toEqual([
      [1, 10],
      [2, 20],
      [3, 30],
      ['', ''],
    ]);
    // Re-sizing re-evaluates from a memo: one call per change, as in Sheets.
    expect(rt.calls.customFunctionCalls('OFFSEASON')).toBe(before + 1);
    rt.edit('Sheet1!A1', '');
    rt.edit('Sheet1!A2', '');
    expect(rt.values('Sheet1!C1:D3')).toEqual([
      [3, 30],
      ['', ''],
      ['', ''],
    ]);
  });

  it('spill from literal arguments, and a 1-D array spills down a column', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '=GRID(2, 3)');
    expect(rt.values('Sheet1!A1:C2')).toEqual([
      [101, 102, 103],
      [201, 202, 203],
    ]);
    rt.edit('Sheet1!E1', '=COLUMN_OF(3)');
    expect(rt.values('Sheet1!E1:F3')).toEqual([
      [1, ''],
      [2, ''],
      [3, ''],
    ]);
  });

  it('spill through a wrapping formula and aggregate inside one', () => {
    const rt = fresh();
    rt.edit('Sheet1!A1', '=SUM(GRID(2, 2))');
    expect(rt.values('Sheet1!A1')).toEqual([[101 + 102 + 201 + 202]]);
  });

  it('show #REF! when the spill would overwrite content, and spill once it is cleared', () => {
    const rt = fresh();
    rt.edit('Sheet1!B2', 'in the way');
    rt.edit('Sheet1!A1', '=GRID(2, 2)');
    expect(rt.values('Sheet1!A1')).toEqual([['#REF!']]);
    expect(rt.errorMessage('Sheet1!A1')).toBe(msg.spillBlocked('B2'));
    rt.edit('Sheet1!B2', '');
    expect(rt.values('Sheet1!A1:B2')).toEqual([
      [101, 102],
      [201, 202],
    ]);
    rt.edit('Sheet1!A2', 'typed into the spill');
    expect(rt.values('Sheet1!A1')).toEqual([['#REF!']]);
  });

  it('may not write to the spreadsheet', () => {
    const rt = fresh();
    rt.edit('Sheet1!B1', '=WRITES()');
    expect(rt.values('Sheet1!B1')).toEqual([['#ERROR!']]);
    expect(rt.errorMessage('Sheet1!B1')).toBe(msg.noPermission('Range.setValue'));
    expect(rt.values('Sheet1!A1')).toEqual([['']]);
  });

  it('evaluate when a script writes their formula, counted separately from service calls', () => {
    const rt = createRuntime({
      code: `${CODE}
        function fill() {
          var sh = SpreadsheetApp.getActiveSheet();
          sh.getRange('A1:A3').setValues([[1],[2],[3]]);
          sh.getRange('B1:B3').setFormulas([['=DOUBLE(A1)'],['=DOUBLE(A2)'],['=DOUBLE(A3)']]);
        }`,
    });
    rt.call('fill');
    expect(rt.values('B1:B3')).toEqual([[2], [4], [6]]);
    expect(rt.calls.customFunctionCalls('DOUBLE')).toBe(3);
    expect(rt.calls.serviceTotal()).toBe(5);
    expect(rt.calls.total()).toBe(8);
  });

  it('can re-run the top level on every call, as Sheets does', () => {
    const code = `var loads = 0; loads++; Logger.log('top level ran');
      /** @customfunction */ function PING() { return loads; }`;
    const cheap = createRuntime({ code });
    cheap.edit('A1', '=PING()');
    cheap.edit('A2', '=PING()');
    expect(cheap.values('A1:A2')).toEqual([[1], [1]]);
    expect(cheap.logs.filter((l) => l.message === 'top level ran')).toHaveLength(1);

    const faithful = createRuntime({ code, freshContextPerCustomFunction: true });
    faithful.edit('A1', '=PING()');
    faithful.edit('A2', '=PING()');
    expect(faithful.values('A1:A2')).toEqual([[1], [1]]);
    expect(faithful.logs.filter((l) => l.message === 'top level ran')).toHaveLength(3);
  });

  it('keep two runtimes with same-named functions apart', () => {
    const a = createRuntime({ code: '/** @customfunction */ function TWIN() { return "a"; }' });
    const b = createRuntime({ code: '/** @customfunction */ function TWIN() { return "b"; }' });
    a.edit('A1', '=TWIN()');
    b.edit('A1', '=TWIN()');
    expect([a.values('A1'), b.values('A1')]).toEqual([[['a']], [['b']]]);
    const none = createRuntime({ code: 'function nothing() {}' });
    none.edit('A1', '=TWIN()');
    expect(none.values('A1')).toEqual([['#NAME?']]);
    expect(none.errorMessage('A1')).toBe(msg.unknownFunction('twin'));
  });
});
