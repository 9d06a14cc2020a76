import type { Env } from './env';
import type { GasInfo } from './gas';
import { asGas } from './gas';

type GProperties = GoogleAppsScript.Properties.Properties;
type GPropertiesService = GoogleAppsScript.Properties.PropertiesService;

const PROPERTIES_API = [
  'deleteAllProperties',
  'deleteProperty',
  'getKeys',
  'getProperties',
  'getProperty',
  'setProperties',
  'setProperty',
] as const satisfies readonly (keyof GProperties)[];

/** One store; values are strings, as Apps Script coerces them. */
export class FakeProperties implements Pick<GProperties, (typeof PROPERTIES_API)[number]> {
  static readonly gas: GasInfo = { name: 'Properties', methods: PROPERTIES_API };

  constructor(private readonly store: Map<string, string>) {}

  deleteAllProperties(): GProperties {
    this.store.clear();
    return asGas(this);
  }

  deleteProperty(key: string): GProperties {
    this.store.delete(key);
    return asGas(this);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GProperties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return asGas(this);
  }

  setProperty(key: string, value: string): GProperties {
    this.store.set(key, String(value));
    return asGas(this);
  }
}

const SERVICE_API = [
  'getDocumentProperties',
  'getScriptProperties',
  'getUserProperties',
] as const satisfies readonly (keyof GPropertiesService)[];

export class FakePropertiesService
  implements Pick<GPropertiesService, (typeof SERVICE_API)[number]>
{
  static readonly gas: GasInfo = { name: 'PropertiesService', methods: SERVICE_API };

  constructor(private readonly env: Env) {}

  getDocumentProperties(): GProperties {
    return asGas(new FakeProperties(this.env.wb.properties.document));
  }

  getScriptProperties(): GProperties {
    return asGas(new FakeProperties(this.env.wb.properties.script));
  }

  /** Per user of the script: switching rt.setUser switches stores. */
  getUserProperties(): GProperties {
    const users = this.env.wb.properties.user;
    const email = this.env.user().toLowerCase();
    let store = users.get(email);
    if (!store) {
      store = new Map();
      users.set(email, store);
    }
    return asGas(new FakeProperties(store));
  }
}
