import { type Random, type Runtime, type Started, seededRandom } from '../../runtime';
import { COLUMN, type ColumnName, letter, WIDTH } from '../../src/sheet/columns';
import { readRows } from '../../src/sheet/tab';

/**
 * Many sidebars saving at once, on the local runtime's interleaving hook: every service call
 * takes a random time, may fail (before or after it took effect), and between calls athletes
 * type into their own tabs on their phones and the coach inserts rows. Each sidebar retries a
 * failed save with the same request after a pause, as its *Retry* button does. All randomness
 * comes from one seed, so a failure reproduces.
 */
export interface LoadOptions {
  readonly seed: number;
  /** Latency of each Sheets call (a round trip to the spreadsheet), ms. */
  readonly latency: readonly [number, number];
  /** Latency of other service calls (LockService, Session), ms. */
  readonly otherLatency: readonly [number, number];
  /** Time over which the first *Save* clicks spread, ms. */
  readonly spread: number;
  /** Chance that a call fails: half before it runs, half after it took effect. */
  readonly failure: number;
  /** Chance, per call, that some athlete types on their phone into another row of their tab. */
  readonly phoneEdit: number;
  /**
   * Chance, per save's write, that the coach changes rows of the session being saved: inserts a
   * row above it, inserts one inside it, or sorts two of its rows.
   */
  readonly coachEdit: number;
  /** *Retry* clicks after the first try, and the pause before each, ms. */
  readonly retries: number;
  readonly backoff: readonly [number, number];
}

export interface Client {
  readonly user: string;
  readonly sheetName: string;
  readonly request: { readonly saveId: string; readonly exercises: readonly unknown[] };
}

export interface ClientOutcome {
  readonly client: Client;
  readonly attempts: number;
  /** `saved` or `already` (a retry of a save that had landed); `failed` after every retry. */
  readonly outcome: 'saved' | 'already' | 'failed';
  readonly errors: readonly string[];
  /** From the first click to the last answer, simulated ms. */
  readonly elapsed: number;
}

/** A cell found by its row's key, wherever inserted rows have moved it. */
export interface KeyedCell {
  readonly key: string;
  readonly column: ColumnName;
}

export interface PhoneEdit extends KeyedCell {
  readonly user: string;
  readonly sheetName: string;
  readonly value: number;
}

export interface LoadReport {
  readonly outcomes: readonly ClientOutcome[];
  readonly phoneEdits: readonly PhoneEdit[];
  readonly coachEdits: number;
  readonly injectedFailures: number;
  readonly wallMs: number;
}

interface Flight {
  readonly client: Client;
  attempts: number;
  errors: string[];
  firstAt: number;
  handle?: Started;
  outcome?: ClientOutcome['outcome'];
  elapsed?: number;
}

export function runLoad(
  rt: Runtime,
  clients: readonly Client[],
  o: LoadOptions,
  coach: string,
  /** A cell of `client`'s own tab a phone may type into: never in a row its save writes. */
  phoneCell: (client: Client) => KeyedCell,
  /** Rows of the session being saved, by key: where the coach inserts rows, and two to sort. */
  session: (client: Client) => {
    readonly start: string;
    readonly inside: string;
    readonly sort: string;
  },
): LoadReport {
  const rowOf = (sheetName: string, key: string): number =>
    savedRows(rt, sheetName).find((r) => r.key === key)?.row ?? 0;
  const random: Random = seededRandom(o.seed);
  const start = rt.clock;
  const flights: Flight[] = clients.map((client) => ({
    client,
    attempts: 0,
    errors: [],
    firstAt: start + random.int(0, o.spread),
  }));
  const due: { at: number; flight: Flight }[] = flights.map((f) => ({ at: f.firstAt, flight: f }));
  const phoneEdits: PhoneEdit[] = [];
  let coachEdits = 0;
  let injectedFailures = 0;

  const settle = () => {
    for (const f of flights) {
      const h = f.handle;
      if (!h?.done || f.outcome) continue;
      f.handle = undefined;
      if (h.error === undefined) {
        f.outcome = (h.result as { saved: boolean }).saved ? 'saved' : 'already';
        f.elapsed = (h.finishedAt ?? rt.clock) - f.firstAt;
      } else {
        f.errors.push(h.error.message);
        if (f.attempts > o.retries) {
          f.outcome = 'failed';
          f.elapsed = (h.finishedAt ?? rt.clock) - f.firstAt;
        } else due.push({ at: (h.finishedAt ?? rt.clock) + random.int(...o.backoff), flight: f });
      }
    }
  };
  const launch = () => {
    due.sort((a, b) => a.at - b.at);
    while (due.length > 0 && (due[0]?.at ?? 0) <= rt.clock) {
      const { flight } = due.shift() as (typeof due)[number];
      flight.attempts++;
      flight.handle = rt.start(
        flight.client.user,
        'saveSession',
        flight.client.request as unknown as Record<string, unknown>,
      );
    }
  };

  rt.between((call) => {
    if (call.phase === 'before') {
      rt.advance(random.int(...(SHEETS.test(call.name) ? o.latency : o.otherLatency)));
      settle();
      launch();
      if (random.chance(o.phoneEdit)) {
        const client = random.pick(clients);
        const cell = phoneCell(client);
        const value = random.int(0, 5);
        const a1 = `${quote(client.sheetName)}!${letter(COLUMN[cell.column])}${rowOf(client.sheetName, cell.key)}`;
        const typed = rt.as(client.user, () => rt.edit(a1, value));
        if (typed.ok)
          phoneEdits.push({ ...cell, user: client.user, sheetName: client.sheetName, value });
      }
      const client = clients.find((c) => c.user === call.user);
      if (client && call.name === 'Range.setValues' && random.chance(o.coachEdit)) {
        coachEdits++;
        const rows = session(client);
        const change = random.pick(['above', 'inside', 'sort'] as const);
        rt.as(coach, () => {
          const sheet = rt.spreadsheet.getSheetByName(client.sheetName);
          if (change === 'sort')
            sheet
              ?.getRange(rowOf(client.sheetName, rows.sort), 1, 2, WIDTH)
              .sort({ column: 1, ascending: random.chance(0.5) });
          else
            sheet?.insertRowsBefore(
              rowOf(client.sheetName, change === 'above' ? rows.start : rows.inside),
              1,
            );
        });
      }
    }
    if (random.chance(o.failure / 2)) {
      injectedFailures++;
      throw rt.serviceError();
    }
  });
  try {
    while (flights.some((f) => !f.outcome)) {
      settle();
      due.sort((a, b) => a.at - b.at);
      const next = due[0];
      if (next && next.at > rt.clock) rt.advance(next.at - rt.clock);
      launch();
    }
  } finally {
    rt.between(undefined);
  }
  return {
    outcomes: flights.map((f) => ({
      client: f.client,
      attempts: f.attempts,
      outcome: f.outcome ?? 'failed',
      errors: f.errors,
      elapsed: f.elapsed ?? 0,
    })),
    phoneEdits,
    coachEdits,
    injectedFailures,
    wallMs: rt.clock - start,
  };
}

const SHEETS = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection)\./;

const quote = (sheetName: string) => `'${sheetName.replace(/'/g, "''")}'`;

/** The keyed rows of a tab, read without counting. */
export function savedRows(rt: Runtime, sheetName: string) {
  return readRows(rt.values(`${quote(sheetName)}!A:${letter(WIDTH)}`));
}
