/**
 * The OAuth scopes each faked method needs, from the "Authorization" section Google's reference
 * gives every method ("Scripts that use this method require authorization with one or more of the
 * following scopes"): any one of a method's scopes is enough. A method whose page has no
 * Authorization section needs none.
 */

export const SCOPES = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
} as const;

const SPREADSHEET = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets] as const;
const NONE: readonly string[] = [];

interface ClassScopes {
  /** Every method of the class not listed in `methods`. */
  readonly all: readonly string[];
  readonly methods?: Readonly<Record<string, readonly string[]>>;
}

// Spreadsheet service: every method of these classes lists spreadsheets.currentonly or
// spreadsheets (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app,
// …/spreadsheet, …/sheet, …/range, …/range-list, …/protection, …/named-range,
// …/developer-metadata, …/developer-metadata-finder, …/developer-metadata-location), except
// SpreadsheetApp.getUi and the two builder factories, which have no Authorization section.
const SPREADSHEET_CLASS: ClassScopes = { all: SPREADSHEET };

// The rule builders and the rules they build are plain values: their pages
// (…/spreadsheet/data-validation-builder, …/data-validation, …/conditional-format-rule-builder,
// …/conditional-format-rule, …/boolean-condition) have no Authorization sections.
const PLAIN: ClassScopes = { all: NONE };

const TABLE: Readonly<Record<string, ClassScopes>> = {
  SpreadsheetApp: {
    all: SPREADSHEET,
    methods: { getUi: NONE, newDataValidation: NONE, newConditionalFormatRule: NONE },
  },
  Spreadsheet: SPREADSHEET_CLASS,
  Sheet: SPREADSHEET_CLASS,
  Range: SPREADSHEET_CLASS,
  RangeList: SPREADSHEET_CLASS,
  Protection: SPREADSHEET_CLASS,
  NamedRange: SPREADSHEET_CLASS,
  DeveloperMetadata: SPREADSHEET_CLASS,
  DeveloperMetadataFinder: SPREADSHEET_CLASS,
  DeveloperMetadataLocation: SPREADSHEET_CLASS,
  // …/spreadsheet/embedded-chart and …/container-info list the spreadsheet scopes; the builder
  // (…/embedded-chart-builder) is held to them too, the stricter reading: a chart is built to be
  // inserted, which needs them anyway.
  EmbeddedChart: SPREADSHEET_CLASS,
  EmbeddedChartBuilder: SPREADSHEET_CLASS,
  ContainerInfo: SPREADSHEET_CLASS,
  // reference/charts/charts, …/chart-options: the Charts service's enums and options need none.
  Charts: PLAIN,
  ChartOptions: PLAIN,
  DataValidation: PLAIN,
  DataValidationBuilder: PLAIN,
  ConditionalFormatRule: PLAIN,
  ConditionalFormatRuleBuilder: PLAIN,
  BooleanCondition: PLAIN,
  // reference/base/ui: dialogs, sidebars, alerts and prompts need script.container.ui; building
  // a menu does not (an add-on builds it in AuthMode.NONE, before any scope is granted).
  Ui: {
    all: NONE,
    methods: {
      alert: [SCOPES.containerUi],
      prompt: [SCOPES.containerUi],
      showModalDialog: [SCOPES.containerUi],
      showModelessDialog: [SCOPES.containerUi],
      showSidebar: [SCOPES.containerUi],
    },
  },
  Menu: PLAIN,
  PromptResponse: PLAIN,
  // reference/html/html-service, …/html-output, …/html-template: no Authorization sections.
  HtmlService: PLAIN,
  HtmlOutput: PLAIN,
  HtmlTemplate: PLAIN,
  // reference/base/session: getActiveUser and getEffectiveUser need userinfo.email.
  Session: {
    all: NONE,
    methods: { getActiveUser: [SCOPES.userinfoEmail], getEffectiveUser: [SCOPES.userinfoEmail] },
  },
  User: PLAIN,
  // reference/script/script-app#getProjectTriggers(): script.scriptapp.
  ScriptApp: { all: NONE, methods: { getProjectTriggers: [SCOPES.scriptApp] } },
  AuthorizationInfo: PLAIN,
  // reference/properties, reference/lock, reference/utilities, reference/base/logger: none.
  PropertiesService: PLAIN,
  Properties: PLAIN,
  LockService: PLAIN,
  Lock: PLAIN,
  Utilities: PLAIN,
  Logger: PLAIN,
};

/** The scopes `Class.method` needs (any one suffices); empty when it needs none. */
export function requiredScopes(className: string, method: string): readonly string[] {
  const entry = TABLE[className];
  if (!entry) throw new Error(`No scope entry for Apps Script class ${className}.`);
  return entry.methods?.[method] ?? entry.all;
}

/** The classes the table covers: a test checks every fake is among them. */
export const SCOPED_CLASSES: readonly string[] = Object.keys(TABLE);

/**
 * What the manifest grants. Without an `oauthScopes` list Apps Script finds the scopes by reading
 * the code, so everything the code calls is granted (guides/services/authorization#manual).
 */
export type Grant = ReadonlySet<string> | 'all';

export function grantOf(oauthScopes: readonly string[] | undefined): Grant {
  return oauthScopes === undefined ? 'all' : new Set(oauthScopes);
}

/** The scopes `Class.method` is missing under `grant`, or undefined when it may run. */
export function missingScopes(
  grant: Grant,
  className: string,
  method: string,
): readonly string[] | undefined {
  const needed = requiredScopes(className, method);
  if (grant === 'all' || needed.length === 0) return undefined;
  return needed.some((s) => grant.has(s)) ? undefined : needed;
}
