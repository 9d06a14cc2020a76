import { el } from '../../src/ui/dom';

export type MenuEntry =
  | {
      readonly label: string;
      /** What `run` does, so a changed menu is redrawn even when its labels stay the same. */
      readonly id?: string;
      readonly run?: () => void;
      readonly submenu?: readonly MenuEntry[];
    }
  | { readonly separator: true };

const closeAll = () => {
  for (const menu of document.querySelectorAll<HTMLElement>('.menu')) menu.hidden = true;
  for (const button of document.querySelectorAll('[aria-expanded="true"]'))
    button.setAttribute('aria-expanded', 'false');
};

document.addEventListener('click', (event) => {
  if (!(event.target as Element).closest('.menu-root')) closeAll();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeAll();
});

function menuList(entries: readonly MenuEntry[], nested: boolean): HTMLElement {
  const list = el('div', { class: nested ? 'menu submenu' : 'menu', role: 'menu', hidden: true });
  for (const entry of entries) {
    if ('separator' in entry) {
      list.append(el('hr', { class: 'menu-separator' }));
      continue;
    }
    const item = el(
      'button',
      { type: 'button', role: 'menuitem', class: 'menu-item' },
      entry.label,
    );
    list.append(item);
    if (entry.submenu) {
      const sub = menuList(entry.submenu, true);
      item.setAttribute('aria-haspopup', 'menu');
      item.setAttribute('aria-expanded', 'false');
      item.addEventListener('click', () => {
        sub.hidden = !sub.hidden;
        item.setAttribute('aria-expanded', String(!sub.hidden));
      });
      list.append(sub);
    } else {
      item.addEventListener('click', () => {
        closeAll();
        entry.run?.();
      });
    }
  }
  return list;
}

/** A top-bar menu (File, Extensions): a button that drops down its entries. */
export class Dropdown {
  private shown = '';

  constructor(private readonly button: HTMLButtonElement) {
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      const menu = this.menu();
      const open = menu?.hidden ?? false;
      closeAll();
      if (menu && open) {
        menu.hidden = false;
        button.setAttribute('aria-expanded', 'true');
      }
    });
  }

  /** Redrawn only when the entries change, so a refresh never closes an open menu. */
  setEntries(entries: readonly MenuEntry[]): void {
    const key = JSON.stringify(entries);
    if (key === this.shown) return;
    this.shown = key;
    this.menu()?.remove();
    this.button.after(menuList(entries, false));
  }

  private menu(): HTMLElement | null {
    const next = this.button.nextElementSibling;
    return next instanceof HTMLElement && next.classList.contains('menu') ? next : null;
  }
}
