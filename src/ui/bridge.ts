/**
 * `google.script.run` as a promise. Arguments and results are copied as JSON by Google (no Date,
 * no function), so the types here are plain data.
 */
interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [server: string]: unknown;
}

declare const google: { script: { run: Runner; host: { close(): void } } };

export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

export const closeHost = (): void => google.script.host.close();

/** The view's start-up data, HTML-escaped into an attribute by the server's template. */
export function startupData<T>(): T {
  return JSON.parse(document.getElementById('data')?.getAttribute('data-json') ?? '{}') as T;
}
