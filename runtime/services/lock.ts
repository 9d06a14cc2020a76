import type { Env } from './env';
import type { GasInfo } from './gas';
import { asGas } from './gas';
import type { LockKind } from './lockTable';

type GLock = GoogleAppsScript.Lock.Lock;
type GLockService = GoogleAppsScript.Lock.LockService;

const LOCK_API = [
  'hasLock',
  'releaseLock',
  'tryLock',
  'waitLock',
] as const satisfies readonly (keyof GLock)[];

export class FakeLock implements Pick<GLock, (typeof LOCK_API)[number]> {
  static readonly gas: GasInfo = { name: 'Lock', methods: LOCK_API };

  constructor(
    private readonly env: Env,
    private readonly kind: LockKind,
  ) {}

  hasLock(): boolean {
    return this.env.locks.holds(this.kind);
  }

  releaseLock(): void {
    this.env.locks.release(this.kind);
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.env.locks.acquire(this.kind, 'tryLock', timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.env.locks.acquire(this.kind, 'waitLock', timeoutInMillis))
      this.env.fail(this.env.msg.lockTimeout);
  }
}

const SERVICE_API = [
  'getDocumentLock',
  'getScriptLock',
  'getUserLock',
] as const satisfies readonly (keyof GLockService)[];

export class FakeLockService implements Pick<GLockService, (typeof SERVICE_API)[number]> {
  static readonly gas: GasInfo = { name: 'LockService', methods: SERVICE_API };

  constructor(private readonly env: Env) {}

  getDocumentLock(): GLock {
    return asGas(new FakeLock(this.env, 'document'));
  }

  getScriptLock(): GLock {
    return asGas(new FakeLock(this.env, 'script'));
  }

  getUserLock(): GLock {
    return asGas(new FakeLock(this.env, 'user'));
  }
}
