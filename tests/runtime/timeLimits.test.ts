import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TIME_LIMIT_MS } from '../../runtime/core/limits';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
/** Writes 1, 2, 3… into A1 for ever: only Google's time limit ends it. */
function forever(again) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  var range = SpreadsheetApp.getActiveSpreadsheet().getRange('A1');
  try {
    for (var i = 1; ; i++) range.setValue(i);
  } catch (e) {
    if (again) range.setValue('caught: ' + e.message);
    return 'went on';
  } finally {
    if (again) SpreadsheetApp.getActiveSpreadsheet().getRange('B1').setValue('finally');
  }
}

/** The same loop, keeping to a budget on its own clock: it stops itself and says how far it got. */
function withBudget(budgetMs) {
  var start = Date.now();
  var range = SpreadsheetApp.getActiveSpreadsheet().getRange('A1');
  var i = 0;
  while (Date.now() - start + 400 <= budgetMs) range.setValue(++i);
  return [i, Date.now() - start, new Date().getTime() - start];
}

function calls(n) {
  var range = SpreadsheetApp.getActiveSpreadsheet().getRange('A1');
  for (var i = 0; i < n; i++) range.getValue();
  return n;
}

function sleeps(ms, times) {
  for (var i = 0; i < times; i++) Utilities.sleep(ms);
  SpreadsheetApp.getActiveSpreadsheet().getRange('A1').setValue('awake');
}

/**
 * Reads A1 n times.
 * @customfunction
 */
function READS(n) {
  var range = SpreadsheetApp.getActiveSpreadsheet().getRange('A1');
  for (var i = 0; i < n; i++) range.getValue();
  return n;
}

function onEdit(e) {
  if (e.range.getA1Notation() !== 'C1') return;
  var range = SpreadsheetApp.getActiveSpreadsheet().getRange('A1');
  for (var i = 0; i < e.value; i++) range.getValue();
}
`;

const START = Date.UTC(2027, 0, 5, 18);
const SIX_MINUTES = 6 * 60 * 1000;
const runtime = (latency?: number | ((call: string) => number)) =>
  createRuntime({ code: CODE, now: () => new Date(START), latency });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Google's time limits", () => {
  it('are Google’s: 6 minutes an execution, 30 seconds a custom function or simple trigger', () => {
    expect(TIME_LIMIT_MS).toEqual({
      execution: SIX_MINUTES,
      customFunction: 30_000,
      simpleTrigger: 30_000,
    });
  });

  it('stop an execution that ignores them at 6 minutes of Google’s time, with Google’s words', () => {
    const rt = runtime(400);
    expect(() => rt.call('forever', false)).toThrow(msg.maxExecutionTime);
    // Two calls before the loop (getActiveSpreadsheet, getRange), then a setValue each 400 ms:
    // the 899th ends at 360.4 s, past the limit. It took effect; its answer never came back.
    expect(rt.values('A1')).toEqual([[899]]);
    expect(rt.clock - START).toBe(2 * 400 + 899 * 400);
    expect(rt.calls.count('Range.setValue')).toBe(899);
    // Google ended it: its lock is gone, and the next execution starts with 6 minutes of its own.
    expect(rt.locks.isHeldByScript()).toBe(false);
    expect(rt.call('calls', 10)).toBe(10);
  });

  it('leave the stopped script nothing: no service call in its catch or finally, whatever it returns', () => {
    const rt = runtime(400);
    expect(() => rt.call('forever', true)).toThrow(msg.maxExecutionTime);
    expect(rt.values('A1:B1')).toEqual([[899, '']]);
    // From a sidebar, the failure handler gets the same words.
    expect(() => rt.runFromClient('forever', true)).toThrow(msg.maxExecutionTime);
    const started = rt.start('coach@example.com', 'forever', true);
    expect(started.error?.message).toBe(msg.maxExecutionTime);
  });

  it('are what the script’s own Date reads: a budget on it ends the run in time', () => {
    const rt = runtime(400);
    const budget = 4.5 * 60 * 1000;
    const [done, seen, seenByNewDate] = rt.call('withBudget', budget) as number[];
    // getActiveSpreadsheet and getRange, then setValues until one more would pass the budget.
    expect(done).toBe((budget - 2 * 400) / 400);
    expect(seen).toBe(budget);
    expect(seenByNewDate).toBe(budget);
    expect(rt.values('A1')).toEqual([[done]]);
  });

  it('charge each Sheets call the latency, other services and rule builders nothing, unless told', () => {
    const rt = runtime(150);
    rt.call('calls', 10);
    expect(rt.clock - START).toBe(12 * 150);
    const told = runtime((call) =>
      call === 'Lock.waitLock' ? 1000 : call === 'Range.setValue' ? 500 : 0,
    );
    expect(() => told.call('forever', false)).toThrow(msg.maxExecutionTime);
    expect(told.values('A1')).toEqual([[719]]);
    expect(told.clock - START).toBe(1000 + 719 * 500);
    expect(() => createRuntime({ code: CODE, latency: -1 })).toThrow(/latency/);
  });

  it('count time a hook lets pass, and stop an execution that ran past them between two calls', () => {
    const rt = runtime();
    rt.between((call) => {
      if (call.name === 'Range.getValue' && call.phase === 'after') rt.advance(SIX_MINUTES / 2);
    });
    expect(rt.call('calls', 2)).toBe(2);
    expect(() => rt.call('calls', 3)).toThrow(msg.maxExecutionTime);
    rt.between(undefined);
    rt.between((call) => {
      if (call.name === 'Range.getValue' && call.phase === 'after') rt.advance(SIX_MINUTES + 1);
    });
    // Its only getValue was its last call: it returned afterwards, but Google had ended it.
    expect(() => rt.call('calls', 1)).toThrow(msg.maxExecutionTime);
  });

  it('count Utilities.sleep against the execution, on the simulated clock', () => {
    const rt = runtime();
    rt.call('sleeps', 100_000, 3);
    expect(rt.values('A1')).toEqual([['awake']]);
    expect(rt.clock - START).toBe(300_000);
    expect(() => rt.call('sleeps', 100_000, 4)).toThrow(msg.maxExecutionTime);
  });

  it('hold on real time too: a slow host is stopped without any latency', () => {
    const rt = runtime();
    const real = performance.now();
    let slow = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => real + slow);
    rt.between((call) => {
      if (call.phase === 'after') slow += 50_000;
    });
    // A fixed `now` option: the script's clock stands still, real time runs on (50 s a call).
    expect(rt.call('calls', 5)).toBe(5);
    expect(() => rt.call('calls', 6)).toThrow(msg.maxExecutionTime);
    expect(rt.clock).toBe(START);
  });

  it('give a custom function 30 seconds per call, its cell showing Google’s words past them', () => {
    const rt = runtime(400);
    rt.spreadsheet.getRange('B1:B2').setFormulas([['=READS(70)'], ['=READS(80)']]);
    // 70 reads and the two calls that find the range: 28.8 s. 80: past 30 s at the 74th.
    expect(rt.values('B1:B2')).toEqual([[70], ['#ERROR!']]);
    expect(rt.errorMessage('B2')).toBe(msg.customFunctionMaxExecutionTime);
  });

  it('give a simple trigger 30 seconds: onEdit past them fails, and the edit stays', () => {
    const rt = runtime(400);
    expect(rt.edit('C1', 70)).toEqual({ ok: true });
    const result = rt.edit('C1', 80);
    expect(result).toEqual({ ok: true, triggerError: msg.maxExecutionTime });
    expect(rt.values('C1')).toEqual([[80]]);
  });
});
