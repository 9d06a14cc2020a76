import type { CustomFunction, Param } from './define';

/**
 * Renders the function table for the two readers that are not the runtime: Sheets' autocomplete
 * (JSDoc on a top-level stub, which esbuild would strip from source) and the README.
 */

const signature = (fn: CustomFunction): string =>
  `${fn.name}(${fn.params.map((p: Param<unknown>) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;

/** A top-level Apps Script function with the JSDoc Sheets reads for autocomplete. */
export function jsdocStub(fn: CustomFunction, bundle: string): string {
  const params: Param<unknown>[] = [...fn.params];
  const lines = [
    fn.summary,
    '',
    ...params.map((p) => `@param {any} ${p.name} ${p.optional ? '[optional] ' : ''}${p.help}`),
    `@return ${fn.returns}`,
    '@customfunction',
  ];
  return [
    '/**',
    ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)),
    ' */',
    `function ${fn.name}(${params.map((p) => p.name).join(', ')}) {`,
    `  return ${bundle}().runCustomFunction('${fn.name}', arguments);`,
    '}',
  ].join('\n');
}

/** A top-level function that Apps Script can find by name (menus, triggers, google.script.run). */
export function entryPointStub(name: string, bundle: string): string {
  return [
    `/** Apps Script entry point: see src/gas. */`,
    `function ${name}() {`,
    `  return ${bundle}().entryPoints.${name}.apply(this, arguments);`,
    '}',
  ].join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The README's function reference. */
export function markdownReference(fns: readonly CustomFunction[]): string {
  return fns
    .map((fn) =>
      [
        `### \`${signature(fn)}\``,
        '',
        fn.summary,
        '',
        '| argument | |',
        '|---|---|',
        ...fn.params.map(
          (p: Param<unknown>) =>
            `| \`${p.name}\`${p.optional ? ' (optional)' : ''} | ${cell(p.help)} |`,
        ),
        '',
        `Returns: ${fn.returns}`,
        '',
        ...fn.examples.map((e) => `- \`${e.formula}\` → ${e.result}`),
      ].join('\n'),
    )
    .join('\n\n');
}
