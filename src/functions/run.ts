import type { Arg, Result } from './cell';
import { call } from './define';
import { CUSTOM_FUNCTIONS } from './table';

/** What each generated `@customfunction` stub calls with its name and `arguments`. */
export function runCustomFunction(name: string, args: ArrayLike<Arg>): Result {
  const fn = CUSTOM_FUNCTIONS.find((f) => f.name === name);
  if (!fn) throw new Error(`Offseason has no function named ${name}.`);
  return call(fn, Array.from(args));
}
