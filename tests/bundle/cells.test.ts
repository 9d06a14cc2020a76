import { describe, expect, it } from 'vitest';
import { addOn } from '../support/runtime';

/** The custom functions as Sheets calls them: typed into cells, over cells and ranges. */
describe('custom functions in cells', () => {
  const sheet = () => {
    const rt = addOn();
    const name = rt.spreadsheet.getSheets()[0]?.getName() ?? 'Sheet1';
    const at = (a1: string) => `'${name}'!${a1}`;
    return {
      rt,
      at,
      type: (a1: string, value: unknown) => rt.edit(at(a1), value),
      read: (a1: string) => rt.values(at(a1)),
    };
  };

  it('NEXTLOAD over single cells and over a whole column of loads', () => {
    const { type, read } = sheet();
    type('A1', 100);
    type('B1', 3);
    type('C1', '=NEXTLOAD(A1,B1)');
    expect(read('C1')).toEqual([[110]]);
    type('A2', 20);
    type('B2', 4);
    type('D1', '=NEXTLOAD(A1:A2,B1:B2,{"lower";"upper"})');
    expect(read('D1:D2')).toEqual([[110], [25]]);
    type('B1', '');
    expect(read('C1')).toEqual([[105]]);
  });

  it('E1RM and LOADFOR', () => {
    const { type, read } = sheet();
    type('A1', '=E1RM(100,8,2)');
    type('A2', '=LOADFOR(A1,8,2)');
    expect(read('A1:A2')).toEqual([[135.3], [100]]);
  });

  it('OFFSEASON spills the whole program', () => {
    const { type, read } = sheet();
    type('A1', '=OFFSEASON(4,2)');
    const table = read('A1:I80');
    expect(table[0]).toEqual([
      'Week',
      'Session',
      'Workout',
      'Block',
      'Rounds',
      'Exercise',
      'Prescription',
      'Load kind',
      '',
    ]);
    expect(table.filter((row) => typeof row[0] === 'number')).toHaveLength(72);
    type('K1', '=OFFSEASON(6,3)');
    expect(read('K1:K200').filter(([v]) => typeof v === 'number')).toHaveLength(162);
  });

  it('shows a clear error on #ERROR!', () => {
    const { rt, at, type, read } = sheet();
    type('A1', '=NEXTLOAD("abc",2)');
    expect(read('A1')).toEqual([['#ERROR!']]);
    expect(rt.errorMessage(at('A1'))).toMatch(/^NEXTLOAD: load must be from 0 to 10000/);
  });
});
