import type { GridRect } from '../core/grid';
import type { ChartSpec } from '../engine/model';
import type { Env } from './env';
import { rangeHandle, rangesAt } from './env';
import type { GasInfo } from './gas';
import { asEnum, asGas, ENUMS } from './gas';

/**
 * Embedded charts (reference/spreadsheet/embedded-chart, …/embedded-chart-builder,
 * …/container-info, reference/charts/chart-options). A builder is a local object until
 * `Sheet.insertChart` or `Sheet.updateChart` stores what it built on the sheet.
 */
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GContainer = GoogleAppsScript.Spreadsheet.ContainerInfo;
type GOptions = GoogleAppsScript.Charts.ChartOptions;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/**
 * A new builder's settings. IGNORE_BOTH is Google's documented default strategy
 * (reference/charts/chart-hidden-dimension-strategy); id 0 means "not in a spreadsheet yet".
 */
export const newChartSpec = (): ChartSpec => ({
  id: 0,
  type: '',
  ranges: [],
  anchor: { row: 0, col: 0, offsetX: 0, offsetY: 0 },
  options: {},
  numHeaders: -1,
  mergeStrategy: 'MERGE_COLUMNS',
  hiddenDimensionStrategy: 'IGNORE_BOTH',
  transpose: false,
});

const CONTAINER_API = [
  'getAnchorColumn',
  'getAnchorRow',
  'getOffsetX',
  'getOffsetY',
] as const satisfies readonly (keyof GContainer)[];

export class FakeContainerInfo implements Pick<GContainer, (typeof CONTAINER_API)[number]> {
  static readonly gas: GasInfo = { name: 'ContainerInfo', methods: CONTAINER_API };

  constructor(private readonly anchor: ChartSpec['anchor']) {}

  getAnchorColumn(): number {
    return this.anchor.col + 1;
  }

  getAnchorRow(): number {
    return this.anchor.row + 1;
  }

  getOffsetX(): number {
    return this.anchor.offsetX;
  }

  getOffsetY(): number {
    return this.anchor.offsetY;
  }
}

const OPTIONS_API = ['get'] as const satisfies readonly (keyof GOptions)[];

export class FakeChartOptions implements Pick<GOptions, (typeof OPTIONS_API)[number]> {
  static readonly gas: GasInfo = { name: 'ChartOptions', methods: OPTIONS_API };

  constructor(private readonly options: Record<string, unknown>) {}

  /** An option as set (`title`, `series.1.targetAxisIndex`), or null when it never was. */
  get(option: string): unknown {
    return structuredClone(this.options[String(option)] ?? null);
  }
}

const CHART_API = [
  'getChartId',
  'getContainerInfo',
  'getHiddenDimensionStrategy',
  'getMergeStrategy',
  'getNumHeaders',
  'getOptions',
  'getRanges',
  'getTransposeRowsAndColumns',
  'modify',
] as const satisfies readonly (keyof GChart)[];

export class FakeEmbeddedChart implements Pick<GChart, (typeof CHART_API)[number]> {
  static readonly gas: GasInfo = { name: 'EmbeddedChart', methods: CHART_API };

  constructor(
    private readonly env: Env,
    /** A copy: changing a chart takes `modify()…build()` and `Sheet.updateChart`. */
    readonly spec: ChartSpec,
  ) {}

  /** "A stable identifier … or null if the chart is not in a spreadsheet" (not yet inserted). */
  getChartId(): number | null {
    return this.spec.id === 0 ? null : this.spec.id;
  }

  getContainerInfo(): GContainer {
    return asGas(new FakeContainerInfo({ ...this.spec.anchor }));
  }

  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return asEnum(this.spec.hiddenDimensionStrategy);
  }

  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return asEnum(this.spec.mergeStrategy);
  }

  getNumHeaders(): number {
    return this.spec.numHeaders;
  }

  getOptions(): GOptions {
    return asGas(new FakeChartOptions(this.spec.options));
  }

  getRanges(): GRange[] {
    return rangesAt(this.env, this.spec.ranges);
  }

  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }

  modify(): GBuilder {
    return asGas(new FakeEmbeddedChartBuilder(this.env, structuredClone(this.spec)));
  }
}

