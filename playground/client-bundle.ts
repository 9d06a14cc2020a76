import * as esbuild from 'esbuild';

/** The page's script, bundled once at start: the playground never writes files of its own. */
export async function clientScript(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [new URL('./client/main.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no client script');
  return file.text;
}
