import type { AuthState } from './auth';
import { refusal } from './auth';
import type { CallCounter } from './counter';
import type { Messages } from './googleErrors';
import { messages } from './googleErrors';

/** What the vm may see of a fake class: its Apps Script class name, methods and enum properties. */
export interface GasInfo {
  name: string;
  methods: readonly string[];
  props?: readonly string[];
  /** Template objects take arbitrary properties from the script. */
  open?: boolean;
}

interface GasClass {
  gas?: GasInfo;
}

function infoOf(value: unknown): GasInfo | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value.constructor as GasClass | undefined)?.gas;
}

/**
 * Hands fakes to the vm behind proxies, so that every method call is counted and checked against
 * the auth mode in one place, and only the Apps Script API is visible (an unknown method is
 * `undefined`, as in Apps Script). Fakes themselves always see raw objects: arguments are unwrapped.
 */
export class Exposer {
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();
  /**
   * Runs around every counted call (before it, and after it returns): the runtime's hook for
   * interleaving other executions and injecting failures. An error it throws fails the call.
   */
  around: ((call: string, phase: 'before' | 'after') => void) | undefined;
  private quiet = 0;

  constructor(
    private readonly counter: CallCounter,
    private readonly auth: AuthState,
    private readonly fail: (message: string) => never,
    /** Moves results into the script's realm (arrays and plain objects). */
    private readonly adopt: <T>(value: T) => T = (v) => v,
    private readonly msg: Messages = messages('en'),
  ) {}

  /** Calls made by `work` are neither counted nor hooked: another execution's, or a person's. */
  quietly<T>(work: () => T): T {
    this.quiet++;
    try {
      return work();
    } finally {
      this.quiet--;
    }
  }

  private hook(call: string, phase: 'before' | 'after'): void {
    const around = this.around;
    if (!around || this.quiet > 0) return;
    let failure: unknown;
    try {
      this.quietly(() => around(call, phase));
      return;
    } catch (error) {
      failure = error;
    }
    this.fail(failure instanceof Error ? failure.message : String(failure));
  }

  expose<T>(raw: T): T {
    const info = infoOf(raw);
    if (!info) return raw;
    const target = raw as object;
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const proxy = new Proxy(target, this.handler(info));
    this.proxies.set(target, proxy);
    this.raws.set(proxy, target);
    return proxy as T;
  }

  unwrap<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    const raw = this.raws.get(value);
    if (raw) return raw as T;
    // Array.from makes host arrays: the engine checks `instanceof Array`, which vm arrays fail.
    if (Array.isArray(value)) return Array.from(value, (v) => this.unwrap(v)) as T;
    // A plain object of either realm: its prototype is some realm's Object.prototype (or null).
    const proto = Object.getPrototypeOf(value);
    if (proto === null || Object.getPrototypeOf(proto) === null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.unwrap(v);
      return out as T;
    }
    return value;
  }

  private wrapResult(value: unknown): unknown {
    if (infoOf(value)) return this.expose(value);
    if (!Array.isArray(value)) return value;
    let changed = false;
    const out = value.map((v) => {
      const w = this.wrapResult(v);
      if (w !== v) changed = true;
      return w;
    });
    return changed ? out : value;
  }

  private handler(info: GasInfo): ProxyHandler<object> {
    const methods = new Set(info.methods);
    const props = new Set(info.props ?? []);
    const expando = new Map<PropertyKey, unknown>();
    return {
      get: (target, prop) => {
        if (typeof prop === 'string' && methods.has(prop)) return this.method(info, target, prop);
        if (typeof prop === 'string' && props.has(prop)) return Reflect.get(target, prop);
        if (prop === 'toString') return () => info.name;
        if (info.open) return Reflect.get(target, prop);
        return expando.get(prop);
      },
      set: (target, prop, value) => {
        if (info.open) return Reflect.set(target, prop, value);
        expando.set(prop, value);
        return true;
      },
      has: (_target, prop) => typeof prop === 'string' && (methods.has(prop) || props.has(prop)),
      ownKeys: (target) => (info.open ? Reflect.ownKeys(target) : []),
    };
  }

  private method(info: GasInfo, target: object, name: string): (...args: unknown[]) => unknown {
    const fn = Reflect.get(target, name) as (...args: unknown[]) => unknown;
    const key = `${info.name}.${name}`;
    return (...args: unknown[]) => {
      const why = refusal(this.auth.mode, info.name, name, this.auth.grant, this.msg);
      if (why) this.fail(why);
      if (this.quiet === 0) this.counter.inc(key);
      this.hook(key, 'before');
      const result = fn.apply(
        target,
        args.map((a) => this.unwrap(a)),
      );
      this.hook(key, 'after');
      return this.adopt(this.wrapResult(result));
    };
  }
}