const BUILDER_API = [
  'addRange',
  'build',
  'clearRanges',
  'getChartType',
  'getContainer',
  'getRanges',
  'removeRange',
  'setChartType',
  'setHiddenDimensionStrategy',
  'setMergeStrategy',
  'setNumHeaders',
  'setOption',
  'setPosition',
  'setTransposeRowsAndColumns',
] as const satisfies readonly (keyof GBuilder)[];

const sameRect = (a: GridRect, b: GridRect) =>
  a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

export class FakeEmbeddedChartBuilder implements Pick<GBuilder, (typeof BUILDER_API)[number]> {
  static readonly gas: GasInfo = { name: 'EmbeddedChartBuilder', methods: BUILDER_API };

  constructor(
    private readonly env: Env,
    private readonly spec: ChartSpec,
  ) {}

  private range(range: GRange, method: string): { sheetId: number; rect: GridRect } {
    const at = rangeHandle(range);
    if (typeof at !== 'object' || at === null || !at.model || !at.rect)
      this.env.fail(
        this.env.msg.badParameters(
          typeof range,
          `SpreadsheetApp.EmbeddedChartBuilder.${method}`,
          this.env.msg.expected('a Range'),
        ),
      );
    return { sheetId: at.model.id, rect: { ...at.rect } };
  }

  addRange(range: GRange): GBuilder {
    this.spec.ranges.push(this.range(range, 'addRange'));
    return asGas(this);
  }

  removeRange(range: GRange): GBuilder {
    const gone = this.range(range, 'removeRange');
    this.spec.ranges = this.spec.ranges.filter(
      (r) => !(r.sheetId === gone.sheetId && sameRect(r.rect, gone.rect)),
    );
    return asGas(this);
  }

  clearRanges(): GBuilder {
    this.spec.ranges = [];
    return asGas(this);
  }

  getRanges(): GRange[] {
    return rangesAt(this.env, this.spec.ranges);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this.spec.type = String(type);
    return asGas(this);
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return asEnum(this.spec.type);
  }

  setHiddenDimensionStrategy(
    strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy,
  ): GBuilder {
    this.spec.hiddenDimensionStrategy = String(strategy);
    return asGas(this);
  }

  setMergeStrategy(strategy: GoogleAppsScript.Charts.ChartMergeStrategy): GBuilder {
    this.spec.mergeStrategy = String(strategy);
    return asGas(this);
  }

  setNumHeaders(headers: number): GBuilder {
    this.spec.numHeaders = Number(headers);
    return asGas(this);
  }

  setTransposeRowsAndColumns(transpose: boolean): GBuilder {
    this.spec.transpose = Boolean(transpose);
    return asGas(this);
  }

  /** Options are kept as set, copied so a later change to the script's object changes nothing. */
  setOption(option: string, value: unknown): GBuilder {
    this.spec.options[String(option)] = structuredClone(value);
    return asGas(this);
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): GBuilder {
    this.spec.anchor = {
      row: Math.max(0, anchorRowPos - 1),
      col: Math.max(0, anchorColPos - 1),
      offsetX,
      offsetY,
    };
    return asGas(this);
  }

  getContainer(): GContainer {
    return asGas(new FakeContainerInfo({ ...this.spec.anchor }));
  }

  build(): GChart {
    return asGas(new FakeEmbeddedChart(this.env, structuredClone(this.spec)));
  }
}

/** The `Charts` global: only its enums (reference/charts/charts); nothing here needs a scope. */
const CHARTS_PROPS = [
  'ChartHiddenDimensionStrategy',
  'ChartMergeStrategy',
  'ChartType',
  'CurveStyle',
  'PointStyle',
  'Position',
] as const;

export class FakeCharts {
  static readonly gas: GasInfo = { name: 'Charts', methods: [], props: CHARTS_PROPS };
  readonly ChartHiddenDimensionStrategy = ENUMS.ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ENUMS.ChartMergeStrategy;
  readonly ChartType = ENUMS.ChartType;
  readonly CurveStyle = ENUMS.CurveStyle;
  readonly PointStyle = ENUMS.PointStyle;
  readonly Position = ENUMS.Position;
}
