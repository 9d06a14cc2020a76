import type { Env } from './env';
import type { GasInfo } from './gas';
import { asEnum, asGas, ENUMS } from './gas';

type GScriptApp = GoogleAppsScript.Script.ScriptApp;
type GAuthInfo = GoogleAppsScript.Script.AuthorizationInfo;

const AUTH_INFO_API = [
  'getAuthorizationStatus',
  'getAuthorizationUrl',
] as const satisfies readonly (keyof GAuthInfo)[];

export class FakeAuthorizationInfo implements Pick<GAuthInfo, (typeof AUTH_INFO_API)[number]> {
  static readonly gas: GasInfo = { name: 'AuthorizationInfo', methods: AUTH_INFO_API };

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return asEnum(ENUMS.AuthorizationStatus.NOT_REQUIRED);
  }

  getAuthorizationUrl(): string {
    return '';
  }
}

const SCRIPT_APP_API = [
  'getAuthorizationInfo',
  'getProjectTriggers',
  'getScriptId',
] as const satisfies readonly (keyof GScriptApp)[];

export class FakeScriptApp implements Pick<GScriptApp, (typeof SCRIPT_APP_API)[number]> {
  static readonly gas: GasInfo = {
    name: 'ScriptApp',
    methods: SCRIPT_APP_API,
    props: ['AuthMode', 'AuthorizationStatus'],
  };
  readonly AuthMode = ENUMS.AuthMode;
  readonly AuthorizationStatus = ENUMS.AuthorizationStatus;

  constructor(private readonly env: Env) {}

  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode): GAuthInfo {
    return asGas(new FakeAuthorizationInfo());
  }

  /** The runtime has no installable triggers. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return [];
  }

  getScriptId(): string {
    return `script-${this.env.wb.id}`;
  }
}
