/**
 * Issue 10's table, measured: Sheets calls (counted as tests/support/calls.ts counts them) on the
 * local runtime, cells referenced by a tab's formulas, and recalculation after one week-1 RIR edit
 * in HyperFormula, side by side with the layout before the redesign (recorded in
 * bench/fixtures/layout-before-6x3.json), and Google's wall time for a roster on the runtime's
 * clock.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { Runtime } from '../runtime';
import { TIME_LIMIT_MS } from '../runtime/core/limits';
import { OFFSEASON } from '../src/core/programs';
import { RUN_BUDGET_MS } from '../src/gas/budget';
import { COLUMN, WIDTH } from '../src/sheet/columns';
import { toGrid } from '../src/sheet/grid';
import { layoutProgram } from '../src/sheet/layout';
import { readRows } from '../src/sheet/tab';
import {
  builderCalls,
  chartCalls,
  GENERATE_CALLS,
  protectionCalls,
  sheetsCalls,
} from '../tests/support/calls';
import { cellsReferenced } from '../tests/support/references';
import { rosterInRuns } from '../tests/support/roster-runs';
import { findRow } from '../tests/support/rows';
import { addOn, direct, options, roster, tab } from '../tests/support/runtime';
import { programSpec, rosterRow } from '../tests/support/spec';

/** What the issue measured before the redesign (its "now" column), for the same operations. */
const BEFORE = {
  tab: 22,
  firstTab: 24,
  rosterEmail: 29,
  rosterNoEmail: 20,
  dashboard30: 46,
  builders4x2: 400,
  builders6x3: 850,
  save: 8,
  retry: 3,
};

const SIX_BY_THREE = options({ weeks: 6, daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'] });
/** The 6 × 3 tab the fixture of the layout before holds, as the pure layout lays it out now. */
const SIX_BY_THREE_TAB = toGrid(
  layoutProgram(
    programSpec({
      weeks: 6,
      daysPerWeek: 3,
      weekdays: ['Mon', 'Wed', 'Fri'],
      startingLoads: { Squat: 50, 'Romanian Deadlift': 65, 'Lat Pull-Over': 20 },
    }),
    OFFSEASON,
  ),
).values;
const FOUR_BY_TWO = options({ weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'] });

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function line(what: string, before: string, now: string, goal: string, note = ''): void {
  console.log(
    `${what.padEnd(52)} ${before.padStart(10)} ${now.padStart(10)}   ${goal.padEnd(22)} ${note}`,
  );
}

function callsOf(rt: Runtime, work: () => void) {
  rt.calls.reset();
  work();
  const snapshot = rt.calls.snapshot();
  return {
    snapshot,
    sheets: sheetsCalls(snapshot),
    protections: protectionCalls(snapshot),
    builders: builderCalls(snapshot),
  };
}

/** A second tab in a book (the prototype and the Log made by the first). */
function secondTab(o: Record<string, unknown>) {
  const rt = addOn();
  rt.runFromClient('generateProgram', { ...o, athlete: 'First' });
  return callsOf(rt, () => rt.runFromClient('generateProgram', o));
}

function rosterRun(count: number, email: boolean) {
  const rt = addOn();
  roster(
    rt,
    Array.from({ length: count }, (_, i) =>
      rosterRow(`Athlete ${i + 1}`, email ? `a${i}@x.org` : ''),
    ),
  );
  const run = callsOf(rt, () => rt.call('generateForRoster'));
  const refresh = callsOf(rt, () => rt.call('refreshDashboard'));
  return { run, refresh };
}

/** The same tab written the naive way: one getRange and one setValue per cell with content. */
function naiveTab(): number {
  const rt = addOn();
  const values = SIX_BY_THREE_TAB;
  return callsOf(rt, () => {
    const sheet = rt.spreadsheet.insertSheet('Naive');
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== '') sheet.getRange(r + 1, c + 1).setValue(value);
      });
    });
  }).sheets;
}

