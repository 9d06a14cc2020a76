import { el } from '../../src/ui/dom';
import type { TabView } from '../types';

/** The sheet tabs along the bottom, as in Sheets; hidden sheets are left out. */
export function drawTabs(
  root: HTMLElement,
  tabs: readonly TabView[],
  active: string,
  open: (name: string) => void,
): void {
  root.replaceChildren(
    ...tabs
      .filter((t) => !t.hidden)
      .map((t) => {
        const tab = el(
          'button',
          { type: 'button', role: 'tab', class: 'tab', 'aria-selected': String(t.name === active) },
          t.name,
        );
        if (t.color) tab.style.borderBottomColor = t.color;
        tab.addEventListener('click', () => open(t.name));
        return tab;
      }),
  );
}
