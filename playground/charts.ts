import type { ChartView, Runtime } from '../runtime';
import { columnLetters } from '../runtime/core/a1';
import type { ChartDrawing, SeriesDrawing } from './types';

/** Sheets' default size for a new embedded chart, and its first series colours. */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

type Options = Record<string, unknown>;

/**
 * Options as a script sets them (`setOption('series', {1: {…}})` or
 * `setOption('series.1.targetAxisIndex', 1)`), read as one nested object.
 */
export function nested(flat: Readonly<Record<string, unknown>>): Options {
  const root: Options = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let at = root;
    for (const key of keys.slice(0, -1)) {
      const next = at[key];
      at[key] = typeof next === 'object' && next !== null ? next : {};
      at = at[key] as Options;
    }
    const last = keys[keys.length - 1] ?? '';
    const old = at[last];
    at[last] =
      typeof old === 'object' && old !== null && typeof value === 'object' && value !== null
        ? { ...(old as Options), ...(value as Options) }
        : value;
  }
  return root;
}

const pick = (o: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Options)[String(key)] : undefined),
    o,
  );

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const label = (v: unknown): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);

/** What the page needs to draw one chart: its categories and series, styled by its options. */
export function chartDrawing(chart: ChartView): ChartDrawing {
  const options = nested(chart.options);
  const { header, rows } = chart.table;
  const combo = chart.type === 'COMBO' || chart.type === 'COLUMN';
  const base: SeriesDrawing['kind'] =
    chart.type === 'COLUMN' || text(options.seriesType) === 'bars' ? 'bars' : 'line';
  const colors = Array.isArray(options.colors) ? options.colors.map(String) : PALETTE;
  const series = header.slice(1).map((name, i): SeriesDrawing => {
    const own = pick(options, 'series', i);
    const kind =
      combo && text(pick(own, 'type')) === 'bars'
        ? 'bars'
        : combo && text(pick(own, 'type')) === 'line'
          ? 'line'
          : base;
    return {
      label: name || `Series ${i + 1}`,
      kind,
      axis: pick(own, 'targetAxisIndex') === 1 ? 1 : 0,
      color: text(pick(own, 'color')) || colors[i % colors.length] || '#000',
      values: rows.map((row) => (typeof row[i + 1] === 'number' ? (row[i + 1] as number) : null)),
    };
  });
  return {
    id: chart.id,
    title: text(options.title),
    anchor: `${columnLetters(chart.anchor.column - 1)}${chart.anchor.row}`,
    offsetX: chart.anchor.offsetX,
    offsetY: chart.anchor.offsetY,
    width: typeof options.width === 'number' ? options.width : DEFAULT_WIDTH,
    height: typeof options.height === 'number' ? options.height : DEFAULT_HEIGHT,
    categories: rows.map((row) => label(row[0])),
    series,
    axisTitles: [
      text(pick(options, 'vAxes', 0, 'title')),
      text(pick(options, 'vAxes', 1, 'title')),
    ],
  };
}

export function chartDrawings(rt: Runtime, sheetName: string): ChartDrawing[] {
  return rt.charts(sheetName).map(chartDrawing);
}
