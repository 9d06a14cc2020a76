import type { Env, RangeHandle } from './env';
import type { BorderArgs, GasInfo } from './gas';
import { asGas } from './gas';

type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type ClearOptions = Parameters<GRange['clear']>[0];

const RANGE_LIST_API = [
  'activate',
  'breakApart',
  'check',
  'clear',
  'clearContent',
  'clearDataValidations',
  'clearFormat',
  'clearNote',
  'getRanges',
  'insertCheckboxes',
  'removeCheckboxes',
  'setBackground',
  'setBorder',
  'setFontColor',
  'setFontFamily',
  'setFontLine',
  'setFontSize',
  'setFontStyle',
  'setFontWeight',
  'setFormula',
  'setHorizontalAlignment',
  'setNote',
  'setNumberFormat',
  'setValue',
  'setVerticalAlignment',
  'setWrap',
  'setWrapStrategy',
  'uncheck',
] as const satisfies readonly (keyof GRangeList)[];

/**
 * One counted call applied to many ranges: the reason RangeList exists. The inner range calls
 * are on raw fakes, so they are not counted again.
 */
export class FakeRangeList implements Pick<GRangeList, (typeof RANGE_LIST_API)[number]> {
  static readonly gas: GasInfo = { name: 'RangeList', methods: RANGE_LIST_API };

  constructor(
    private readonly env: Env,
    readonly ranges: RangeHandle[],
  ) {}

  private each(fn: (r: RangeHandle) => unknown): GRangeList {
    // All or nothing: a protected range refuses the whole call before anything changes.
    for (const r of this.ranges) this.env.guard(r.model, r.rect);
    for (const r of this.ranges) fn(r);
    return asGas(this);
  }

  activate(): GRangeList {
    const last = this.ranges[this.ranges.length - 1];
    last?.activate();
    return asGas(this);
  }

  breakApart(): GRangeList {
    return this.each((r) => r.breakApart());
  }

  check(): GRangeList {
    return this.each((r) => r.check());
  }

  clear(options?: ClearOptions): GRangeList {
    return this.each((r) => r.clear(options ?? {}));
  }

  clearContent(): GRangeList {
    return this.each((r) => r.clearContent());
  }

  clearDataValidations(): GRangeList {
    return this.each((r) => r.clearDataValidations());
  }

  clearFormat(): GRangeList {
    return this.each((r) => r.clearFormat());
  }

  clearNote(): GRangeList {
    return this.each((r) => r.clearNote());
  }

  getRanges(): GRange[] {
    return this.ranges.map((r) => asGas(r));
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRangeList {
    return this.each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }

  removeCheckboxes(): GRangeList {
    return this.each((r) => r.removeCheckboxes());
  }

  setBackground(color: string | null): GRangeList {
    return this.each((r) => r.setBackground(color));
  }

  setBorder(...args: BorderArgs): GRangeList {
    // The fake takes the colour and style as optional, as Apps Script does.
    return this.each((r) => r.setBorder(...(args as Required<BorderArgs>)));
  }

  setFontColor(color: string | null): GRangeList {
    return this.each((r) => r.setFontColor(color));
  }

  setFontFamily(fontFamily: string | null): GRangeList {
    return this.each((r) => r.setFontFamily(fontFamily));
  }

  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GRangeList {
    return this.each((r) => r.setFontLine(fontLine));
  }

  setFontSize(size: number): GRangeList {
    return this.each((r) => r.setFontSize(size));
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRangeList {
    return this.each((r) => r.setFontStyle(fontStyle));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this.each((r) => r.setFontWeight(fontWeight));
  }

  setFormula(formula: string): GRangeList {
    return this.each((r) => r.setFormula(formula));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRangeList {
    return this.each((r) => r.setHorizontalAlignment(alignment));
  }

  setNote(note: string | null): GRangeList {
    return this.each((r) => r.setNote(note));
  }

  setNumberFormat(numberFormat: string): GRangeList {
    return this.each((r) => r.setNumberFormat(numberFormat));
  }

  setValue(value: unknown): GRangeList {
    return this.each((r) => r.setValue(value));
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }

  setWrap(isWrapEnabled: boolean): GRangeList {
    return this.each((r) => r.setWrap(isWrapEnabled));
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRangeList {
    return this.each((r) => r.setWrapStrategy(strategy));
  }

  uncheck(): GRangeList {
    return this.each((r) => r.uncheck());
  }
}