function saves() {
  const rt = addOn();
  rt.runFromClient('generateProgram', SIX_BY_THREE);
  const rows = tab(rt, 'Ana').rows();
  const key = findRow(rows, 'W1 · S1 · Squat')?.key ?? '';
  const save = {
    saveId: 'bench-save-0001',
    sheetName: 'Ana',
    sessionKey: 'W1 · S1',
    exercises: [{ key, sets: [{ load: 50, reps: 5, rir: 2 }] }],
  };
  return [
    callsOf(rt, () => rt.runFromClient('saveSession', save)).sheets,
    callsOf(rt, () => rt.runFromClient('saveSession', save)).sheets,
  ];
}

// ---- recalculation, side by side ----------------------------------------------------------

interface Tab {
  readonly values: (string | number)[][];
  readonly rir: { readonly row: number; readonly column: number };
}

const before: Tab = (() => {
  const recorded = JSON.parse(
    readFileSync(new URL('fixtures/layout-before-6x3.json', import.meta.url), 'utf8'),
  ) as { values: (string | number)[][]; rirCell: { row: number; column: number } };
  return { values: recorded.values, rir: recorded.rirCell };
})();

const after: Tab = (() => {
  const values = SIX_BY_THREE_TAB;
  const unquoted = values.map((r) =>
    r.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)),
  );
  const row = (findRow(readRows(unquoted), 'W1 · S1 · Squat')?.row ?? 0) - 1;
  return { values, rir: { row, column: COLUMN.rir - 1 } };
})();

/** Median time of `setCellContents` on the week-1 squat RIR, alternating values so each edit changes it. */
function recalculation(t: Tab, edits: number): number {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  hf.addNamedExpression('TRUE', '=TRUE()');
  hf.addNamedExpression('FALSE', '=FALSE()');
  hf.addSheet('Log');
  const id = hf.getSheetId(hf.addSheet('Ana')) as number;
  hf.setSheetContent(id, t.values as RawCellContent[][]);
  const at = { sheet: id, row: t.rir.row, col: t.rir.column };
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const start = performance.now();
    hf.setCellContents(at, [[i % 2 === 0 ? 3 : 1]]);
    samples.push(performance.now() - start);
  }
  return median(samples.slice(5));
}

// ---- the 10-million-cell budget ------------------------------------------------------------

const CELL_LIMIT = 10_000_000;

/** Cells each sheet holds (its whole grid, as Google counts them). */
const cellsOf = (rt: Runtime) =>
  Object.fromEntries(rt.serialize().sheets.map((s) => [s.name, s.maxRows * s.maxCols]));

/** How many athletes fit one spreadsheet: their tabs (logging adds no cells: sets live in their rows). */
function cellBudget(): void {
  const rt = addOn();
  roster(rt, [rosterRow('Overhead')]);
  rt.call('createTemplate');
  rt.call('generateForRoster');
  const overhead = Object.entries(cellsOf(rt))
    .filter(([name]) => name !== 'Overhead')
    .reduce((sum, [, n]) => sum + n, 0);
  console.log(
    `\nCells (Google caps a spreadsheet at 10 million): Sheet1, Template, Roster, Dashboard and the prototype take ${overhead.toLocaleString('en')}`,
  );
  for (const [label, o] of [
    ['6 weeks × 3 days', SIX_BY_THREE],
    ['4 weeks × 2 days', FOUR_BY_TWO],
  ] as const) {
    const one = addOn();
    one.runFromClient('generateProgram', o);
    const cells = cellsOf(one).Ana ?? 0;
    const room = CELL_LIMIT - overhead;
    console.log(
      `  ${label}: a tab takes ${cells.toLocaleString('en')} cells (${cells / WIDTH} rows × ${WIDTH}); logging every set adds none (each row keeps its sets). One spreadsheet fits ${Math.floor(room / cells).toLocaleString('en')} tabs`,
    );
  }
}

/**
 * Why each Sheets call of one generate from the dialog is there (docs/ARCHITECTURE.md, "Sheets
 * calls", says more): what stands between the tab and the goal of 12. A test
 * (tests/gas/generate.test.ts) fails when a generate makes a call this does not explain.
 */
