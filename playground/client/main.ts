import { byId, el } from '../../src/ui/dom';
import type { ActionReply, MenuItemView, WorkbookView } from '../types';
import { api } from './api';
import { drawCharts } from './charts';
import { Grid } from './grid';
import { Dropdown, type MenuEntry } from './menus';
import { Overlays, showMessage } from './overlays';
import { drawTabs } from './tabs';

/** The add-on's name, as Sheets shows it under Extensions. */
const ADD_ON = 'Offseason';
const NOT_ANSWERING = 'The playground server is not answering: is `npm start` still running?';

const overlays = new Overlays();
let lastSeq = -1;

/** The active tab's charts, drawn again over the grid each time the grid is drawn. */
let charts: WorkbookView['charts'] = [];

const grid = new Grid(byId('grid'), {
  drawn() {
    drawCharts(byId('grid'), charts);
  },
  select(sheet, cell, view) {
    // A banner is about the edit that raised it: moving on to another cell puts it away.
    showMessage('');
    byId('cell-name').textContent = cell;
    byId('cell-input').textContent = view?.input ?? view?.text ?? '';
    api.select(sheet, cell).catch(() => showMessage(NOT_ANSWERING));
  },
  commit(sheet, cell, value) {
    showMessage('');
    // Named by its cell: by the time the answer comes, the selection may have moved on.
    const where = `${sheet}!${cell}`;
    void api
      .edit(sheet, cell, value)
      .then(
        (reply) => {
          if (!reply.ok) showMessage(`${where}: ${reply.message}`);
          else if (reply.warning) showMessage(`${where}: ${reply.warning}`, 'warning');
        },
        () => showMessage(NOT_ANSWERING),
      )
      .then(refresh);
  },
  follow(url) {
    void followLink(url);
  },
});

/** Tabs by gid, as `#gid=` links name them; kept from the last state drawn. */
let tabIds = new Map<number, string>();

/**
 * A link inside the spreadsheet (`#gid=123&range=A42`) opens that tab at that cell, as Sheets
 * does; any other link opens in a new window.
 */
async function followLink(url: string): Promise<void> {
  if (!url.startsWith('#')) {
    window.open(url, '_blank', 'noopener');
    return;
  }
  const params = new URLSearchParams(url.slice(1));
  const tab = tabIds.get(Number(params.get('gid')));
  const cell = (params.get('range') ?? 'A1').split(':')[0] ?? 'A1';
  if (tab === undefined) {
    showMessage(`That link points to a tab that is not there any more: ${url}`);
    return;
  }
  await act(api.select(tab, cell));
  grid.reveal(cell);
}

const file = new Dropdown(byId<HTMLButtonElement>('file-menu'));
const extensions = new Dropdown(byId<HTMLButtonElement>('extensions-menu'));
const more = new Dropdown(byId<HTMLButtonElement>('more-menu'));
const actAs = byId<HTMLSelectElement>('act-as');

/** A request that changes the workbook, then a redraw. */
async function act(action: Promise<ActionReply>, done?: (path: string) => string): Promise<void> {
  showMessage('');
  try {
    const reply = await action;
    if (!reply.ok) showMessage(reply.message);
    else if (done && reply.path) overlays.toast('', done(reply.path));
  } catch {
    showMessage(NOT_ANSWERING);
  }
  await refresh();
}

const saveState = () => void act(api.saveState(), (path) => `Saved to ${path}`);
const loadState = () => void act(api.loadState(), (path) => `Loaded ${path}`);

function menuEntry(item: MenuItemView): MenuEntry {
  if ('separator' in item) return item;
  if ('items' in item) return { label: item.caption, submenu: item.items.map(menuEntry) };
  return {
    label: item.caption,
    id: item.functionName,
    run: () => void act(api.menu(item.functionName)),
  };
}

/** Whom the page acts as; redrawn only when the people change, so an open list stays open. */
function drawPeople(view: WorkbookView): void {
  const key = JSON.stringify(view.people);
  if (actAs.dataset.people !== key) {
    actAs.dataset.people = key;
    actAs.replaceChildren(
      ...view.people.map((p) => el('option', { value: p.email, title: p.email }, p.label)),
    );
  }
  actAs.value = view.user;
  actAs.title = `Acting as ${view.user}: protections follow`;
}

function draw(view: WorkbookView): void {
  byId('doc-title').textContent = view.spreadsheet;
  const state = [
    { label: 'Save state', id: 'save', run: saveState },
    { label: 'Load state', id: 'load', run: loadState },
  ];
  file.setEntries(state);
  more.setEntries(state);
  drawPeople(view);
  extensions.setEntries([
    {
      label: ADD_ON,
      submenu: view.menu.map(menuEntry),
    },
  ]);
  tabIds = new Map(view.tabs.map((t) => [t.id, t.name]));
  drawTabs(byId('tabs'), view.tabs, view.active.name, (name) => void act(api.select(name, 'A1')));
  charts = view.charts;
  grid.render(view.active);
  // The first state only says where the event log is: what happened before the page opened stays there.
  if (lastSeq >= 0) for (const event of view.events) overlays.show(event);
  lastSeq = view.lastSeq;
}

/** One request at a time; calls that arrive meanwhile share one follow-up request. */
let running: Promise<void> | undefined;
let again = false;
function refresh(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      draw(await api.state(Math.max(lastSeq, 0)));
    } while (again);
  })()
    .catch(() => showMessage(NOT_ANSWERING))
    .finally(() => {
      running = undefined;
    });
  return running;
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'offseason:close') overlays.closeFrom(event.source);
  else if (type === 'offseason:ran') void refresh();
});
actAs.addEventListener('change', () => void act(api.actAs(actAs.value)));
byId('save-state').addEventListener('click', saveState);
byId('load-state').addEventListener('click', loadState);
byId('message-close').addEventListener('click', () => showMessage(''));

void refresh().then(() => {
  document.body.dataset.ready = 'true';
});
