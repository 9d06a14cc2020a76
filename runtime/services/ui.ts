import type { Env } from './env';
import type { GasInfo } from './gas';
import { asEnum, asGas, ENUMS } from './gas';
import type { FakeHtmlOutput } from './html';
import type { MenuRecord, UiLog, UiResponse } from './uiLog';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GPromptResponse = GoogleAppsScript.Base.PromptResponse;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const MENU_API = [
  'addItem',
  'addSeparator',
  'addSubMenu',
  'addToUi',
] as const satisfies readonly (keyof GMenu)[];

export class FakeMenu implements Pick<GMenu, (typeof MENU_API)[number]> {
  static readonly gas: GasInfo = { name: 'Menu', methods: MENU_API };
  readonly record: MenuRecord;

  constructor(
    private readonly log: UiLog,
    kind: MenuRecord['kind'],
    caption: string,
  ) {
    this.record = { kind, caption, items: [] };
  }

  addItem(caption: string, functionName: string): GMenu {
    this.record.items.push({ caption, functionName });
    return asGas(this);
  }

  addSeparator(): GMenu {
    this.record.items.push({ separator: true });
    return asGas(this);
  }

  addSubMenu(menu: GMenu): GMenu {
    this.record.items.push({ submenu: (menu as unknown as FakeMenu).record });
    return asGas(this);
  }

  /** A menu added again (each onOpen) replaces the earlier one with the same caption. */
  addToUi(): void {
    const at = this.log.menus.findIndex(
      (m) => m.kind === this.record.kind && m.caption === this.record.caption,
    );
    const copy = structuredClone(this.record);
    if (at >= 0) this.log.menus[at] = copy;
    else this.log.menus.push(copy);
  }
}

const PROMPT_API = [
  'getResponseText',
  'getSelectedButton',
] as const satisfies readonly (keyof GPromptResponse)[];

export class FakePromptResponse implements Pick<GPromptResponse, (typeof PROMPT_API)[number]> {
  static readonly gas: GasInfo = { name: 'PromptResponse', methods: PROMPT_API };

  constructor(private readonly answer: UiResponse) {}

  getResponseText(): string {
    return this.answer.text ?? '';
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return asEnum(this.answer.button);
  }
}

const UI_API = [
  'alert',
  'createAddonMenu',
  'createMenu',
  'prompt',
  'showModalDialog',
  'showModelessDialog',
  'showSidebar',
] as const satisfies readonly (keyof GUi)[];

const FIRST_BUTTON: Record<string, string> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export class FakeUi implements Pick<GUi, (typeof UI_API)[number]> {
  static readonly gas: GasInfo = { name: 'Ui', methods: UI_API, props: ['Button', 'ButtonSet'] };
  readonly Button = ENUMS.Button;
  readonly ButtonSet = ENUMS.ButtonSet;

  constructor(private readonly env: Env) {}

  private dialogArgs(
    a: unknown,
    b: unknown,
    c: unknown,
  ): { title: string | null; prompt: string; buttons: string } {
    if (c !== undefined) return { title: String(a), prompt: String(b), buttons: String(c) };
    return { title: null, prompt: String(a), buttons: b === undefined ? 'OK' : String(b) };
  }

  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const args = this.dialogArgs(a, b, c);
    const answer = this.env.ui.takeResponse()?.button ?? FIRST_BUTTON[args.buttons] ?? 'OK';
    this.env.ui.alerts.push({ kind: 'alert', ...args, answer });
    return asEnum(answer);
  }

  prompt(a: string, b?: unknown, c?: unknown): GPromptResponse {
    const args = this.dialogArgs(a, b, c);
    const answer = this.env.ui.takeResponse() ?? {
      button: FIRST_BUTTON[args.buttons] ?? 'OK',
      text: '',
    };
    this.env.ui.alerts.push({ kind: 'prompt', ...args, answer: answer.button });
    return asGas(new FakePromptResponse(answer));
  }

  /** The add-on's own menu under Extensions; its caption is the add-on's name. */
  createAddonMenu(): GMenu {
    return asGas(new FakeMenu(this.env.ui, 'addon', 'Add-on'));
  }

  createMenu(caption: string): GMenu {
    return asGas(new FakeMenu(this.env.ui, 'custom', caption));
  }

  private show(kind: 'modal' | 'modeless' | 'sidebar', output: GHtmlOutput, title?: string): void {
    const out = output as unknown as FakeHtmlOutput;
    this.env.ui.dialogs.push({
      kind,
      title: title ?? out.getTitle(),
      html: out.getContent(),
      // Sidebars are always 300 px wide in Sheets, whatever the output asks for.
      width: kind === 'sidebar' ? 300 : out.width,
      height: kind === 'sidebar' ? null : out.height,
    });
  }

  showModalDialog(userInterface: GHtmlOutput, title: string): void {
    this.show('modal', userInterface, title);
  }

  showModelessDialog(userInterface: GHtmlOutput, title: string): void {
    this.show('modeless', userInterface, title);
  }

  showSidebar(userInterface: GHtmlOutput): void {
    this.show('sidebar', userInterface);
  }
}
