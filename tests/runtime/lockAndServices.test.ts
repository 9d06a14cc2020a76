import { describe, expect, it } from 'vitest';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function save(row) {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(5000)) return 'busy';
  try {
    PropertiesService.getDocumentProperties().setProperty('lastRow', row);
    return 'saved ' + lock.hasLock();
  } finally { lock.releaseLock(); }
}
function saveOrWait() {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  return 'got it';
}
function keepLock() { LockService.getDocumentLock().tryLock(1); return LockService.getDocumentLock().hasLock(); }
function props() {
  var doc = PropertiesService.getDocumentProperties();
  doc.setProperties({ a: '1', b: 2 });
  doc.deleteProperty('a');
  var user = PropertiesService.getUserProperties();
  user.setProperty('units', 'kg');
  return [doc.getProperty('a'), doc.getProperty('b'), doc.getKeys(), user.getProperty('units'),
    PropertiesService.getScriptProperties().getProperty('missing'), Array.isArray(doc.getKeys()), doc.getProperties() instanceof Object];
}
function units() { return PropertiesService.getUserProperties().getProperty('units'); }
function dates() {
  var d = new Date(Date.UTC(2024, 0, 5, 14, 3, 9));
  return [
    Utilities.formatDate(d, 'Europe/London', 'yyyy-MM-dd HH:mm:ss'),
    Utilities.formatDate(d, 'America/New_York', "EEE d MMM yy, h:mm a"),
    Utilities.formatDate(d, 'UTC', "EEEE dd MMMM yyyy 'at' HH'h'"),
    Utilities.formatDate(new Date(Date.UTC(2024, 6, 1, 12)), 'Europe/London', 'HH:mm XXX z'),
    Utilities.formatString('%s did %d reps at %.1f', 'Ana', 5.9, 62.25),
    /^[0-9a-f-]{36}$/.test(Utilities.getUuid()),
    Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(),
    Session.getTemporaryActiveUserKey().length > 20,
  ];
}
function badDate() { return Utilities.formatDate('2024-01-01', 'UTC', 'yyyy'); }
function logs() { Logger.log('set %s of %s', 3, 5); console.warn('careful', { a: 1 }); return Logger.getLog(); }
function clock() { return [new Date().toISOString(), Date.now()]; }
`;

describe('LockService', () => {
  it('grants the lock when free and releases it at the end of the execution', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('save', 3)).toBe('saved true');
    expect(rt.call('keepLock')).toBe(true);
    expect(rt.locks.isHeldByScript()).toBe(false);
    expect(rt.locks.requests.map((r) => [r.kind, r.method, r.timeoutMs, r.granted])).toEqual([
      ['document', 'tryLock', 5000, true],
      ['document', 'tryLock', 1, true],
    ]);
  });

  it('times out at once when another execution holds it', () => {
    const rt = createRuntime({ code: CODE });
    rt.locks.holdElsewhere('document');
    expect(rt.call('save', 3)).toBe('busy');
    expect(rt.call('saveOrWait')).toBe('got it');
    rt.locks.holdElsewhere('script');
    const started = Date.now();
    expect(() => rt.call('saveOrWait')).toThrow(msg.lockTimeout);
    expect(Date.now() - started).toBeLessThan(1000);
    rt.locks.releaseElsewhere('document');
    expect(rt.call('save', 4)).toBe('saved true');
  });
});

describe('PropertiesService', () => {
  it('stores strings per document, per user and per script', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('props')).toEqual([null, '2', ['b'], 'kg', null, true, true]);
    rt.setUser('athlete@example.com');
    expect(rt.call('units')).toBeNull();
    rt.setUser('coach@example.com');
    expect(rt.call('units')).toBe('kg');
  });
});

describe('Utilities, Session and logs', () => {
  it('formats dates in a time zone with Java patterns', () => {
    const rt = createRuntime({ code: CODE, user: 'ana@example.com' });
    expect(rt.call('dates')).toEqual([
      '2024-01-05 14:03:09',
      'Fri 5 Jan 24, 9:03 AM',
      'Friday 05 January 2024 at 14h',
      '13:00 +01:00 BST',
      'Ana did 5 reps at 62.3',
      true,
      'ana@example.com',
      'ana@example.com',
      'Europe/London',
      true,
    ]);
    expect(() => rt.call('badDate')).toThrow(
      msg.badParameters(
        'string,string,string',
        'Utilities.formatDate',
        msg.expected('(Date,String,String)'),
      ),
    );
  });

  it('collects Logger and console output', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('logs')).toBe('set 3 of 5');
    expect(rt.logs).toEqual([
      { level: 'log', source: 'Logger', message: 'set 3 of 5' },
      { level: 'warn', source: 'console', message: 'careful { a: 1 }' },
    ]);
  });

  it('drives the script clock from the now option', () => {
    let t = Date.UTC(2025, 10, 1, 8, 0, 0);
    const rt = createRuntime({ code: CODE, now: () => new Date(t) });
    expect(rt.call('clock')).toEqual(['2025-11-01T08:00:00.000Z', t]);
    t += 60_000;
    expect(rt.call('clock')).toEqual(['2025-11-01T08:01:00.000Z', t]);
  });
});
