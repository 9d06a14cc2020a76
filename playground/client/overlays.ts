import { byId, el } from '../../src/ui/dom';
import type { UiEvent } from '../types';

type FrameEvent = Extract<UiEvent, { url: string }>;
type AlertEvent = Extract<UiEvent, { kind: 'alert' | 'prompt' }>;

const BUTTONS: Readonly<Record<string, readonly string[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'Cancel'],
  YES_NO: ['Yes', 'No'],
  YES_NO_CANCEL: ['Yes', 'No', 'Cancel'],
};

/**
 * What the script showed: dialogs as a modal over the page at the size the add-on asked for,
 * the sidebar as a panel on the right, alerts as a small modal, toasts in a corner. Titles and
 * messages are the script's text, shown as text.
 */
export class Overlays {
  private readonly layer = byId('overlay');
  private readonly sidebar = byId('sidebar');
  private readonly sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');

  constructor() {
    byId('sidebar-close').addEventListener('click', () => this.closeSidebar());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.layer.hidden) this.closeLayer();
    });
  }

  show(event: UiEvent): void {
    if ('url' in event) {
      if (event.kind === 'sidebar') this.openSidebar(event);
      else this.openDialog(event);
    } else if (event.kind === 'toast') this.toast(event.title, event.message);
    else this.alert(event);
  }

  /** `google.script.host.close()` from inside a view. */
  closeFrom(source: MessageEventSource | null): void {
    if (source && source === this.sidebarFrame.contentWindow) this.closeSidebar();
    const dialog = this.layer.querySelector('iframe');
    if (source && dialog && source === dialog.contentWindow) this.closeLayer();
  }

  private openSidebar(event: FrameEvent): void {
    byId('sidebar-title').textContent = event.title;
    this.sidebarFrame.title = event.title;
    this.sidebarFrame.src = event.url;
    this.sidebar.hidden = false;
    document.body.classList.add('with-sidebar');
  }

  private closeSidebar(): void {
    this.sidebar.hidden = true;
    this.sidebarFrame.src = 'about:blank';
    document.body.classList.remove('with-sidebar');
  }

  private openDialog(event: FrameEvent): void {
    const frame = el('iframe', { src: event.url, title: event.title, class: 'dialog-frame' });
    frame.style.width = `${event.width ?? 400}px`;
    frame.style.height = `${event.height ?? 500}px`;
    this.openLayer(event.title, frame, event.kind === 'modeless');
  }

  private alert(event: AlertEvent): void {
    const choices = BUTTONS[event.buttons] ?? [event.buttons];
    const buttons = choices.map((label, i) => {
      const button = el(
        'button',
        { type: 'button', class: i === 0 ? 'button primary' : 'button' },
        label,
      );
      button.addEventListener('click', () => this.closeLayer());
      return button;
    });
    const body = el(
      'div',
      { class: 'alert' },
      el('p', { class: 'alert-text' }, event.prompt),
      ...(event.kind === 'prompt'
        ? [el('input', { 'aria-label': event.prompt, disabled: true })]
        : []),
      ...(choices.length > 1
        ? [
            el(
              'p',
              { class: 'hint' },
              `The local runtime answered “${event.answer}” for the script.`,
            ),
          ]
        : []),
      el('div', { class: 'actions' }, ...buttons),
    );
    this.openLayer(event.title ?? '', body, false);
    buttons[0]?.focus();
  }

  private openLayer(title: string, content: HTMLElement, modeless: boolean): void {
    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => this.closeLayer());
    const dialog = el(
      'div',
      {
        class: 'dialog',
        role: 'dialog',
        'aria-modal': modeless ? 'false' : 'true',
        'aria-labelledby': 'dialog-title',
      },
      el('header', { class: 'frame-header' }, el('h2', { id: 'dialog-title' }, title), close),
      content,
    );
    this.layer.classList.toggle('modeless', modeless);
    this.layer.replaceChildren(dialog);
    this.layer.hidden = false;
  }

  private closeLayer(): void {
    this.layer.hidden = true;
    this.layer.replaceChildren();
  }

  toast(title: string, message: string): void {
    const toast = el(
      'div',
      { class: 'toast', role: 'status' },
      ...(title ? [el('strong', {}, title)] : []),
      el('span', {}, message),
    );
    byId('toasts').append(toast);
    setTimeout(() => toast.remove(), 5000);
  }
}

/** On a phone a message is a passing notice, as in the Sheets app, not a banner that stays up. */
const PHONE = '(max-width: 480px)';
const PHONE_MESSAGE_MS = 8000;
let hideLater: ReturnType<typeof setTimeout> | undefined;

/** A message above the grid: an edit Sheets refused (an error), a protected range edited (a warning). */
export function showMessage(text: string, tone: 'error' | 'warning' = 'error'): void {
  byId('message-text').textContent = text;
  byId('message').hidden = text === '';
  byId('message').dataset.tone = tone;
  clearTimeout(hideLater);
  if (text !== '' && matchMedia(PHONE).matches)
    hideLater = setTimeout(() => showMessage(''), PHONE_MESSAGE_MS);
}
