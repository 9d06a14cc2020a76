import type { ChartDrawing, SeriesDrawing } from '../types';

/**
 * Embedded charts drawn over the grid, as Sheets floats them: an SVG at the anchor cell, with
 * lines and bars on a left and an optional right axis, a title and a legend. Every label is a
 * text node, so nothing from the sheet becomes markup.
 */
const SVG = 'http://www.w3.org/2000/svg';
const MARGIN = { top: 40, bottom: 56, left: 52, right: 20 };
const TICKS = 5;

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An axis from 0 (or the lowest value, when negative) to a round number above the highest. */
function scale(values: readonly (number | null)[]): { min: number; max: number; step: number } {
  const present = values.filter((v): v is number => v !== null);
  const high = Math.max(1, ...present);
  const low = Math.min(0, ...present);
  const rough = (high - low) / TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step, step };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function drawChart(chart: ChartDrawing): SVGSVGElement {
  const { width, height } = chart;
  const root = svg('svg', {
    class: 'chart',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': chart.title || 'Chart',
    'data-chart': chart.id,
  });
  root.append(svg('rect', { width, height, fill: '#fff', stroke: '#dadce0' }));
  if (chart.title) root.append(svg('text', { x: 16, y: 24, class: 'chart-title' }, chart.title));

  const right = chart.series.some((s) => s.axis === 1);
  const keys = legendItems(chart.series, width);
  const lines = Math.max(1, ...keys.map((k) => k.line + 1));
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - (right ? MARGIN.left : MARGIN.right),
    height: height - MARGIN.top - MARGIN.bottom - (lines - 1) * LEGEND_LINE,
  };
  const axes = ([0, 1] as const).map((axis) =>
    scale(chart.series.filter((s) => s.axis === axis).flatMap((s) => s.values)),
  );
  const y = (axis: 0 | 1, v: number) => {
    const a = axes[axis] ?? { min: 0, max: 1 };
    return plot.top + plot.height - ((v - a.min) / (a.max - a.min)) * plot.height;
  };
  const slot = plot.width / Math.max(1, chart.categories.length);
  const x = (i: number) => plot.left + slot * (i + 0.5);

  // Grid lines and tick labels: the left axis, then the right one when a series uses it.
  const left = axes[0];
  if (left) {
    for (let v = left.min; v <= left.max + 1e-9; v += left.step) {
      root.append(
        svg('line', {
          x1: plot.left,
          x2: plot.left + plot.width,
          y1: y(0, v),
          y2: y(0, v),
          class: 'chart-grid',
        }),
        svg(
          'text',
          { x: plot.left - 6, y: y(0, v) + 4, class: 'chart-tick', 'text-anchor': 'end' },
          String(round(v)),
        ),
      );
    }
  }
  const rightAxis = axes[1];
  if (right && rightAxis) {
    for (let v = rightAxis.min; v <= rightAxis.max + 1e-9; v += rightAxis.step) {
      root.append(
        svg(
          'text',
          { x: plot.left + plot.width + 6, y: y(1, v) + 4, class: 'chart-tick' },
          String(round(v)),
        ),
      );
    }
  }
  chart.axisTitles.forEach((title, axis) => {
    if (!title) return;
    const cx = axis === 0 ? 14 : width - 10;
    const cy = plot.top + plot.height / 2;
    root.append(
      svg(
        'text',
        {
          x: cx,
          y: cy,
          class: 'chart-axis',
          transform: `rotate(-90 ${cx} ${cy})`,
          'text-anchor': 'middle',
        },
        title,
      ),
    );
  });
  chart.categories.forEach((c, i) => {
    root.append(
      svg(
        'text',
        { x: x(i), y: plot.top + plot.height + 16, class: 'chart-tick', 'text-anchor': 'middle' },
        c,
      ),
    );
  });

  const bars = chart.series.filter((s) => s.kind === 'bars');
  const barWidth = (slot * 0.7) / Math.max(1, bars.length);
  bars.forEach((s, b) => {
    s.values.forEach((v, i) => {
      if (v === null) return;
      const top = y(s.axis, Math.max(v, 0));
      const bottom = y(s.axis, Math.min(v, 0));
      root.append(
        svg('rect', {
          x: x(i) - (slot * 0.7) / 2 + b * barWidth,
          y: top,
          width: Math.max(1, barWidth - 2),
          height: Math.max(0, bottom - top),
          fill: s.color,
          class: 'chart-bar',
          'data-series': s.label,
        }),
      );
    });
  });
  for (const s of chart.series.filter((s) => s.kind === 'line')) root.append(line(s, x, y));
  root.append(legend(keys, height - (lines - 1) * LEGEND_LINE));
  return root;
}

