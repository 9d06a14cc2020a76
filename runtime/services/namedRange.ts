import type { Env } from './env';
import { rangeHandle } from './env';
import type { GasInfo } from './gas';
import { asGas } from './gas';

type GNamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const NAMED_RANGE_API = [
  'getName',
  'getRange',
  'remove',
  'setName',
  'setRange',
] as const satisfies readonly (keyof GNamedRange)[];

/** Named ranges are engine named expressions, so formulas can use them and row edits move them. */
export class FakeNamedRange implements Pick<GNamedRange, (typeof NAMED_RANGE_API)[number]> {
  static readonly gas: GasInfo = { name: 'NamedRange', methods: NAMED_RANGE_API };

  constructor(
    private readonly env: Env,
    private name: string,
  ) {}

  private info() {
    const info = this.env.wb.namedRange(this.name);
    if (!info) return this.env.fail(this.env.msg.namedRangeGone(this.name));
    return info;
  }

  getName(): string {
    return this.info().name;
  }

  getRange(): GRange {
    const { sheet, rect } = this.info();
    return asGas(this.env.make.range(sheet, rect));
  }

  remove(): void {
    this.env.wb.removeNamedRange(this.name);
  }

  setName(name: string): GNamedRange {
    const { sheet, rect } = this.info();
    if (!this.env.wb.isValidName(name)) this.env.fail(this.env.msg.invalidNamedRange(String(name)));
    this.env.wb.removeNamedRange(this.name);
    this.env.wb.setNamedRange(name, sheet, rect);
    this.name = name;
    return asGas(this);
  }

  setRange(range: GRange): GNamedRange {
    const r = rangeHandle(range);
    this.env.wb.setNamedRange(this.info().name, r.model, r.rect);
    return asGas(this);
  }
}
