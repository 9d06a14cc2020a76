import { describe, expect, it } from 'vitest';
import { type Random, seededRandom } from '../../runtime';
import { LOGGED, type Progression } from '../../src/core/exercise';
import { inSession } from '../../src/sheet/keys';
import { closedColumns, LOOKS } from '../../src/sheet/looks';
import { parseRecord, sameSets } from '../../src/sheet/record';
import { isExercise, roundsOf } from '../../src/sheet/session';
import { cellOf } from '../../src/sheet/tab';
import { type Client, type LoadOptions, runLoad, savedRows } from '../support/load';
import { addOn, COACH, msg, roster, tab } from '../support/runtime';
import { snapshot } from '../support/snapshot';
import { rosterRow } from '../support/spec';

const ATHLETES = 30;
const name = (i: number) => `A${String(i + 1).padStart(2, '0')}`;
const email = (i: number) => `${name(i).toLowerCase()}@example.com`;
/** Every athlete logs the first session: keys hold positions, the same on every tab. */
const SESSION = 'W1 · S1';

type Sets = { load: number | ''; reps: number | ''; rir: number | '' }[];

/** Every exercise of the first session, every set, as an athlete would type them. */
function wholeSession(rt: ReturnType<typeof addOn>, i: number, random: Random): Client {
  const who = name(i);
  const exercises = savedRows(rt, who)
    .filter((r) => isExercise(r) && inSession(r.key, SESSION))
    .map((r) => ({
      key: r.key,
      base: '',
      sets: Array.from(
        { length: roundsOf(String(cellOf(r, 'prescription'))) },
        (): Sets[number] => {
          // Only what the exercise logs: a plyo its reps, a hold its seconds and RIR…
          const logs = LOGGED[r.kind as Progression];
          return {
            load: logs.includes('load') ? random.int(8, 40) * 2.5 : '',
            reps: r.kind === 'hold' ? random.int(20, 60) : random.int(3, 10),
            rir: logs.includes('rir') ? random.int(0, 8) / 2 : '',
          };
        },
      ),
    }));
  return {
    user: email(i),
    sheetName: who,
    request: {
      saveId: `save-${who.toLowerCase()}-0001`,
      sheetName: who,
      sessionKey: SESSION,
      exercises,
    } as Client['request'],
  };
}

const LOAD: LoadOptions = {
  seed: 7,
  latency: [50, 400],
  otherLatency: [5, 20],
  spread: 3000,
  failure: 0.03,
  phoneEdit: 0.05,
  coachEdit: 0.15,
  retries: 8,
  backoff: [2000, 8000],
};

