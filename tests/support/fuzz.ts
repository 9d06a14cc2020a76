import vm from 'node:vm';
import fc from 'fast-check';

/**
 * Anything a Sheets user can put in a custom function's arguments: numbers of any size and sign,
 * numeric and other text, booleans, dates (made in the bundle's realm, as Apps Script makes
 * them), blanks, omitted arguments and ranges of mixed shapes; and what another script may pass
 * (null, objects, lists that are not ranges).
 */
export function cellArbitraries(context: vm.Context) {
  const makeDate = vm.runInContext('(ms) => new Date(ms)', context) as (ms: number) => Date;
  const cell = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -20, max: 200 }),
    fc.double({ min: -20, max: 20, noNaN: true }).map(String),
    fc.constantFrom(
      'upper',
      'lower',
      'kg',
      'lb',
      'rts',
      'epley',
      'brzycki',
      '135 lb',
      '60kg',
      '2027-01-04',
      ' ',
    ),
    fc.string(),
    fc.boolean(),
    fc.integer({ min: -8.64e15, max: 8.64e15 }).map(makeDate),
    fc.constant(''),
  );
  const range = fc.integer({ min: 1, max: 4 }).chain((rows) =>
    fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), {
      minLength: rows,
      maxLength: rows,
    }),
  );
  // Another script calling the function passes what Sheets never does.
  const fromScript = fc.oneof(
    fc.constantFrom(null, undefined, {}, []),
    fc.array(fc.oneof(cell, fc.constant(null)), { maxLength: 3 }),
    fc.array(fc.array(fc.oneof(cell, fc.constant(null)), { maxLength: 3 }), { maxLength: 3 }),
  );
  const arg = fc.oneof(
    { weight: 8, arbitrary: cell },
    { weight: 2, arbitrary: range },
    { weight: 1, arbitrary: fromScript },
  );
  return { cell, range, args: (max: number) => fc.array(arg, { maxLength: max + 1 }) };
}

const isCleanNumber = (value: unknown) =>
  value === '' || (typeof value === 'number' && Number.isFinite(value));

/** Only numbers, blanks or clear errors come out: "NAME: …", never NaN, Infinity or undefined. */
export function checkOutcome(name: string, run: () => unknown, table: boolean): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    const message = (error as Error).message;
    // The user's own text is quoted back; judge only our words around it.
    const ours = message.replace(/"[^"]*"/g, '""');
    if (!message.startsWith(`${name}: `) || /undefined|NaN|Infinity|\[object/.test(ours)) {
      throw new Error(`unclear error from ${name}: ${message}`);
    }
    return;
  }
  if (table) {
    if (
      !Array.isArray(result) ||
      !result.every((row) => Array.isArray(row) && row.length === result[0].length)
    ) {
      throw new Error(`${name} returned a ragged table`);
    }
    return;
  }
  const ok = Array.isArray(result)
    ? result.every((row) => Array.isArray(row) && row.every(isCleanNumber))
    : isCleanNumber(result);
  if (!ok) throw new Error(`${name} returned ${JSON.stringify(result)}`);
}