function breakdown(snapshot: Record<string, number>): void {
  console.log('  one generate from the dialog, call by call:');
  // In the order they run, then anything not explained yet (a new call should get its reason).
  const calls = [...new Set([...Object.keys(GENERATE_CALLS), ...Object.keys(snapshot)])];
  for (const call of calls) {
    const n = snapshot[call] ?? 0;
    if (sheetsCalls({ [call]: n }) === 0) continue;
    console.log(`    ${String(n).padStart(2)} × ${call.padEnd(36)} ${GENERATE_CALLS[call] ?? '?'}`);
  }
}

// ---- Google's wall time ------------------------------------------------------------------

const LATENCIES_MS = [50, 150, 400];

export function layoutBench(): void {
  console.log(
    '\nIssue 10, measured on the local runtime (calls as tests/support/calls.ts counts them)',
  );
  line('figure', 'before', 'now', 'goal');
  const [tab6x3, tab4x2] = [secondTab(SIX_BY_THREE), secondTab(FOUR_BY_TWO)];
  const chart6x3 = chartCalls(tab6x3.snapshot).sheets;
  line(
    'generate one tab (second in a book), 6×3 | 4×2',
    `${BEFORE.tab}`,
    `${tab6x3.sheets} | ${tab4x2.sheets}`,
    '≤ 12, equal',
    `${tab6x3.sheets - tab6x3.protections - chart6x3} for the tab, ${chart6x3} for its progress chart (issue 12), ${tab6x3.protections} for the coach and protections (issue 9); not met, see below`,
  );
  breakdown(tab6x3.snapshot);
  const first = addOn();
  const dialog = callsOf(first, () => first.call('showGenerateDialog'));
  const firstTab = callsOf(first, () => first.runFromClient('generateProgram', SIX_BY_THREE));
  const again = callsOf(first, () => first.call('showGenerateDialog'));
  const withoutForm = callsOf(first, () =>
    first.runFromClient('generateProgram', direct({ ...SIX_BY_THREE, athlete: 'Ben' })),
  );
  const bare = addOn();
  const unprepared = callsOf(bare, () => bare.runFromClient('generateProgram', SIX_BY_THREE));
  line(
    'generate the first tab in an empty spreadsheet',
    `${BEFORE.firstTab}`,
    `${firstTab.sheets}`,
    '≤ 14',
    `after the form prepared the prototype (${dialog.sheets} calls, once); ${unprepared.sheets} without the form`,
  );
  line(
    'open the form again | a tab without the form',
    '6 | 23',
    `${again.sheets} | ${withoutForm.sheets}`,
    '—',
    'each verifies the prototype it finds is the coach’s (2 calls, issue 9); a roster run does once, not per tab',
  );
  // A team: every athlete's tab has the same rows (the roster's 4 × 2, no running days), so the
  // run copies them from one working copy. Apart: each tab's rows its own (measured as a run of
  // two of one shape, fewer than a working copy is made for, less a run of one).
  const roster10 = [rosterRun(10, true), rosterRun(10, false)];
  const roster30 = [rosterRun(30, true), rosterRun(30, false)];
  const team = (i: number) =>
    ((roster30[i]?.run.sheets ?? 0) - (roster10[i]?.run.sheets ?? 0)) / 20;
  const [one, two] = [1, 2].map((n) => [rosterRun(n, true), rosterRun(n, false)]);
  const apart = (i: number) => (two?.[i]?.run.sheets ?? 0) - (one?.[i]?.run.sheets ?? 0);
  line(
    'Generate for roster, per athlete, email | none',
    `${BEFORE.rosterEmail} | ${BEFORE.rosterNoEmail}`,
    `${team(0)} | ${team(1)}`,
    '≤ 15 | ≤ 10',
    `for a team's tabs (≥ 3 of the same rows: copied from a working copy, which costs a run ${(roster10[1]?.run.sheets ?? 0) - 10 * team(1) - ((one?.[1]?.run.sheets ?? 0) - apart(1))} more); ${apart(0)} | ${apart(1)} for a tab whose rows no two others share`,
  );
  line(
    'Refresh dashboard at 10 | 30 athletes',
    `… | ${BEFORE.dashboard30}`,
    `${roster10[1]?.refresh.sheets} | ${roster30[1]?.refresh.sheets}`,
    '≤ 12, the same',
    'and one DeveloperMetadata.getValue a tab, on what the one search found (not counted as a Sheets call)',
  );
  const [save, retry] = saves();
  line(
    'sidebar save | retried save',
    `${BEFORE.save} | ${BEFORE.retry}`,
    `${save} | ${retry}`,
    '≤ 8 | ≤ 4',
    'issue 9',
  );
  line(
    'rule-builder calls per tab, 4×2 | 6×3',
    `${BEFORE.builders4x2} | ${BEFORE.builders6x3}`,
    `${tab4x2.builders} | ${tab6x3.builders}`,
    'the same at every length',
    `the prototype: ${dialog.builders}, once`,
  );
  const referencedBefore = cellsReferenced(before.values, before.values.length);
  const referencedAfter = cellsReferenced(after.values, after.values.length);
  line(
    'cells referenced by all formulas of one 6×3 tab',
    referencedBefore.toLocaleString('en'),
    referencedAfter.toLocaleString('en'),
    '≤ 10,000',
    `${(referencedBefore / referencedAfter).toFixed(1)}× fewer`,
  );
  recalculation(before, 10);
  recalculation(after, 10);
  const [slow, fast] = [recalculation(before, 61), recalculation(after, 61)];
  line(
    'recalculation after a week-1 RIR edit, 6×3 (median)',
    `${slow.toFixed(2)} ms`,
    `${fast.toFixed(2)} ms`,
    '≥ 10× faster',
    `${(slow / fast).toFixed(1)}× faster, side by side in this run`,
  );
  const naive = naiveTab();
  line(
    'naive cell-by-cell writing of the same tab',
    '3,411',
    naive.toLocaleString('en'),
    'report ours / naive',
    `ours ${tab6x3.sheets} = ${((tab6x3.sheets / naive) * 100).toFixed(2)} % of naive (${(naive / tab6x3.sheets).toFixed(0)}× fewer)`,
  );

  cellBudget();

  // Google's wall time for a roster, on the runtime's clock: every Sheets call takes the assumed
  // latency, the add-on's budget reads that clock, and the runtime stops a run at 6 minutes on it.
  console.log(
    `\nGenerate for roster on the runtime's clock, every Sheets call taking ${LATENCIES_MS.join(' / ')} ms (Google publishes no per-call latency; assumed); the runtime stops a run at ${TIME_LIMIT_MS.execution / 60000} minutes, the add-on's budget at an athlete before ${RUN_BUDGET_MS / 60000}`,
  );
  for (const email of [true, false]) {
    for (const athletes of [30, 100]) {
      const cells = LATENCIES_MS.map((ms) => {
        const { runs } = rosterInRuns(athletes, ms, email);
        const each = runs.map((r) => `${r.created} in ${(r.ms / 60000).toFixed(1)} min`);
        return `${ms} ms: ${runs.length} run${runs.length > 1 ? 's' : ''} (${each.join(' + ')})`;
      });
      console.log(
        `  ${String(athletes).padStart(3)} athletes, a team, ${email ? 'emails' : 'none  '}: ${cells.join('; ')}`,
      );
    }
  }
  // Tabs whose rows no two others share can't be built 100 at a time: modelled, calls × latency.
  for (const [label, per, fixed] of [
    ['apart, emails', apart(0), (one?.[0]?.run.sheets ?? 0) - apart(0)],
    ['apart, none', apart(1), (one?.[1]?.run.sheets ?? 0) - apart(1)],
  ] as const) {
    for (const athletes of [30, 100]) {
      const cells = LATENCIES_MS.map((ms) => {
        const total = (fixed + athletes * per) * ms;
        const perRun = Math.max(1, Math.floor((RUN_BUDGET_MS / ms - fixed) / per));
        const runs = total <= RUN_BUDGET_MS ? 1 : Math.ceil(athletes / perRun);
        return `${ms} ms: ${(total / 60000).toFixed(1)} min, about ${runs} run${runs > 1 ? 's' : ''}`;
      });
      console.log(
        `  ${String(athletes).padStart(3)} athletes, ${label.padEnd(13)} (modelled: ${per} Sheets calls each + ${fixed}): ${cells.join('; ')}`,
      );
    }
  }
}
