import { randomUUID } from 'node:crypto';
import { isDate } from '../core/dates';
import { formatDate, IllegalPatternCharacter } from '../core/formatDate';
import type { Env } from './env';
import type { GasInfo } from './gas';

type GUtilities = GoogleAppsScript.Utilities.Utilities;

const UTILITIES_API = [
  'base64Encode',
  'formatDate',
  'formatString',
  'getUuid',
  'sleep',
] as const satisfies readonly (keyof GUtilities)[];

export class FakeUtilities implements Pick<GUtilities, (typeof UTILITIES_API)[number]> {
  static readonly gas: GasInfo = { name: 'Utilities', methods: UTILITIES_API };

  constructor(private readonly env: Env) {}

  base64Encode(data: string | number[]): string {
    return typeof data === 'string'
      ? Buffer.from(data, 'utf8').toString('base64')
      : Buffer.from(data.map((b) => b & 0xff)).toString('base64');
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      const types = [date, timeZone, format].map((a) => (isDate(a) ? 'Date' : typeof a)).join(',');
      this.env.fail(
        this.env.msg.badParameters(
          types,
          'Utilities.formatDate',
          this.env.msg.expected('(Date,String,String)'),
        ),
      );
    }
    try {
      return formatDate(date.getTime(), timeZone, format);
    } catch (e) {
      if (e instanceof IllegalPatternCharacter) {
        return this.env.fail(this.env.msg.illegalPatternCharacter(e.character));
      }
      throw e;
    }
  }

  /** sprintf-style: %s, %d, %i, %f with optional precision (`%.2f`), %% for a percent sign. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(
      /%(\.(\d+))?([sdif%])/g,
      (_m, _p, precision: string | undefined, kind: string) => {
        if (kind === '%') return '%';
        const v = args[i++];
        if (kind === 's') return String(v);
        const n = Number(v);
        if (kind === 'f') return precision !== undefined ? n.toFixed(Number(precision)) : String(n);
        return String(Math.trunc(n));
      },
    );
  }

  getUuid(): string {
    return randomUUID();
  }

  /**
   * No real waiting (tests and benchmarks must not depend on wall time): the simulated clock
   * moves instead, and the sleep counts against the execution's time limit, as on Google
   * (reference/utilities/utilities#sleep(Integer)).
   */
  sleep(milliseconds: number): void {
    this.env.elapse(milliseconds);
  }
}
