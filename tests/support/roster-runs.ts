import type { Runtime } from '../../runtime';
import { addOn, roster } from './runtime';
import { rosterRow } from './spec';

/** One run of Generate for roster: the tabs it made, its time on the runtime's clock, its report. */
export interface RosterRun {
  readonly created: number;
  readonly ms: number;
  readonly report: string;
}

/**
 * A team of `athletes` (Athlete 1, 2…; each with an email or none) generated with Generate for
 * roster, run again while athletes are left (at most 10 runs), every Sheets call taking `latency`
 * ms of Google's time on the runtime's clock, which stops a run at 6 minutes.
 */
export function rosterInRuns(
  athletes: number,
  latency: number,
  email = true,
): { rt: Runtime; names: string[]; runs: RosterRun[] } {
  const rt = addOn({ latency });
  const names = Array.from({ length: athletes }, (_, i) => `Athlete ${i + 1}`);
  roster(
    rt,
    names.map((n, i) => rosterRow(n, email ? `a${i}@example.com` : '')),
  );
  const runs: RosterRun[] = [];
  let done = 0;
  while (done < athletes && runs.length < 10) {
    const before = rt.clock;
    rt.call('generateForRoster');
    const report = rt.ui.alerts.at(-1)?.prompt ?? '';
    const created = Number(/^Created (\d+):/.exec(report)?.[1]);
    runs.push({ created, ms: rt.clock - before, report });
    if (!(created > 0)) break;
    done += created;
  }
  return { rt, names, runs };
}
