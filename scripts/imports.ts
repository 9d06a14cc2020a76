/**
 * The import graph of a source tree, and its circles. `npx tsx scripts/imports.ts` prints any
 * circle in src/ and runtime/ (exit 1); tests/imports.test.ts runs the same check. Type-only
 * imports count: a circle of types is still two modules that can't be understood apart.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type Graph = ReadonlyMap<string, readonly string[]>;

// `import … from '…'`, `export … from '…'` (across lines), `import '…'` and `import('…')`.
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gms,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts'), base].find((p) => existsSync(p) && !isDir(p));
}

function isDir(path: string): boolean {
  return statSync(path).isDirectory();
}

/** Every .ts file under `roots` (relative to `cwd`) → the local files it imports. */
export function importGraph(roots: readonly string[], cwd = process.cwd()): Graph {
  const graph = new Map<string, string[]>();
  for (const root of roots) {
    for (const file of sourceFiles(resolve(cwd, root))) {
      const text = readFileSync(file, 'utf8');
      const targets = new Set<string>();
      for (const re of SPECIFIERS) {
        for (const m of text.matchAll(re)) {
          const target = m[1] && resolveLocal(file, m[1]);
          if (target) targets.add(relative(cwd, target));
        }
      }
      graph.set(relative(cwd, file), [...targets].sort());
    }
  }
  return graph;
}

/** The strongly connected components with more than one module (or a module importing itself). */
export function circles(graph: Graph): string[][] {
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) {
      found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Imports that go up a layer: `layers` lists folder prefixes, lowest first. */
export function upwardImports(graph: Graph, layers: readonly string[]): string[] {
  const layerOf = (file: string): number => {
    let best = -1;
    layers.forEach((prefix, i) => {
      if (file === prefix || file.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) {
        best = i;
      }
    });
    return best;
  };
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    const own = layerOf(from);
    if (own < 0) continue;
    for (const to of targets) {
      const theirs = layerOf(to);
      if (theirs < 0 || theirs > own) bad.push(`${from} → ${to}`);
    }
  }
  return bad;
}

/** runtime/ from the bottom up; the files at its top (runtime.ts, index.ts…) may import anything. */
export const RUNTIME_LAYERS = ['runtime/core', 'runtime/engine', 'runtime/services'] as const;
/** src/ from the bottom up, as docs/ARCHITECTURE.md draws it. */
export const SRC_LAYERS = ['src/core', 'src/functions', 'src/sheet', 'src/gas'] as const;

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const graph = importGraph(['src', 'runtime']);
  const problems = [
    ...circles(graph).map((c) => `circle: ${c.join(' ↔ ')}`),
    ...upwardImports(graph, RUNTIME_LAYERS).map((e) => `upward: ${e}`),
  ];
  for (const p of problems) console.log(p);
  process.exit(problems.length > 0 ? 1 : 0);
}
