/**
 * How long Google lets an execution run (developers.google.com/apps-script/guides/services/quotas,
 * "Current limitations": "Script runtime 6 min / execution", "Custom function runtime 30 sec /
 * execution"; simple triggers, guides/triggers#restrictions: "They cannot run for longer than 30
 * seconds"). Past it Google stops the execution wherever it is, and the script never sees its
 * own end: no catch or finally of it calls a service again.
 */
export const TIME_LIMIT_MS = {
  /** A server function: a menu item, a dialog's or sidebar's `google.script.run` call. */
  execution: 6 * 60 * 1000,
  customFunction: 30 * 1000,
  simpleTrigger: 30 * 1000,
} as const;

export type TimeLimitKind = keyof typeof TIME_LIMIT_MS;

/** An execution's limit and the words Google stops it with. */
export interface TimeLimit {
  readonly ms: number;
  readonly message: string;
}