/** A line through the values, broken where one is blank, with a dot on each point. */
function line(
  s: SeriesDrawing,
  x: (i: number) => number,
  y: (axis: 0 | 1, v: number) => number,
): SVGGElement {
  const group = svg('g', { class: 'chart-line', 'data-series': s.label });
  let d = '';
  let pen = false;
  s.values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${round(x(i))},${round(y(s.axis, v))}`;
    pen = true;
    group.append(svg('circle', { cx: x(i), cy: y(s.axis, v), r: 3, fill: s.color }));
  });
  group.prepend(svg('path', { d, fill: 'none', stroke: s.color, 'stroke-width': 2 }));
  return group;
}

/** A legend line's height, and a label's width a character (11 px text), to flow the keys. */
const LEGEND_LINE = 16;
const CHARACTER = 6.2;

interface LegendItem {
  readonly s: SeriesDrawing;
  readonly x: number;
  readonly line: number;
}

/** The keys side by side, each as wide as its label, onto a new line when the chart's width ends. */
function legendItems(series: readonly SeriesDrawing[], width: number): LegendItem[] {
  let x = 16;
  let line = 0;
  return series.map((s) => {
    const room = 18 + s.label.length * CHARACTER + 14;
    if (x > 16 && x + room > width - 16) {
      x = 16;
      line++;
    }
    const item = { s, x, line };
    x += room;
    return item;
  });
}

function legend(items: readonly LegendItem[], top: number): SVGGElement {
  const group = svg('g', { class: 'chart-legend' });
  for (const { s, x, line } of items) {
    const ly = top - 18 + line * LEGEND_LINE;
    group.append(
      svg('rect', { x, y: ly - 9, width: 12, height: 12, fill: s.color }),
      svg('text', { x: x + 18, y: ly + 1, class: 'chart-tick' }, s.label),
    );
  }
  return group;
}

/**
 * Floats each chart over the drawn grid at its anchor cell (or, when that column or row is
 * hidden, the nearest drawn cell before it), in a layer the grid's redraws replace with it.
 */
export function drawCharts(root: HTMLElement, charts: readonly ChartDrawing[]): void {
  root.querySelector('.chart-layer')?.remove();
  if (charts.length === 0) return;
  const layer = document.createElement('div');
  layer.className = 'chart-layer';
  const origin = root.getBoundingClientRect();
  for (const chart of charts) {
    const cell = anchorCell(root, chart.anchor)?.getBoundingClientRect();
    const box = document.createElement('div');
    box.className = 'chart-box';
    box.dataset.anchor = chart.anchor;
    box.style.left = `${(cell ? cell.left - origin.left + root.scrollLeft : 0) + chart.offsetX}px`;
    box.style.top = `${(cell ? cell.top - origin.top + root.scrollTop : 0) + chart.offsetY}px`;
    box.append(drawChart(chart));
    layer.append(box);
  }
  root.append(layer);
}

function anchorCell(root: HTMLElement, a1: string): HTMLElement | null {
  const [, letters = 'A', row = '1'] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  const exact = root.querySelector<HTMLElement>(`td[data-cell="${a1}"]`);
  if (exact) return exact;
  const cells = [...root.querySelectorAll<HTMLElement>('td[data-cell]')];
  const rowOf = (c: HTMLElement) => Number(/\d+$/.exec(c.dataset.cell ?? '')?.[0]);
  const colOf = (c: HTMLElement) => /^[A-Z]+/.exec(c.dataset.cell ?? '')?.[0] ?? '';
  const before = (a: string, b: string) => a.length < b.length || (a.length === b.length && a <= b);
  return (
    cells
      .filter((c) => rowOf(c) <= Number(row) && before(colOf(c), letters))
      .sort((a, b) => rowOf(b) - rowOf(a) || (before(colOf(a), colOf(b)) ? 1 : -1))[0] ?? null
  );
}
