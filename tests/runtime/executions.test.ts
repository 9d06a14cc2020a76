import { describe, expect, it } from 'vitest';
import type { ServiceCall } from '../../runtime';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function save(cell, value) {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error('busy');
  var range = SpreadsheetApp.getActiveSpreadsheet().getRange(cell);
  var before = range.getValue();
  range.setValue(value);
  lock.releaseLock();
  return [before, range.getValue(), Session.getActiveUser().getEmail()];
}
function now() { return new Date().getTime(); }
`;

const START = Date.UTC(2027, 0, 5, 18);
const runtime = () => createRuntime({ code: CODE, now: () => new Date(START) });

describe('interleaving executions', () => {
  it('runs a hook around each service call of the running execution, numbered', () => {
    const rt = runtime();
    const seen: ServiceCall[] = [];
    rt.between((call) => seen.push(call));
    rt.call('save', 'A1', 1);
    expect(seen.filter((c) => c.phase === 'before').map((c) => [c.index, c.name])).toEqual([
      [1, 'LockService.getDocumentLock'],
      [2, 'Lock.tryLock'],
      [3, 'SpreadsheetApp.getActiveSpreadsheet'],
      [4, 'Spreadsheet.getRange'],
      [5, 'Range.getValue'],
      [6, 'Range.setValue'],
      [7, 'Lock.releaseLock'],
      [8, 'Range.getValue'],
      [9, 'Session.getActiveUser'],
      [10, 'User.getEmail'],
    ]);
    expect(seen.every((c) => c.user === 'coach@example.com' && c.execution === 1)).toBe(true);
  });

  it('lets a hook act as someone else between two calls, uncounted and unhooked', () => {
    const rt = runtime();
    rt.setUser('ana@example.com');
    rt.setUser('coach@example.com');
    rt.between((call) => {
      if (call.name === 'Range.setValue' && call.phase === 'before')
        rt.as('ana@example.com', () => {
          expect(rt.edit('B1', 'typed')).toEqual({ ok: true });
          rt.spreadsheet.getRange('C1').setValue('by script');
        });
    });
    rt.calls.reset();
    expect(rt.call('save', 'A1', 1)).toEqual(['', 1, 'coach@example.com']);
    expect(rt.values('A1:C1')).toEqual([[1, 'typed', 'by script']]);
    expect(rt.calls.count('Range.setValue')).toBe(1);
  });

  it('fails a call with Google’s service error, before it runs or after it ran', () => {
    const rt = runtime();
    rt.between((call) => {
      if (call.name === 'Range.setValue' && call.phase === 'before') throw rt.serviceError();
    });
    expect(() => rt.call('save', 'A1', 1)).toThrow(
      msg.serviceFailed('offseason-local-spreadsheet'),
    );
    expect(rt.values('A1')).toEqual([['']]);
    // The lock went with the execution that failed.
    expect(rt.locks.isHeldByScript()).toBe(false);
    rt.between((call) => {
      if (call.name === 'Range.setValue' && call.phase === 'after') throw rt.serviceError();
    });
    expect(() => rt.call('save', 'A1', 2)).toThrow(
      msg.serviceFailed('offseason-local-spreadsheet'),
    );
    expect(rt.values('A1')).toEqual([[2]]);
  });

  it('queues an execution started meanwhile behind the running one, as the lock would', () => {
    const rt = runtime();
    rt.setUser('ben@example.com');
    rt.setUser('coach@example.com');
    let ben: ReturnType<typeof rt.start> | undefined;
    rt.between((call) => {
      if (call.index === 3 && call.phase === 'before' && !ben)
        ben = rt.start('ben@example.com', 'save', 'A1', 'ben');
    });
    expect(rt.call('save', 'A1', 'coach')).toEqual(['', 'coach', 'coach@example.com']);
    expect(ben).toMatchObject({ done: true, result: ['coach', 'ben', 'ben@example.com'] });
    expect(rt.locks.requests.map((r) => [r.execution, r.granted])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('times out a queued execution that waited longer than its lock request allows', () => {
    const rt = runtime();
    const started: ReturnType<typeof rt.start>[] = [];
    rt.between((call) => {
      if (call.phase !== 'before' || call.execution !== 1) return;
      rt.advance(3000);
      if (call.index === 3) started.push(rt.start('coach@example.com', 'save', 'B1', 'late'));
    });
    rt.call('save', 'A1', 'first');
    // Waited 7 calls × 3 s = 21 s for the first execution to end: more than tryLock's 10 s.
    expect(started[0]?.error?.message).toBe('busy');
    expect(started[0]?.startedAt).toBe(START + 9000);
    expect(started[0]?.finishedAt).toBe(START + 30000);
    expect(rt.values('B1')).toEqual([['']]);
  });

  it('moves the script’s clock only when told to', () => {
    const rt = runtime();
    expect(rt.call('now')).toBe(START);
    rt.advance(1500);
    expect(rt.call('now')).toBe(START + 1500);
    expect(rt.clock).toBe(START + 1500);
    expect(() => rt.advance(-1)).toThrow(/forward/);
  });

  it('runs a started execution at once when nothing else runs', () => {
    const rt = runtime();
    const run = rt.start('coach@example.com', 'save', 'A1', 5);
    expect(run).toMatchObject({ done: true, result: ['', 5, 'coach@example.com'] });
  });
});
