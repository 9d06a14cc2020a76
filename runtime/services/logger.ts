import { inspect } from 'node:util';
import type { Env, LogEntry } from './env';
import type { GasInfo } from './gas';
import { asGas } from './gas';

type GLogger = GoogleAppsScript.Base.Logger;

const LOGGER_API = ['log', 'getLog', 'clear'] as const satisfies readonly (keyof GLogger)[];

function text(value: unknown): string {
  return typeof value === 'string' ? value : inspect(value, { depth: 4, breakLength: Infinity });
}

/** Logger.log('a %s b', x) substitutes like Apps Script's; extra values are appended. */
export function formatLog(first: unknown, rest: unknown[]): string {
  if (typeof first !== 'string' || rest.length === 0) return [first, ...rest].map(text).join(' ');
  const queue = [...rest];
  const out = first.replace(/%[sdifoO%]/g, (m) =>
    m === '%%' ? '%' : queue.length ? text(queue.shift()) : m,
  );
  return queue.length ? `${out} ${queue.map(text).join(' ')}` : out;
}

export class FakeLogger implements Pick<GLogger, (typeof LOGGER_API)[number]> {
  static readonly gas: GasInfo = { name: 'Logger', methods: LOGGER_API };

  constructor(private readonly env: Env) {}

  log(data: unknown, ...values: unknown[]): GLogger {
    this.env.logs.push({ level: 'log', source: 'Logger', message: formatLog(data, values) });
    return asGas(this);
  }

  getLog(): string {
    return this.env.logs
      .filter((l) => l.source === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }

  clear(): void {
    const kept = this.env.logs.filter((l) => l.source !== 'Logger');
    this.env.logs.splice(0, this.env.logs.length, ...kept);
  }
}

/** Apps Script's console goes to Cloud Logging; here to the same log list (not counted). */
export function fakeConsole(
  logs: LogEntry[],
): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'> {
  const at =
    (level: LogEntry['level']) =>
    (first?: unknown, ...rest: unknown[]) => {
      logs.push({ level, source: 'console', message: formatLog(first, rest) });
    };
  const timers = new Map<string, number>();
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    time: (label: string) => {
      timers.set(label, performance.now());
    },
    timeEnd: (label: string) => {
      const start = timers.get(label);
      if (start !== undefined) at('info')(`${label}: ${(performance.now() - start).toFixed(1)}ms`);
    },
  };
}
