import vm from 'node:vm';

/** The vm realm's constructors: values handed to the script must come from its own realm. */
export interface Realm {
  context: vm.Context;
  fail(message: string): never;
  makeDate(ms: number): Date;
  /** Copies host arrays and plain objects into the realm (fakes and primitives pass through). */
  adopt<T>(value: T): T;
  run(code: string, filename: string): unknown;
}

const CLOCK_SHIM = `(function (now) {
  var RealDate = Date;
  function FakeDate() {
    if (!new.target) return new RealDate(now()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  FakeDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(FakeDate, RealDate);
  FakeDate.now = function () { return now(); };
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  globalThis.Date = FakeDate;
})`;

function isPlainHostObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A fresh script realm; `now` (if given) drives `new Date()` and `Date.now()` inside it. */
export function createRealm(now?: () => Date): Realm {
  const context = vm.createContext({}, { name: 'Apps Script' });
  if (now) {
    const install = vm.runInContext(CLOCK_SHIM, context) as (clock: () => number) => void;
    install(() => now().getTime());
  }
  const VmError = vm.runInContext('Error', context) as ErrorConstructor;
  const VmDate = vm.runInContext('Date', context) as DateConstructor;
  const VmArray = vm.runInContext('Array', context) as ArrayConstructor;
  const VmObject = vm.runInContext('Object', context) as ObjectConstructor;

  const adopt = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const out = new VmArray(value.length);
      for (let i = 0; i < value.length; i++) out[i] = adopt(value[i]);
      return out;
    }
    if (isPlainHostObject(value)) {
      const out = new VmObject() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = adopt(v);
      return out;
    }
    return value;
  };

  return {
    context,
    fail(message: string): never {
      const error = new VmError(message);
      // Apps Script's service errors print as "Exception: <message>".
      error.name = 'Exception';
      throw error;
    },
    makeDate: (ms) => new VmDate(ms),
    adopt: <T>(value: T) => adopt(value) as T,
    run: (code, filename) => new vm.Script(code, { filename }).runInContext(context),
  };
}
