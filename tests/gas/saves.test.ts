import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime';
import { LOGGED, type Progression } from '../../src/core/exercise';
import { COLUMN, type ColumnName, letter, WIDTH } from '../../src/sheet/columns';
import { inSession } from '../../src/sheet/keys';
import { parseRecord } from '../../src/sheet/record';
import { isExercise, roundsOf } from '../../src/sheet/session';
import { cellOf } from '../../src/sheet/tab';
import { sheetsCalls } from '../support/calls';
import { seedKey } from '../support/rows';
import { addOn, COACH, msg, options, roster, tab } from '../support/runtime';
import { changedCells, editorsOf, expectUnchanged, snapshot } from '../support/snapshot';
import { rosterRow } from '../support/spec';

const FAILED = msg.serviceFailed('offseason-local-spreadsheet');
/** `'Ana'!N12` → `Ana!N12`, as changedCells names cells. */
const cellName = (a1: string) =>
  a1.replace(/^'((?:[^']|'')*)'!/, (_, n: string) => `${n.replace(/''/g, "'")}!`);
const ANA = 'ana@example.com';
const BEN = 'ben@example.com';
const EVE = 'eve@example.com';

/** The coach's spreadsheet, shared with Ana, Ben and Eve: Ana and Ben by email, Cleo without. */
function team(): Runtime {
  const rt = addOn();
  for (const user of [ANA, BEN, EVE, COACH]) rt.setUser(user);
  roster(rt, [rosterRow('Ana', ANA), rosterRow('Ben', BEN), rosterRow('Cleo')]);
  rt.call('generateForRoster');
  return rt;
}

const S1 = 'W1 · S1';
/** The key of a session-1 exercise, as the sidebar sends it: keys hold positions, so every tab of
 * the seed program shares them (`who` only says whose tab the test means). */
const key = (_who: string, exercise: string) => seedKey(`${S1} · ${exercise}`);
type Sets = { load: unknown; reps: unknown; rir: unknown }[];

/** What the sidebar sends for one session of `who`'s tab. */
function request(
  who: string,
  exercises: Record<string, Sets>,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    saveId: `save-${who.toLowerCase()}-0001`,
    sheetName: who,
    sessionKey: S1,
    exercises: Object.entries(exercises).map(([name, sets]) => ({
      key: key(who, name),
      sets,
      base: '',
    })),
    ...over,
  };
}

const squat = (load: number, rir = 2): Sets => [
  { load, reps: 5, rir: 3 },
  { load, reps: 5, rir },
];

/** A save through google.script.run as `user`: its result, or the message it failed with. */
/**
 * Every exercise of a session with all its sets, as the sidebar sends them: a load where the
 * exercise logs one (set n's from `load(n)`), 5 reps (30 s for a hold), RIR 2 where it logs one.
 */
function wholeSession(
  rows: ReturnType<ReturnType<typeof tab>['rows']>,
  sessionKey: string,
  base: string,
  load: (set: number) => number,
) {
  return rows
    .filter((r) => isExercise(r) && inSession(r.key, sessionKey))
    .map((r) => {
      const logs = LOGGED[r.kind as Progression];
      const count = roundsOf(String(cellOf(r, 'prescription')));
      return {
        key: r.key,
        base,
        sets: Array.from({ length: count }, (_, n) => ({
          load: logs.includes('load') ? load(n) : '',
          reps: r.kind === 'hold' ? 30 : 5,
          rir: logs.includes('rir') ? 2 : '',
        })),
      };
    });
}

const setsOf = (exercises: ReturnType<typeof wholeSession>) =>
  exercises.reduce((n, e) => n + e.sets.length, 0);

