import { FakeConditionalFormatRuleBuilder } from './conditionalFormat';
import { FakeDataValidationBuilder } from './dataValidation';
import type { Env } from './env';
import { rangeHandle, sheetHandle } from './env';
import type { GasInfo } from './gas';
import { asGas, ENUMS } from './gas';
import { FakeUi } from './ui';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const APP_API = [
  'flush',
  'getActive',
  'getActiveRange',
  'getActiveSheet',
  'getActiveSpreadsheet',
  'getCurrentCell',
  'getUi',
  'newConditionalFormatRule',
  'newDataValidation',
  'setActiveRange',
  'setActiveSheet',
] as const satisfies readonly (keyof GApp)[];

const ENUM_PROPS = [
  'BooleanCriteria',
  'BorderStyle',
  'DataValidationCriteria',
  'DeveloperMetadataLocationType',
  'DeveloperMetadataVisibility',
  'Dimension',
  'ProtectionType',
  'WrapStrategy',
] as const;

export class FakeSpreadsheetApp implements Pick<GApp, (typeof APP_API)[number]> {
  static readonly gas: GasInfo = { name: 'SpreadsheetApp', methods: APP_API, props: ENUM_PROPS };
  readonly BooleanCriteria = ENUMS.BooleanCriteria;
  readonly BorderStyle = ENUMS.BorderStyle;
  readonly DataValidationCriteria = ENUMS.DataValidationCriteria;
  readonly DeveloperMetadataLocationType = ENUMS.DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = ENUMS.DeveloperMetadataVisibility;
  readonly Dimension = ENUMS.Dimension;
  readonly ProtectionType = ENUMS.ProtectionType;
  readonly WrapStrategy = ENUMS.WrapStrategy;

  constructor(private readonly env: Env) {}

  /** The engine recalculates synchronously, so there is never anything pending. */
  flush(): void {}

  getActiveSpreadsheet(): GSpreadsheet {
    return asGas(this.env.make.spreadsheet());
  }

  getActive(): GSpreadsheet {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): GSheet {
    return this.env.make.spreadsheet().getActiveSheet();
  }

  setActiveSheet(sheet: GSheet): GSheet {
    return sheetHandle(sheet).activate();
  }

  getActiveRange(): GRange {
    return this.env.make.spreadsheet().getActiveRange() as GRange;
  }

  setActiveRange(range: GRange): GRange {
    return rangeHandle(range).activate();
  }

  getCurrentCell(): GRange {
    return this.env.make.spreadsheet().getCurrentCell() as GRange;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return asGas(new FakeUi(this.env));
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas(new FakeDataValidationBuilder(this.env));
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asGas(new FakeConditionalFormatRuleBuilder(this.env));
  }
}
