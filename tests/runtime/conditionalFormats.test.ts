import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../runtime';

const CODE = `
function rules() {
  var sh = SpreadsheetApp.getActiveSheet();
  var range = sh.getRange('B2:C4');
  sh.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(8).setBackground('#f4cccc').setBold(true).setRanges([range]).build(),
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$B2<5').setBackground('#d9ead3').setRanges([range]).build(),
    SpreadsheetApp.newConditionalFormatRule().whenTextContains('SQU').setFontColor('#990000').setRanges([sh.getRange('A1:A9')]).build(),
    SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#eeeeee').setRanges([sh.getRange('A5')]).build(),
  ]);
}
`;

describe('conditional formats as shown', () => {
  it('apply the first rule that holds, with custom formulas moving from the rule’s top-left cell', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('rules');
    rt.edit('B2', 9);
    rt.edit('B3', 3);
    rt.edit('C3', 9);
    rt.edit('B4', 6);
    rt.edit('A1', 'Back squat');
    const shown = rt.conditionalFormats('A1:C5');
    // B2 > 8 takes the first rule; C2 sits on a row whose B is 9, not < 5.
    expect(shown[1]?.[1]).toEqual({ background: '#f4cccc', bold: true });
    expect(shown[1]?.[2]).toBeNull();
    // Row 3: B3 is 3, so `$B3<5` colours both cells, except C3 (9) where the first rule wins.
    expect(shown[2]?.[1]).toEqual({ background: '#d9ead3' });
    expect(shown[2]?.[2]).toEqual({ background: '#f4cccc', bold: true });
    expect(shown[3]?.[1]).toBeNull();
    // Text conditions ignore case; an empty cell satisfies no number condition.
    expect(shown[0]?.[0]).toEqual({ fontColor: '#990000' });
    expect(shown[4]?.[0]).toEqual({ background: '#eeeeee' });
    expect(shown[4]?.[1]).toBeNull();
    // Nothing a script reads changes.
    expect(rt.formats('B2')[0]?.[0]?.background).toBeUndefined();
  });
});