describe('30 athletes saving at once', () => {
  it('land every save exactly once, or report it failed with the entries kept; lose nothing', () => {
    const rt = addOn();
    for (let i = 0; i < ATHLETES; i++) rt.setUser(email(i));
    rt.setUser(COACH);
    roster(
      rt,
      Array.from({ length: ATHLETES }, (_, i) => rosterRow(name(i), email(i))),
    );
    rt.call('generateForRoster');
    const before = snapshot(rt);
    const random = seededRandom(LOAD.seed + 1);
    const clients = Array.from({ length: ATHLETES }, (_, i) => wholeSession(rt, i, random));
    rt.calls.reset();

    const report = runLoad(
      rt,
      clients,
      LOAD,
      COACH,
      // A phone types next week's squat RIR: a row no save here writes.
      (c) => ({ key: tab(rt, c.sheetName).key('W2 · S1 · Squat'), column: 'rir' }),
      // The session's header, its main-lift block header, and its two plyos.
      (c) => ({
        start: SESSION,
        inside: `${SESSION} · B2`,
        sort: tab(rt, c.sheetName).key(`${SESSION} · Box Jump`),
      }),
    );

    // Every save landed exactly once, or was reported failed.
    const failed = report.outcomes.filter((o) => o.outcome === 'failed');
    for (const { client, outcome } of report.outcomes) {
      const rows = savedRows(rt, client.sheetName);
      const saved = rows.filter((r) => r.kind !== 'header' && parseRecord(cellOf(r, 'save')));
      const sent = client.request.exercises as { key: string; sets: Sets }[];
      if (outcome === 'failed' && saved.length === 0) continue;
      // All of the session's rows and nothing else, each with exactly its own sets.
      expect(saved.map((r) => r.key).sort(), client.sheetName).toEqual(
        sent.map((e) => e.key).sort(),
      );
      for (const entry of sent) {
        const row = rows.find((r) => r.key === entry.key);
        const record = parseRecord(row && cellOf(row, 'save'));
        expect(record?.id, entry.key).toBe(client.request.saveId);
        expect(sameSets(record?.sets ?? [], entry.sets), entry.key).toBe(true);
        const last = entry.sets[entry.sets.length - 1];
        // A plyo's RIR cell is closed: it keeps its "—".
        const closed = row && closedColumns(row.kind as Progression).includes('rir');
        expect(row && cellOf(row, 'rir'), entry.key).toBe(
          closed && last?.rir === '' ? LOOKS.closed.text : last?.rir,
        );
      }
    }
    // Every phone edit made meanwhile is still there.
    const typed = new Map(report.phoneEdits.map((e) => [`${e.sheetName}|${e.key}`, e]));
    for (const e of typed.values()) {
      const row = savedRows(rt, e.sheetName).find((r) => r.key === e.key);
      expect(row && cellOf(row, e.column), e.key).toBe(e.value);
    }
    // Nobody's protections changed, and the coach's tabs are as they were.
    const editors = (s: ReturnType<typeof snapshot>) =>
      s.protections.map((p) => [p.tab, p.type, p.editors]);
    const after = snapshot(rt);
    expect(editors(after)).toEqual(editors(before));
    for (const tab of ['Roster', 'Dashboard'])
      expect(after.tabs[tab], tab).toEqual(before.tabs[tab]);

    const attempts = report.outcomes.map((o) => o.attempts);
    const errors = report.outcomes.flatMap((o) => o.errors);
    const elapsed = report.outcomes.map((o) => o.elapsed).sort((a, b) => a - b);
    const figures = {
      saves: ATHLETES,
      landedFirstTry: report.outcomes.filter((o) => o.attempts === 1 && o.outcome !== 'failed')
        .length,
      landed: report.outcomes.filter((o) => o.outcome !== 'failed').length,
      answeredAlreadySaved: report.outcomes.filter((o) => o.outcome === 'already').length,
      reportedFailed: failed.length,
      attempts: attempts.reduce((a, b) => a + b, 0),
      maxAttempts: Math.max(...attempts),
      lockWaitsTooLong: errors.filter((m) => /Someone else is saving/.test(m)).length,
      serviceErrorsSeen: errors.filter(
        (m) => m === msg.serviceFailed('offseason-local-spreadsheet'),
      ).length,
      injectedFailures: report.injectedFailures,
      rowsMovedByTheCoachMidSave: report.coachEdits,
      phoneEditsMeanwhile: report.phoneEdits.length,
      sheetsCallsPerAttempt:
        Math.round(
          (Object.entries(rt.calls.snapshot())
            .filter(([k]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList)\./.test(k))
            .reduce((s, [, n]) => s + n, 0) /
            attempts.reduce((a, b) => a + b, 0)) *
            10,
        ) / 10,
      medianSecondsToAnswer: Math.round((elapsed[Math.floor(elapsed.length / 2)] ?? 0) / 100) / 10,
      p95SecondsToAnswer: Math.round((elapsed[Math.floor(elapsed.length * 0.95)] ?? 0) / 100) / 10,
      simulatedSeconds: Math.round(report.wallMs / 100) / 10,
    };
    console.log(`load: ${JSON.stringify(figures)}`);
    expect(figures.landed + figures.reportedFailed).toBe(ATHLETES);
    expect(figures.injectedFailures).toBeGreaterThan(0);
    expect(figures.rowsMovedByTheCoachMidSave).toBeGreaterThan(0);
    expect(figures.phoneEditsMeanwhile).toBeGreaterThan(0);
  });
});
