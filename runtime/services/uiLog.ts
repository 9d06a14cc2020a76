export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: MenuRecord };

export interface MenuRecord {
  kind: 'addon' | 'custom';
  caption: string;
  items: MenuEntry[];
}

export interface DialogRecord {
  kind: 'modal' | 'modeless' | 'sidebar';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: string;
  answer: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export interface UiResponse {
  button: string;
  text?: string;
}

/** What the script showed the user; tests read it and queue answers for alerts and prompts. */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  /** Warning-only protections the user was asked to confirm on UI edits. */
  readonly warnings: string[] = [];
  private readonly responses: UiResponse[] = [];

  /** The next alert or prompt gets this answer (otherwise the set's first button, text ''). */
  respond(button: string, text?: string): void {
    this.responses.push(text === undefined ? { button } : { button, text });
  }

  takeResponse(): UiResponse | undefined {
    return this.responses.shift();
  }

  /** Every clickable item, with the path of menu captions leading to it. */
  menuItems(): { path: string[]; caption: string; functionName: string }[] {
    const out: { path: string[]; caption: string; functionName: string }[] = [];
    const walk = (menu: MenuRecord, path: string[]) => {
      for (const item of menu.items) {
        if ('functionName' in item)
          out.push({ path, caption: item.caption, functionName: item.functionName });
        else if ('submenu' in item) walk(item.submenu, [...path, item.submenu.caption]);
      }
    };
    for (const m of this.menus) walk(m, [m.caption]);
    return out;
  }

  lastDialog(kind?: DialogRecord['kind']): DialogRecord | undefined {
    const list = kind ? this.dialogs.filter((d) => d.kind === kind) : this.dialogs;
    return list[list.length - 1];
  }

  clear(): void {
    for (const list of [this.menus, this.dialogs, this.alerts, this.toasts, this.warnings])
      list.length = 0;
  }
}
