import { absoluteA1, parseA1, resolveA1 } from '../core/a1';
import type { ValidationSpec } from '../engine/model';
import type { Env } from './env';
import { rangeHandle } from './env';
import type { GasInfo } from './gas';
import { asEnum, asGas } from './gas';

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

function criteriaValues(env: Env, spec: ValidationSpec): unknown[] {
  if (spec.criteria !== 'VALUE_IN_RANGE') return structuredClone(spec.args);
  const [a1, dropdown] = spec.args;
  const ref = typeof a1 === 'string' ? parseA1(a1) : undefined;
  const sheet = ref?.sheetName === undefined ? undefined : env.wb.sheetByName(ref.sheetName);
  const rect = ref && sheet ? resolveA1(ref, sheet.maxRows, sheet.maxCols) : undefined;
  return [sheet && rect ? env.make.range(sheet, rect) : null, dropdown];
}

const VALIDATION_API = [
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
] as const satisfies readonly (keyof GDataValidation)[];

export class FakeDataValidation implements Pick<GDataValidation, (typeof VALIDATION_API)[number]> {
  static readonly gas: GasInfo = { name: 'DataValidation', methods: VALIDATION_API };

  constructor(
    private readonly env: Env,
    readonly spec: ValidationSpec,
  ) {}

  copy(): GBuilder {
    return asGas(new FakeDataValidationBuilder(this.env, structuredClone(this.spec)));
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asEnum(this.spec.criteria);
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.env, this.spec);
  }

  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

const BUILDER_API = [
  'build',
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
  'requireCheckbox',
  'requireDate',
  'requireFormulaSatisfied',
  'requireNumberBetween',
  'requireNumberEqualTo',
  'requireNumberGreaterThan',
  'requireNumberGreaterThanOrEqualTo',
  'requireNumberLessThan',
  'requireNumberLessThanOrEqualTo',
  'requireNumberNotBetween',
  'requireNumberNotEqualTo',
  'requireTextContains',
  'requireTextDoesNotContain',
  'requireTextEqualTo',
  'requireTextIsEmail',
  'requireTextIsUrl',
  'requireValueInList',
  'requireValueInRange',
  'setAllowInvalid',
  'setHelpText',
  'withCriteria',
] as const satisfies readonly (keyof GBuilder)[];

/** Criteria kept as plain data so validations serialize; a new rule allows invalid input (Sheets' default). */
export class FakeDataValidationBuilder implements Pick<GBuilder, (typeof BUILDER_API)[number]> {
  static readonly gas: GasInfo = { name: 'DataValidationBuilder', methods: BUILDER_API };

  constructor(
    private readonly env: Env,
    private spec: ValidationSpec = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ) {}

  private set(criteria: string, args: ValidationSpec['args']): GBuilder {
    this.spec = { ...this.spec, criteria, args };
    return asGas(this);
  }

  build(): GDataValidation {
    if (!this.spec.criteria) this.env.fail(this.env.msg.validationCriteriaMissing);
    return asGas(new FakeDataValidation(this.env, structuredClone(this.spec)));
  }

  copy(): GBuilder {
    return asGas(new FakeDataValidationBuilder(this.env, structuredClone(this.spec)));
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asEnum(this.spec.criteria);
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.env, this.spec);
  }

  getHelpText(): string | null {
    return this.spec.helpText;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GBuilder {
    const args = [checkedValue, uncheckedValue]
      .filter((v) => v !== undefined)
      .map((v) => v as string | number | boolean);
    return this.set('CHECKBOX', args);
  }

  requireDate(): GBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireFormulaSatisfied(formula: string): GBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): GBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(n: number): GBuilder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }

  requireNumberGreaterThan(n: number): GBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): GBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberLessThan(n: number): GBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): GBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberNotBetween(start: number, end: number): GBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberNotEqualTo(n: number): GBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }

  requireTextContains(text: string): GBuilder {
    return this.set('TEXT_CONTAINS', [text]);
  }

  requireTextDoesNotContain(text: string): GBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  requireTextEqualTo(text: string): GBuilder {
    return this.set('TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): GBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): GBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }

  requireValueInList(values: string[], showDropdown = true): GBuilder {
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireValueInRange(range: GRange, showDropdown = true): GBuilder {
    const r = rangeHandle(range);
    return this.set('VALUE_IN_RANGE', [absoluteA1(r.model.name, r.rect), showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): GBuilder {
    this.spec = { ...this.spec, allowInvalid: Boolean(allowInvalidData) };
    return asGas(this);
  }

  setHelpText(helpText: string): GBuilder {
    this.spec = { ...this.spec, helpText: String(helpText) };
    return asGas(this);
  }

  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): GBuilder {
    return this.set(String(criteria), args as ValidationSpec['args']);
  }
}
