import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Runtime } from '../runtime';
import { handleApi } from './api';
import { readBundle } from './bundle';
import { clientScript } from './client-bundle';
import { HttpError, isLocalHost, send } from './http';
import { Session } from './session';

export interface PlaygroundOptions {
  /** Default 8080; 0 for any free port. A port in use falls back to a free one. */
  port?: number;
  /** Save state / Load state go to this JSON file, loaded at start when it exists. */
  statePath?: string;
  /** Where `Code.js` and the views are; default the repository's dist/. */
  bundleDir?: string;
  /** The script's clock; default the real one. */
  now?: () => Date;
}

export interface Playground {
  readonly url: string;
  /** The runtime now in use (Load state replaces it). */
  readonly runtime: Runtime;
  close(): Promise<void>;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_STATE_FILE = 'playground-state.json';

export async function startPlayground(opts: PlaygroundOptions = {}): Promise<Playground> {
  const session = new Session({
    bundle: readBundle(opts.bundleDir ?? resolve(HERE, '../dist')),
    statePath: resolve(opts.statePath ?? DEFAULT_STATE_FILE),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const files: Readonly<Record<string, readonly [type: string, body: string]>> = {
    '/': ['text/html', readFileSync(resolve(HERE, 'index.html'), 'utf8')],
    '/style.css': ['text/css', readFileSync(resolve(HERE, 'style.css'), 'utf8')],
    '/app.js': ['text/javascript', await clientScript()],
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const answer = async () => {
      if (!isLocalHost(req.headers.host))
        throw new HttpError(403, 'Open the playground on localhost.');
      const file = req.method === 'GET' ? files[url.pathname] : undefined;
      if (file) return send(res, 200, file[0], file[1]);
      if (!(await handleApi(session, req, res, url))) throw new HttpError(404, 'Not found.');
    };
    answer().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      send(res, status, 'text/plain', error instanceof Error ? error.message : String(error));
    });
  });
  const port = await listen(server, opts.port ?? 8080);
  return {
    url: `http://localhost:${port}/`,
    get runtime() {
      return session.runtime;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Loopback only: the playground runs whatever the page asks the add-on to run. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    const attempt = (p: number) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && p !== 0) attempt(0);
        else fail(error);
      });
      server.listen(p, '127.0.0.1', () => {
        server.removeAllListeners('error');
        done((server.address() as AddressInfo).port);
      });
    };
    attempt(port);
  });
}

function flag(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a file name`);
  return value;
}

async function main(): Promise<void> {
  const statePath = flag(process.argv.slice(2), '--state');
  const playground = await startPlayground({
    port: Number(process.env.PORT ?? 8080),
    ...(statePath ? { statePath } : {}),
  });
  console.log(`Offseason playground: ${playground.url}`);
  const stop = () => void playground.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
