import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRuntime, type Runtime, restoreRuntime, type SerializedState } from '../runtime';
import { serverReply } from '../runtime/client-shim';
import { a1Of } from './a1';
import type { AddOnBundle } from './bundle';
import { peopleOf } from './people';
import type { ActionReply, EditReply, UiEvent } from './types';

export interface SessionOptions {
  readonly bundle: AddOnBundle;
  /** Save state writes here, Load state reads here; loaded at start when it exists. */
  readonly statePath: string;
  /** The script's clock (tests pin it so generated dates and screenshots stay the same). */
  readonly now?: () => Date;
}

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * One spreadsheet with the add-on installed, for as long as the process runs. Every way in (an
 * edit, a menu item, a `google.script.run` call) goes through `track`, which turns what the
 * script showed into numbered UI events for the page, and keeps the HTML of dialogs and sidebars
 * so their iframes can load it.
 */
export class Session {
  private rt: Runtime;
  private readonly events: UiEvent[] = [];
  private readonly views = new Map<number, string>();
  private seq = 0;
  private nextView = 1;

  constructor(private readonly opts: SessionOptions) {
    this.rt = existsSync(opts.statePath) ? this.restore() : this.fresh();
  }

  get runtime(): Runtime {
    return this.rt;
  }

  get statePath(): string {
    return this.opts.statePath;
  }

  get lastSeq(): number {
    return this.seq;
  }

  eventsAfter(since: number): UiEvent[] {
    return this.events.filter((e) => e.seq > since);
  }

  /** The HTML a dialog or sidebar showed, by the id in its event's url. */
  view(id: number): string | undefined {
    return this.views.get(id);
  }

  edit(sheet: string, cell: string, value: string): EditReply {
    if (!CELL.test(cell)) return { ok: false, reason: 'range', message: `Not a cell: ${cell}` };
    try {
      return this.track(() => this.rt.edit(a1Of(sheet, cell), value));
    } catch (error) {
      return { ok: false, reason: 'range', message: messageOf(error) };
    }
  }

  /** Moves the user's selection, which also makes its tab the active one (as a click does in Sheets). */
  select(sheet: string, cell: string): ActionReply {
    if (!CELL.test(cell)) return { ok: false, message: `Not a cell: ${cell}` };
    try {
      this.rt.select(a1Of(sheet, cell));
      return { ok: true };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  }

  /** Acts as someone the spreadsheet knows (`peopleOf`): what they may edit follows. */
  actAs(email: string): ActionReply {
    const known = peopleOf(this.rt, this.rt.serialize()).some((p) => p.email === email);
    if (!known) return { ok: false, message: `${email} is not someone this spreadsheet knows.` };
    this.rt.setUser(email);
    return { ok: true };
  }

  /** Only what the add-on put in its menu: the page is not a way to call any function by name. */
  menu(functionName: string): ActionReply {
    if (!this.rt.ui.menuItems().some((item) => item.functionName === functionName))
      return { ok: false, message: `No menu item runs ${functionName}.` };
    try {
      this.track(() => this.rt.call(functionName));
      return { ok: true };
    } catch (error) {
      // What Sheets shows when a menu function throws.
      return { ok: false, message: messageOf(error) };
    }
  }

  /** `google.script.run` from a view: the reply the client shim expects. */
  run(name: string, argsJson: string): string {
    return this.track(() => serverReply(this.rt, name, argsJson));
  }

  save(): ActionReply {
    try {
      writeFileSync(this.opts.statePath, `${JSON.stringify(this.rt.serialize())}\n`);
      return { ok: true, path: this.opts.statePath };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  }

  load(): ActionReply {
    try {
      this.rt = this.restore();
      return { ok: true, path: this.opts.statePath };
    } catch (error) {
      return { ok: false, message: `Could not load ${this.opts.statePath}: ${messageOf(error)}` };
    }
  }

  private fresh(): Runtime {
    return this.opened(createRuntime(this.runtimeOptions()));
  }

  private restore(): Runtime {
    const state = JSON.parse(readFileSync(this.opts.statePath, 'utf8')) as SerializedState;
    return this.opened(restoreRuntime(state, this.runtimeOptions()));
  }

  private runtimeOptions() {
    const { code, htmlFiles, manifest } = this.opts.bundle;
    const opts = { code, htmlFiles, manifest };
    return this.opts.now ? { ...opts, now: this.opts.now } : opts;
  }

  /** Menus are not part of a saved state: opening the document builds them, as in Sheets. */
  private opened(rt: Runtime): Runtime {
    rt.open();
    return rt;
  }

  private track<T>(run: () => T): T {
    const ui = this.rt.ui;
    const before = {
      dialogs: ui.dialogs.length,
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
    };
    try {
      return run();
    } finally {
      for (const d of ui.dialogs.slice(before.dialogs)) {
        const id = this.nextView++;
        this.views.set(id, d.html);
        this.events.push({
          seq: ++this.seq,
          kind: d.kind,
          title: d.title,
          url: `/view/${id}`,
          width: d.width,
          height: d.height,
        });
      }
      for (const a of ui.alerts.slice(before.alerts)) this.events.push({ seq: ++this.seq, ...a });
      for (const t of ui.toasts.slice(before.toasts))
        this.events.push({ seq: ++this.seq, kind: 'toast', title: t.title, message: t.message });
    }
  }
}
