import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MenuEntry } from '../runtime';
import { chartDrawings } from './charts';
import { HttpError, readJson, send, sendJson, text } from './http';
import { peopleOf } from './people';
import type { Session } from './session';
import type { MenuItemView, WorkbookView } from './types';
import { viewPage } from './view-page';
import { activeSheet, tabsOf } from './workbook';

export function workbookView(session: Session, since: number): WorkbookView {
  const rt = session.runtime;
  const state = rt.serialize();
  const active = activeSheet(rt, state);
  return {
    spreadsheet: state.spreadsheet.name,
    user: rt.user.toLowerCase(),
    people: peopleOf(rt, state),
    stateFile: session.statePath,
    menu: rt.ui.menus.filter((m) => m.kind === 'addon').flatMap((m) => m.items.map(menuItem)),
    tabs: tabsOf(state),
    active,
    charts: chartDrawings(rt, active.name),
    events: session.eventsAfter(since),
    lastSeq: session.lastSeq,
  };
}

function menuItem(entry: MenuEntry): MenuItemView {
  if ('submenu' in entry)
    return { caption: entry.submenu.caption, items: entry.submenu.items.map(menuItem) };
  return 'separator' in entry
    ? { separator: true }
    : { caption: entry.caption, functionName: entry.functionName };
}

type Post = (session: Session, body: Record<string, unknown>) => unknown;

const POSTS: Readonly<Record<string, Post>> = {
  '/api/edit': (s, b) => s.edit(text(b, 'sheet'), text(b, 'cell'), text(b, 'value')),
  '/api/select': (s, b) => s.select(text(b, 'sheet'), text(b, 'cell')),
  '/api/menu': (s, b) => s.menu(text(b, 'functionName')),
  '/api/user': (s, b) => s.actAs(text(b, 'email')),
  '/api/state/save': (s) => s.save(),
  '/api/state/load': (s) => s.load(),
};

/** Answers the API and the views; `false` when the path is neither. */
export async function handleApi(
  session: Session,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const path = url.pathname;
  if (req.method === 'GET' && path === '/api/state') {
    sendJson(res, workbookView(session, Number(url.searchParams.get('since') ?? 0) || 0));
    return true;
  }
  const view = /^\/view\/(\d+)$/.exec(path);
  if (req.method === 'GET' && view) {
    const html = session.view(Number(view[1]));
    if (html === undefined) throw new HttpError(404, 'No such view.');
    send(res, 200, 'text/html', viewPage(html));
    return true;
  }
  if (req.method === 'POST' && path === '/api/run') {
    const body = await readJson(req);
    // The reply is `serverReply`'s own JSON text, which the client shim parses.
    send(res, 200, 'application/json', session.run(text(body, 'name'), text(body, 'args')));
    return true;
  }
  const post = POSTS[path];
  if (req.method === 'POST' && post) {
    sendJson(res, post(session, await readJson(req)));
    return true;
  }
  return false;
}
