import type { Messages } from './googleErrors';
import { messages } from './googleErrors';
import type { Grant } from './scopes';
import { missingScopes, requiredScopes } from './scopes';

/** The modes a script can run in; CUSTOM_FUNCTION is entered by the engine, never set by tests. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';
export type UserAuthMode = 'NONE' | 'LIMITED' | 'FULL';

// In NONE an add-on may only build its menu (workspace add-ons: editor-auth-lifecycle).
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Session.getScriptTimeZone',
  'Session.getActiveUserLocale',
]);
const FREE_SERVICES = new Set(['Utilities', 'Logger', 'LockService', 'Lock']);

// Custom functions get read-only spreadsheet access and no UI (guides/sheets/functions#using_apps_script_services).
const WRITE_METHOD =
  /^(set|insert|update|delete|append|add|remove|clear|sort|protect|merge|break|hide|show|activate|copy|move|toast|rename|check|uncheck|trim|randomize|auto)/;
const NO_UI_IN_CUSTOM = new Set(['Ui', 'Menu', 'HtmlService', 'HtmlOutput', 'HtmlTemplate']);

/**
 * Why `service.method` may not run in `mode` with the manifest's `grant`, or undefined when it
 * may. The mode is checked first: in NONE nothing but the menu runs, whatever was granted.
 */
export function refusal(
  mode: AuthModeName,
  service: string,
  method: string,
  grant: Grant = 'all',
  msg: Messages = messages('en'),
): string | undefined {
  const name = `${service}.${method}`;
  if (mode === 'NONE') {
    if (ALLOWED_IN_NONE.has(name) || FREE_SERVICES.has(service)) return undefined;
    return msg.noPermission(name, requiredScopes(service, method));
  }
  if (mode === 'CUSTOM_FUNCTION') {
    if (name === 'SpreadsheetApp.getUi') return msg.uiFromThisContext;
    if (NO_UI_IN_CUSTOM.has(service) || WRITE_METHOD.test(method)) return msg.noPermission(name);
  }
  // guides/services/authorization: a call outside the manifest's oauthScopes throws.
  const missing = missingScopes(grant, service, method);
  return missing ? msg.noPermission(name, missing) : undefined;
}

/**
 * The current mode, with a stack so engine-entered modes (custom functions, triggers) unwind,
 * and the scopes the manifest grants.
 */
export class AuthState {
  private readonly stack: AuthModeName[] = [];

  constructor(
    public base: UserAuthMode,
    readonly grant: Grant = 'all',
  ) {}

  get mode(): AuthModeName {
    return this.stack[this.stack.length - 1] ?? this.base;
  }

  within<T>(mode: AuthModeName, fn: () => T): T {
    this.stack.push(mode);
    try {
      return fn();
    } finally {
      this.stack.pop();
    }
  }
}
