import type { ConditionalRuleSpec } from '../engine/model';
import { normalizeColor } from './colors';
import type { Env } from './env';
import { rangeHandle, rangesAt } from './env';
import type { GasInfo } from './gas';
import { asEnum, asGas } from './gas';

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const CONDITION_API = [
  'getBackground',
  'getBold',
  'getCriteriaType',
  'getCriteriaValues',
  'getFontColor',
  'getItalic',
  'getStrikethrough',
  'getUnderline',
] as const satisfies readonly (keyof GCondition)[];

export class FakeBooleanCondition implements Pick<GCondition, (typeof CONDITION_API)[number]> {
  static readonly gas: GasInfo = { name: 'BooleanCondition', methods: CONDITION_API };

  constructor(private readonly spec: ConditionalRuleSpec) {}

  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }

  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return asEnum(this.spec.condition.kind === 'boolean' ? this.spec.condition.type : '');
  }

  getCriteriaValues(): unknown[] {
    return this.spec.condition.kind === 'boolean' ? [...this.spec.condition.values] : [];
  }

  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }

  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }

  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough ?? null;
  }

  getUnderline(): boolean | null {
    return this.spec.format.underline ?? null;
  }
}

const RULE_API = [
  'copy',
  'getBooleanCondition',
  'getRanges',
] as const satisfies readonly (keyof GRule)[];

export class FakeConditionalFormatRule implements Pick<GRule, (typeof RULE_API)[number]> {
  static readonly gas: GasInfo = { name: 'ConditionalFormatRule', methods: RULE_API };

  constructor(
    private readonly env: Env,
    readonly spec: ConditionalRuleSpec,
  ) {}

  copy(): GBuilder {
    return asGas(new FakeConditionalFormatRuleBuilder(this.env, structuredClone(this.spec)));
  }

  getBooleanCondition(): GCondition | null {
    return this.spec.condition.kind === 'boolean'
      ? asGas(new FakeBooleanCondition(this.spec))
      : null;
  }

  getRanges(): GRange[] {
    return rangesAt(this.env, this.spec.ranges);
  }
}

const BUILDER_API = [
  'build',
  'copy',
  'getBooleanCondition',
  'getRanges',
  'setBackground',
  'setBold',
  'setFontColor',
  'setItalic',
  'setRanges',
  'setStrikethrough',
  'setUnderline',
  'whenCellEmpty',
  'whenCellNotEmpty',
  'whenFormulaSatisfied',
  'whenNumberBetween',
  'whenNumberEqualTo',
  'whenNumberGreaterThan',
  'whenNumberGreaterThanOrEqualTo',
  'whenNumberLessThan',
  'whenNumberLessThanOrEqualTo',
  'whenNumberNotBetween',
  'whenNumberNotEqualTo',
  'whenTextContains',
  'whenTextDoesNotContain',
  'whenTextEndsWith',
  'whenTextEqualTo',
  'whenTextStartsWith',
] as const satisfies readonly (keyof GBuilder)[];

/** Rules are stored and returned, never applied: Sheets' getBackground ignores them too. */
export class FakeConditionalFormatRuleBuilder
  implements Pick<GBuilder, (typeof BUILDER_API)[number]>
{
  static readonly gas: GasInfo = { name: 'ConditionalFormatRuleBuilder', methods: BUILDER_API };

  constructor(
    private readonly env: Env,
    private spec: ConditionalRuleSpec = {
      ranges: [],
      condition: { kind: 'boolean', type: '', values: [] },
      format: {},
    },
  ) {}

  private when(type: string, values: (string | number)[]): GBuilder {
    this.spec.condition = { kind: 'boolean', type, values };
    return asGas(this);
  }

  private format(patch: ConditionalRuleSpec['format']): GBuilder {
    this.spec.format = { ...this.spec.format, ...patch };
    return asGas(this);
  }

  build(): GRule {
    if (this.spec.condition.kind === 'boolean' && !this.spec.condition.type) {
      this.env.fail(this.env.msg.conditionMissing);
    }
    return asGas(new FakeConditionalFormatRule(this.env, structuredClone(this.spec)));
  }

  copy(): GBuilder {
    return asGas(new FakeConditionalFormatRuleBuilder(this.env, structuredClone(this.spec)));
  }

  getBooleanCondition(): GCondition | null {
    return this.spec.condition.kind === 'boolean'
      ? asGas(new FakeBooleanCondition(this.spec))
      : null;
  }

  getRanges(): GRange[] {
    return rangesAt(this.env, this.spec.ranges);
  }

  setBackground(color: string | null): GBuilder {
    return this.format({ background: normalizeColor(color) });
  }

  setBold(bold: boolean | null): GBuilder {
    return this.format({ bold: bold ?? undefined });
  }

  setFontColor(color: string | null): GBuilder {
    return this.format({ fontColor: normalizeColor(color) });
  }

  setItalic(italic: boolean | null): GBuilder {
    return this.format({ italic: italic ?? undefined });
  }

  setStrikethrough(strikethrough: boolean | null): GBuilder {
    return this.format({ strikethrough: strikethrough ?? undefined });
  }

  setUnderline(underline: boolean | null): GBuilder {
    return this.format({ underline: underline ?? undefined });
  }

  setRanges(ranges: GRange[]): GBuilder {
    this.spec.ranges = ranges.map((r) => {
      const range = rangeHandle(r);
      return { sheetId: range.model.id, rect: { ...range.rect } };
    });
    return asGas(this);
  }

  whenCellEmpty(): GBuilder {
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): GBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): GBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  whenNumberBetween(start: number, end: number): GBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(n: number): GBuilder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }

  whenNumberGreaterThan(n: number): GBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }

  whenNumberGreaterThanOrEqualTo(n: number): GBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  whenNumberLessThan(n: number): GBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }

  whenNumberLessThanOrEqualTo(n: number): GBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  whenNumberNotBetween(start: number, end: number): GBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberNotEqualTo(n: number): GBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }

  whenTextContains(text: string): GBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): GBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextEndsWith(text: string): GBuilder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }

  whenTextEqualTo(text: string): GBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextStartsWith(text: string): GBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
}