function save(rt: Runtime, user: string, body: unknown): { result?: unknown; error?: string } {
  return rt.as(user, () => {
    try {
      return { result: rt.runFromClient('saveSession', body) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

const logOf = (rt: Runtime, who: string, exercise: string) =>
  parseRecord(tab(rt, who).get(key(who, exercise), 'save'));

describe('who may save where', () => {
  it('refuses Ana’s save on Ben’s tab before writing anything, anywhere', () => {
    const rt = team();
    const before = snapshot(rt);
    const { error } = save(rt, ANA, request('Ben', { Squat: squat(999) }));
    expect(error).toBe(
      "sheetName: this tab's inputs are Ben's and the coach's: you can open and log only your own sessions. Nothing was saved.",
    );
    expectUnchanged(rt, before);
    // Retrying changes nothing either.
    save(rt, ANA, request('Ben', { Squat: squat(999) }));
    expectUnchanged(rt, before);
  });

  it('refuses to show Ana Ben’s sessions, and lists only her own tab (and those without an email)', () => {
    const rt = team();
    expect(() => rt.as(ANA, () => rt.runFromClient('getSession', { sheetName: 'Ben' }))).toThrow(
      /inputs are Ben's and the coach's/,
    );
    rt.as(ANA, () => rt.call('showLogSidebar'));
    const html = rt.ui.lastDialog('sidebar')?.html ?? '';
    expect(html).toContain('Ana');
    expect(html).toContain('Cleo');
    expect(html).not.toMatch(/"name":"Ben"/);
  });

  it('lets any editor log on a tab without an email, and nothing else there', () => {
    const rt = team();
    expect(save(rt, EVE, request('Cleo', { Squat: squat(50) })).result).toMatchObject({
      saved: true,
    });
    expect(logOf(rt, 'Cleo', 'Squat')?.by).toBe(EVE);
    const cleo = tab(rt, 'Cleo');
    expect(rt.as(EVE, () => rt.edit(cleo.a1('W2 · S1 · Squat', 'target'), 500))).toMatchObject({
      ok: false,
      reason: 'protected',
    });
  });

  it('keeps each athlete’s log theirs: nobody else can change or clear it', () => {
    const rt = team();
    save(rt, BEN, request('Ben', { Squat: squat(60) }));
    const ben = tab(rt, 'Ben');
    const before = snapshot(rt);
    for (const user of [ANA, EVE])
      expect(rt.as(user, () => rt.edit(ben.a1(key('Ben', 'Squat'), 'save'), ''))).toMatchObject({
        ok: false,
        reason: 'protected',
      });
    expectUnchanged(rt, before);
  });
});

describe('strict entries', () => {
  /** A save of the squat's entries as given, repeats and all. */
  const squatEntries = (...entries: Sets[]) => ({
    ...request('Ana', {}),
    exercises: entries.map((sets) => ({ key: key('Ana', 'Squat'), sets, base: '' })),
  });
  const sets = (count: number): Sets =>
    Array.from({ length: count }, () => ({ load: 999, reps: 5, rir: 0 }));
  it.each([
    ['a hex load', request('Ana', { Squat: [{ load: '0x20', reps: 5, rir: 2 }] }), /load must be/],
    [
      '99 copies of 10 sets',
      squatEntries(...Array.from({ length: 99 }, () => sets(10))),
      /at most/,
    ],
    ['the squat listed twice', squatEntries(squat(50), squat(55)), /Squat is listed twice/],
    ['five sets of a four-round squat', squatEntries(sets(5)), /Squat: at most 4 sets/],
    [
      'no set at all',
      request('Ana', { Squat: [{ load: '', reps: '', rir: '' }] }),
      /Nothing to save/,
    ],
  ])('refuse %s, writing nothing', (_, body, why) => {
    const rt = team();
    const before = snapshot(rt);
    const { result, error } = save(rt, ANA, body);
    expect(result).toBeUndefined();
    expect(error).toMatch(why);
    expectUnchanged(rt, before);
  });

  it('never takes a field from a prototype', () => {
    const rt = team();
    const body = JSON.parse(
      JSON.stringify(request('Ana', { Squat: squat(50) })).replace(
        '"sets":',
        '"__proto__":{"sets":[{"load":999,"reps":5,"rir":0}]},"sets":',
      ),
    );
    expect(save(rt, ANA, body).result).toMatchObject({ saved: true });
    expect(tab(rt, 'Ana').get(key('Ana', 'Squat'), 'load')).toBe(50);
  });

  it('stores notes as text, whatever they look like', () => {
    const rt = team();
    const notes = ['=IMPORTXML("https://example.com","//a")', '2027', 'TRUE'];
    const names = ['Squat', 'Box Jump', 'Split Squat Jump'];
    const body = request('Ana', {});
    body.exercises = names.map((name, i) => ({
      key: key('Ana', name),
      sets: [],
      notes: notes[i],
      base: '',
    }));
    expect(save(rt, ANA, body).result).toMatchObject({ saved: true });
    const ana = tab(rt, 'Ana');
    names.forEach((name, i) => {
      expect(ana.get(key('Ana', name), 'notes')).toBe(notes[i]);
      expect(rt.formulas(ana.a1(key('Ana', name), 'notes'))).toEqual([['']]);
    });
  });
});

describe('exact saves', () => {
  it('leave a phone edit to another row of the session, made while the save runs', () => {
    const rt = team();
    const ana = tab(rt, 'Ana');
    const before = snapshot(rt);
    rt.between((call) => {
      if (call.name === 'Range.setValues' && call.phase === 'before')
        rt.as(ANA, () => ana.type(key('Ana', 'Lat Pull-Over'), 'rir', 3));
    });
    const body = request('Ana', {
      Squat: squat(50),
      'Copenhagen Side Plank': [{ load: '', reps: 35, rir: 2 }],
    });
    expect(save(rt, ANA, body).result).toMatchObject({ saved: true });
    expect(ana.get(key('Ana', 'Lat Pull-Over'), 'rir')).toBe(3);
    expect(ana.get(key('Ana', 'Squat'), 'load')).toBe(50);
    expect(ana.get(key('Ana', 'Copenhagen Side Plank'), 'reps')).toBe(35);
    // Exactly these cells changed, anywhere in the spreadsheet; nobody's protections did.
    const cells = (exercise: string, columns: ColumnName[]) =>
      columns.map((c) => cellName(ana.a1(key('Ana', exercise), c)));
    expect(changedCells(before, snapshot(rt)).sort()).toEqual(
      [
        ...cells('Lat Pull-Over', ['rir']),
        ...cells('Squat', ['save', 'load', 'reps', 'rir']),
        ...cells('Copenhagen Side Plank', ['save', 'reps', 'rir']),
      ].sort(),
    );
    expect(editorsOf(snapshot(rt))).toEqual(editorsOf(before));
  });

  it.each([
    ['a row inserted above the session', 'insert'],
    ['the session’s main lift and plyos sorted', 'sort'],
  ])('put values in the right rows when %s while it writes', (_, change) => {
    const rt = team();
    const ana = tab(rt, 'Ana');
    let moved = false;
    rt.between((call) => {
      if (call.name !== 'Range.setValues' || call.phase !== 'before' || moved) return;
      moved = true;
      rt.as(COACH, () => {
        const sheet = rt.spreadsheet.getSheetByName('Ana');
        if (change === 'insert') sheet?.insertRowsBefore(ana.rowOf(S1), 1);
        else
          sheet
            ?.getRange(ana.rowOf(key('Ana', 'Box Jump')), 1, 2, WIDTH)
            .sort({ column: 1, ascending: false });
      });
    });
    const body = request('Ana', {
      'Box Jump': [{ load: '', reps: 4, rir: '' }],
      'Split Squat Jump': [{ load: '', reps: 12, rir: '' }],
      Squat: squat(55),
    });
    expect(save(rt, ANA, body).result).toMatchObject({ saved: true });
    expect(moved).toBe(true);
    expect(ana.get(key('Ana', 'Box Jump'), 'reps')).toBe(4);
    expect(ana.get(key('Ana', 'Split Squat Jump'), 'reps')).toBe(12);
    expect(ana.get(key('Ana', 'Squat'), 'load')).toBe(55);
    // Nothing landed anywhere else: every other row of the tab holds no save.
    const saved = ana.rows().filter((r) => r.kind !== 'header' && cellOf(r, 'save') !== '');
    expect(saved.map((r) => r.key).sort()).toEqual(
      [key('Ana', 'Box Jump'), key('Ana', 'Split Squat Jump'), key('Ana', 'Squat')].sort(),
    );
    const at = ana.rowOf(S1);
    const blank = rt.values(`'Ana'!${letter(COLUMN.save)}${at}:${letter(COLUMN.notes)}${at}`);
    expect(blank).toEqual([['', '', '', '', '']]);
  });

  it.each([
    ['before the write', 'Range.setValues', 'before'],
    ['after the write landed', 'Range.setValues', 'after'],
    ['on every read-back', 'Range.getValues', 'after'],
  ] as const)('retried after a failure %s, leave each set exactly once', (_, name, phase) => {
    const rt = team();
    const before = snapshot(rt);
    // The save's first read is before its write; every read after it fails here.
    const first = name === 'Range.getValues' ? 2 : 1;
    let seen = 0;
    rt.between((call) => {
      if (call.name === name && call.phase === phase && ++seen >= first) throw rt.serviceError();
    });
    const body = request('Ana', { Squat: squat(50) });
    expect(save(rt, ANA, body).error).toBe(FAILED);
    rt.between(undefined);
    const retry = save(rt, ANA, body).result as { saved: boolean };
    expect(seen).toBe(name === 'Range.getValues' ? 4 : 1);
    expect(retry.saved).toBe(phase === 'before');
    expect(logOf(rt, 'Ana', 'Squat')?.sets).toEqual([
      { load: 50, reps: 5, rir: 3 },
      { load: 50, reps: 5, rir: 2 },
    ]);
    expect(tab(rt, 'Ana').get(key('Ana', 'Squat'), 'load')).toBe(50);
    const squatRow = (c: ColumnName) => cellName(tab(rt, 'Ana').a1(key('Ana', 'Squat'), c));
    expect(changedCells(before, snapshot(rt))).toEqual(
      (['save', 'load', 'reps', 'rir'] as const).map(squatRow),
    );
  });

  it('never let a late retry revert a newer save of the same rows', () => {
    const rt = team();
    const x = request('Ana', { Squat: squat(50) });
    rt.between((call) => {
      if (call.name === 'Range.setValues' && call.phase === 'before') throw rt.serviceError();
    });
    save(rt, ANA, x);
    rt.between(undefined);
    // From another window, opened after X failed: Y saves the squat at 60.
    const y = request('Ana', { Squat: squat(60) }, { saveId: 'save-ana-0002' });
    expect(save(rt, ANA, y).result).toMatchObject({ saved: true });
    const before = snapshot(rt);
    const late = save(rt, ANA, x);
    expect(late.error).toMatch(
      /Squat was saved again by ana@example\.com since this session was opened/,
    );
    expectUnchanged(rt, before);
    expect(tab(rt, 'Ana').get(key('Ana', 'Squat'), 'load')).toBe(60);
  });

  it('take a changed save after a failed one from the same sidebar, which names it', () => {
    const rt = team();
    let reads = 0;
    rt.between((call) => {
      if (call.name === 'Range.getValues' && call.phase === 'after' && ++reads >= 2)
        throw rt.serviceError();
    });
    save(rt, ANA, request('Ana', { Squat: squat(50) }));
    rt.between(undefined);
    const changed = request(
      'Ana',
      { Squat: squat(52.5) },
      {
        saveId: 'save-ana-0002',
        after: ['save-ana-0001'],
      },
    );
    expect(save(rt, ANA, changed).result).toMatchObject({ saved: true });
    expect(tab(rt, 'Ana').get(key('Ana', 'Squat'), 'load')).toBe(52.5);
  });

  it('finish a save with gaps whose first run landed before a failure', () => {
    const rt = team();
    let writes = 0;
    rt.between((call) => {
      if (call.name === 'Range.setValues' && call.phase === 'before' && ++writes === 2)
        throw rt.serviceError();
    });
    const body = request('Ana', {
      'Box Jump': [{ load: '', reps: 4, rir: '' }],
      'Weighted Dead Bug': [{ load: 10, reps: 10, rir: 2 }],
    });
    expect(save(rt, ANA, body).error).toBe(FAILED);
    expect(logOf(rt, 'Ana', 'Box Jump')?.sets).toEqual([{ load: '', reps: 4, rir: '' }]);
    expect(logOf(rt, 'Ana', 'Weighted Dead Bug')).toBeUndefined();
    rt.between(undefined);
    expect(save(rt, ANA, body).result).toMatchObject({ saved: true });
    expect(logOf(rt, 'Ana', 'Weighted Dead Bug')?.sets).toEqual([{ load: 10, reps: 10, rir: 2 }]);
    expect(logOf(rt, 'Ana', 'Box Jump')?.sets).toEqual([{ load: '', reps: 4, rir: '' }]);
  });

  it('read back again at once when a read-back fails once', () => {
    const rt = team();
    let reads = 0;
    rt.between((call) => {
      if (call.name === 'Range.getValues' && call.phase === 'after' && ++reads === 2)
        throw rt.serviceError();
    });
    expect(save(rt, ANA, request('Ana', { Squat: squat(50) })).result).toMatchObject({
      saved: true,
    });
    expect(reads).toBe(3);
  });
});

describe('what a save costs', () => {
  it('is 7 Sheets calls for a whole session, 3 for a retry that landed, 5 for a refusal', () => {
    const rt = team();
    const names = [
      'Box Jump',
      'Split Squat Jump',
      'Squat',
      'Lat Pull-Over',
      'Push-Up',
      'Copenhagen Side Plank',
      'Bulgarian Split Squat',
      'Bent-Over Row',
      'Weighted Dead Bug',
    ];
    // Each exercise logs what it logs: plyos their reps, holds and bodyweight reps no load.
    const logs = (n: string) =>
      n.includes('Jump') ? 'reps' : /Push|Plank/.test(n) ? 'body' : 'all';
    const one = (n: string) => ({
      load: logs(n) === 'all' ? 10 : '',
      reps: 5,
      rir: logs(n) === 'reps' ? '' : 2,
    });
    const body = request('Ana', Object.fromEntries(names.map((n) => [n, [one(n)]])));
    const cost = (user: string, b: unknown) => {
      rt.calls.reset();
      save(rt, user, b);
      return sheetsCalls(rt.calls.snapshot());
    };
    const before = snapshot(rt);
    expect(cost(ANA, body)).toBe(7);
    for (const name of names) expect(logOf(rt, 'Ana', name)?.sets).toHaveLength(1);
    // One range over the session wrote its nine exercise rows and changed nothing else.
    const rows = new Set(names.map((n) => tab(rt, 'Ana').rowOf(key('Ana', n))));
    const changed = changedCells(before, snapshot(rt));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((c) => !rows.has(Number(/(\d+)$/.exec(c)?.[1])))).toEqual([]);
    expect(cost(ANA, body)).toBe(3);
    expect(cost(ANA, request('Ben', { Squat: squat(1) }))).toBe(5);
    // Two runs (an exercise left out between two logged ones): one call more each.
    const gap = request(
      'Ana',
      { 'Box Jump': [{ load: '', reps: 4, rir: '' }], Squat: squat(1) },
      {
        saveId: 'save-ana-0003',
        exercises: [
          {
            key: key('Ana', 'Box Jump'),
            sets: [{ load: '', reps: 4, rir: '' }],
            base: 'save-ana-0001',
          },
          { key: key('Ana', 'Squat'), sets: squat(1), base: 'save-ana-0001' },
        ],
      },
    );
    expect(cost(ANA, gap)).toBe(9);
  });
});

describe('a log that never grows', () => {
  it('keeps every set of a whole 6 × 3 block on a tab trimmed to its rows: nothing is appended', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options({ athlete: 'Ana' }));
    const sheet = rt.spreadsheet.getSheetByName('Ana');
    if (!sheet) throw new Error('no tab');
    // Generated tabs keep only the rows they use.
    const last = sheet.getLastRow();
    expect(sheet.getMaxRows()).toBe(last);
    const ana = tab(rt, 'Ana');
    const sessions = ana.rows().filter((r) => r.kind === 'session');
    let sets = 0;
    for (const [i, s] of sessions.entries()) {
      const exercises = wholeSession(ana.rows(), s.key, '', (n) => 20 + n);
      sets += setsOf(exercises);
      const body = { saveId: `save-block-${i}-00`, sheetName: 'Ana', sessionKey: s.key, exercises };
      expect(save(rt, COACH, body).result, s.key).toMatchObject({ saved: true });
    }
    expect(sheet.getMaxRows()).toBe(last);
    const logged = ana
      .rows()
      .flatMap((r) => parseRecord(r.kind === 'header' ? '' : cellOf(r, 'save'))?.sets ?? []);
    expect(logged).toHaveLength(sets);
    expect(sets).toBeGreaterThan(500);
  });
});

describe('logging past 1,000 and 10,000 sets', () => {
  it('saves a 6 × 3 block 20 times over (10,800 sets): no sheet grows, each row holds its last save', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options({ athlete: 'Ana' }));
    const ana = tab(rt, 'Ana');
    const rows = ana.rows();
    const sizes = () => rt.serialize().sheets.map((s) => [s.name, s.maxRows, s.maxCols]);
    const before = sizes();
    const id = (round: number, session: string) => `save-${round}-${session.replace(/\W/g, '')}`;
    let sets = 0;
    for (let round = 0; round < 20; round++)
      for (const s of rows.filter((r) => r.kind === 'session')) {
        // The sidebar read the previous round's save before making this one.
        const base = round === 0 ? '' : id(round - 1, s.key);
        const exercises = wholeSession(rows, s.key, base, () => 20 + round);
        sets += setsOf(exercises);
        const body = { saveId: id(round, s.key), sheetName: 'Ana', sessionKey: s.key, exercises };
        expect(save(rt, ANA, body).result, `${round} ${s.key}`).toMatchObject({ saved: true });
      }
    expect(sets).toBeGreaterThan(10_000);
    expect(sizes()).toEqual(before);
    for (const r of ana.rows().filter(isExercise)) {
      const record = parseRecord(cellOf(r, 'save'));
      expect(record?.id, r.key).toMatch(/^save-19-/);
      if (LOGGED[r.kind as Progression].includes('load')) expect(cellOf(r, 'load')).toBe(39);
    }
  });
});
