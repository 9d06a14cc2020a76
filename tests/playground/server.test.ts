import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../playground/server';
import type { ActionReply, EditReply, UiEvent, WorkbookView } from '../../playground/types';
import { options, tab } from '../support/runtime';
import { ensureBuilt, NOW } from './support';

/** The playground's HTTP API without a browser: what the page and the views rely on. */
let dir: string;
const started: Playground[] = [];

async function playground(statePath = join(dir, 'state.json')): Promise<Playground> {
  const pg = await startPlayground({ port: 0, statePath, now: NOW });
  started.push(pg);
  return pg;
}

const post = async <T>(pg: Playground, path: string, body: unknown = {}): Promise<T> => {
  const response = await fetch(new URL(path, pg.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
};

const state = async (pg: Playground, since = 0): Promise<WorkbookView> =>
  (await (await fetch(new URL(`/api/state?since=${since}`, pg.url))).json()) as WorkbookView;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'offseason-playground-api-'));
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((pg) => pg.close()));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the playground server', () => {
  it('serves the page, its script and an empty spreadsheet with the add-on menu', async () => {
    const pg = await playground();
    expect(pg.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const page = await fetch(pg.url);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<script src="/app.js">');
    expect((await fetch(new URL('/app.js', pg.url))).status).toBe(200);
    const view = await state(pg);
    expect(view.tabs).toEqual([{ id: 0, name: 'Sheet1', hidden: false, color: null }]);
    expect(view.active.name).toBe('Sheet1');
    expect(view.active.rows[0]?.cells[0]).toEqual({ text: '' });
    expect(view.active.columns.map((c) => c.letter).slice(0, 3)).toEqual(['A', 'B', 'C']);
    const captions = view.menu.flatMap((item) => ('caption' in item ? [item.caption] : []));
    expect(captions).toEqual(expect.arrayContaining(['Generate program…', 'Log a session…']));
    expect(view.menu.some((item) => 'separator' in item)).toBe(true);
  });

  it('turns away other host names and posts that are not JSON', async () => {
    const pg = await playground();
    const port = new URL(pg.url).port;
    // fetch will not set Host, so speak HTTP directly.
    const { request } = await import('node:http');
    const status = await new Promise<number>((done, fail) => {
      request(
        { host: '127.0.0.1', port, path: '/api/state', headers: { host: 'evil.example' } },
        (r) => done(r.statusCode ?? 0),
      )
        .on('error', fail)
        .end();
    });
    expect(status).toBe(403);
    const form = await fetch(new URL('/api/menu', pg.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ functionName: 'showHelp' }),
    });
    expect(form.status).toBe(415);
    expect(pg.runtime.ui.alerts).toHaveLength(0);
  });

  it('runs menu items only, and reports what they showed as events', async () => {
    const pg = await playground();
    expect(await post<ActionReply>(pg, '/api/menu', { functionName: 'generateProgram' })).toEqual({
      ok: false,
      message: 'No menu item runs generateProgram.',
    });
    expect(await post<ActionReply>(pg, '/api/menu', { functionName: 'showHelp' })).toEqual({
      ok: true,
    });
    const { events, lastSeq } = await state(pg);
    expect(events).toEqual([
      expect.objectContaining({ seq: 1, kind: 'alert', title: 'Offseason' }),
    ]);
    expect((await state(pg, lastSeq)).events).toEqual([]);
  });

  it('edits as a person types: values recalculate, refusals come back with their message', async () => {
    const pg = await playground();
    expect(
      await post<EditReply>(pg, '/api/edit', { sheet: 'Sheet1', cell: 'A1', value: '2' }),
    ).toEqual({ ok: true });
    await post(pg, '/api/edit', { sheet: 'Sheet1', cell: 'B1', value: '=A1*21' });
    await post(pg, '/api/edit', {
      sheet: 'Sheet1',
      cell: 'C1',
      value: '<img src=x onerror=alert(1)>',
    });
    await post(pg, '/api/edit', { sheet: 'Sheet1', cell: 'D1', value: '=1/0' });
    const [a1, b1, c1, d1] = (await state(pg)).active.rows[0]?.cells ?? [];
    expect(a1).toEqual({ text: '2', align: 'right' });
    expect(b1).toEqual({ text: '42', input: '=A1*21', align: 'right' });
    expect(c1?.text).toBe('<img src=x onerror=alert(1)>');
    expect(d1).toMatchObject({ text: '#DIV/0!', error: '#DIV/0!' });
    pg.runtime.runFromClient(
      'generateProgram',
      options({ daysPerWeek: 2, weekdays: ['Tue', 'Fri'] }),
    );
    const rir = tab(pg.runtime, 'Ana').a1('W1 · S1 · Squat', 'rir').replace("'Ana'!", '');
    expect(
      await post<EditReply>(pg, '/api/edit', { sheet: 'Ana', cell: rir, value: 'lots' }),
    ).toEqual({
      ok: false,
      reason: 'validation',
      message: expect.stringMatching(/^Reps in reserve on the last set/),
    });
    expect(
      await post<EditReply>(pg, '/api/edit', { sheet: 'Sheet1', cell: 'A1:B2', value: '1' }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('bridges google.script.run for the views it serves', async () => {
    const pg = await playground();
    await post(pg, '/api/menu', { functionName: 'showGenerateDialog' });
    const [dialog] = (await state(pg)).events as UiEvent[];
    expect(dialog).toMatchObject({
      kind: 'modal',
      title: 'Generate program',
      width: 440,
      height: 640,
    });
    const url = dialog && 'url' in dialog ? dialog.url : '';
    const html = await (await fetch(new URL(url, pg.url))).text();
    // The bridge runs before the view's own script: it is the first thing in <head>.
    expect(html.indexOf('window.__offseasonTransport')).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf('window.__offseasonTransport')).toBeLessThan(html.indexOf('<meta'));
    expect(html).toContain('window.google = { script: {');
    const run = (name: string, args: unknown[]) =>
      post<{ ok: boolean; value?: unknown; message?: string }>(pg, '/api/run', {
        name,
        args: JSON.stringify(args),
      });
    expect(await run('getSession', [{ sheetName: 'Nobody' }])).toMatchObject({ ok: false });
    expect(await run('offseason_', [])).toMatchObject({ ok: false });
    expect((await fetch(new URL('/view/999', pg.url))).status).toBe(404);
  });

  it('saves its state to the state file and loads it back', async () => {
    const path = join(dir, 'saved.json');
    const pg = await playground(path);
    expect(await post<ActionReply>(pg, '/api/state/load')).toMatchObject({ ok: false });
    await post(pg, '/api/edit', { sheet: 'Sheet1', cell: 'A1', value: 'kept' });
    expect(await post<ActionReply>(pg, '/api/state/save')).toEqual({ ok: true, path });
    expect(existsSync(path)).toBe(true);
    await post(pg, '/api/edit', { sheet: 'Sheet1', cell: 'A1', value: 'lost' });
    expect(await post<ActionReply>(pg, '/api/state/load')).toEqual({ ok: true, path });
    expect((await state(pg)).active.rows[0]?.cells[0]?.text).toBe('kept');
    // The menu is rebuilt, as opening the document does.
    expect(pg.runtime.ui.menuItems().length).toBeGreaterThan(0);
  });

  it('falls back to a free port when the one asked for is taken', async () => {
    const first = await playground();
    const port = Number(new URL(first.url).port);
    const second = await startPlayground({ port, statePath: join(dir, 'other.json') });
    started.push(second);
    expect(Number(new URL(second.url).port)).not.toBe(port);
  });

  it('runs as a script: prints its URL and starts from --state', async () => {
    const path = join(dir, 'cli.json');
    const pg = await playground(path);
    await post(pg, '/api/edit', { sheet: 'Sheet1', cell: 'A1', value: 'from the file' });
    await post(pg, '/api/state/save');
    let child: ChildProcess | undefined;
    try {
      child = spawn(
        process.execPath,
        ['--import', 'tsx', 'playground/server.ts', '--state', path],
        {
          cwd: new URL('../../', import.meta.url).pathname,
          env: { ...process.env, PORT: '0' },
        },
      );
      const line = await new Promise<string>((done, fail) => {
        let out = '';
        child?.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) done(out.trim());
        });
        child?.on('exit', (code) => fail(new Error(`exited with ${code}`)));
      });
      expect(line).toMatch(/^Offseason playground: http:\/\/localhost:\d+\/$/);
      const url = line.replace('Offseason playground: ', '');
      const view = (await (await fetch(new URL('/api/state', url))).json()) as WorkbookView;
      expect(view.active.rows[0]?.cells[0]?.text).toBe('from the file');
      expect(view.stateFile).toBe(path);
    } finally {
      child?.kill('SIGTERM');
    }
  });
});
