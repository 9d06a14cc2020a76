import type { Runtime } from './runtime';

/**
 * The browser half of `google.script.run`, for the real dialog and sidebar HTML outside Google.
 * Injected before the page's own scripts; it hands each call to `window.__offseasonTransport`
 * (a Playwright binding in tests, a fetch in the playground) as JSON, as Google copies values:
 * Dates arrive as strings, functions vanish, and a failure reaches the failure handler as an Error.
 */
export const CLIENT_SHIM = `(() => {
  const call = (name, args) => window.__offseasonTransport(name, JSON.stringify(args));
  const runner = (success, failure, userObject) =>
    new Proxy({}, {
      get(_, prop) {
        if (prop === 'withSuccessHandler') return (f) => runner(f, failure, userObject);
        if (prop === 'withFailureHandler') return (f) => runner(success, f, userObject);
        if (prop === 'withUserObject') return (o) => runner(success, failure, o);
        return (...args) => {
          Promise.resolve()
            .then(() => call(String(prop), args))
            .then((reply) => {
              const r = JSON.parse(reply);
              if (r.ok) { if (success) success(r.value, userObject); }
              else if (failure) failure(Object.assign(new Error(r.message), { name: 'ScriptError' }), userObject);
            }, (e) => { if (failure) failure(new Error(String((e && e.message) || e)), userObject); });
        };
      },
    });
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close: () => window.__offseasonClose && window.__offseasonClose(), setHeight() {}, setWidth() {}, editor: { focus() {} } },
  } };
})();`;

/** The server half: runs a top-level function as `google.script.run` would, and answers in JSON. */
export function serverReply(rt: Runtime, name: string, argsJson: string): string {
  try {
    const value = rt.runFromClient(name, ...(JSON.parse(argsJson) as unknown[]));
    return JSON.stringify({ ok: true, value: value === undefined ? null : value });
  } catch (error) {
    return JSON.stringify({ ok: false, message: (error as Error).message });
  }
}
