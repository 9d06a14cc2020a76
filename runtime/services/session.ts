import { createHash } from 'node:crypto';
import type { Env } from './env';
import type { GasInfo } from './gas';
import { asGas } from './gas';

type GSession = GoogleAppsScript.Base.Session;
type GUser = GoogleAppsScript.Base.User;

const USER_API = ['getEmail'] as const satisfies readonly (keyof GUser)[];

export class FakeUser implements Pick<GUser, (typeof USER_API)[number]> {
  static readonly gas: GasInfo = { name: 'User', methods: USER_API };

  constructor(readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

const SESSION_API = [
  'getActiveUser',
  'getActiveUserLocale',
  'getEffectiveUser',
  'getScriptTimeZone',
  'getTemporaryActiveUserKey',
] as const satisfies readonly (keyof GSession)[];

export class FakeSession implements Pick<GSession, (typeof SESSION_API)[number]> {
  static readonly gas: GasInfo = { name: 'Session', methods: SESSION_API };

  constructor(
    private readonly env: Env,
    private readonly scriptTimeZone: string,
    /** The user's language, as `en` for English (reference/base/session#getActiveUserLocale()). */
    private readonly locale: string,
  ) {}

  /** Custom functions run anonymously: Sheets gives them an empty email. */
  getActiveUser(): GUser {
    const email = this.env.auth.mode === 'CUSTOM_FUNCTION' ? '' : this.env.user();
    return asGas(new FakeUser(email));
  }

  getActiveUserLocale(): string {
    return this.locale;
  }

  /** An add-on runs as the user who invoked it. */
  getEffectiveUser(): GUser {
    return this.getActiveUser();
  }

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`offseason:${this.env.user()}`)
      .digest('base64url')
      .slice(0, 43);
  }
}
