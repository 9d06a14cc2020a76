import { describe, expect, it } from 'vitest';
import {
  circles,
  importGraph,
  RUNTIME_LAYERS,
  SRC_LAYERS,
  upwardImports,
} from '../scripts/imports';

describe('the import graph', () => {
  const graph = importGraph(['src', 'runtime']);

  it('is read from every source file, type-only imports included', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('runtime/services/sheet.ts')).toContain('runtime/services/env.ts');
    expect(graph.get('src/main.ts')).toContain('src/gas/entry-points.ts');
  });

  it('has no circles in src/ or runtime/', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('keeps runtime/ layered: core ← engine ← services ← runtime.ts', () => {
    expect(upwardImports(graph, RUNTIME_LAYERS)).toEqual([]);
  });

  it('keeps src/ layered: core ← functions, sheet ← gas', () => {
    expect(upwardImports(graph, SRC_LAYERS)).toEqual([]);
  });

  it('finds a circle and an upward import when there is one', () => {
    const bad = new Map([
      ['runtime/core/a.ts', ['runtime/engine/b.ts']],
      ['runtime/engine/b.ts', ['runtime/core/a.ts']],
      ['runtime/services/c.ts', ['runtime/runtime.ts']],
      ['runtime/runtime.ts', []],
    ]);
    expect(circles(bad)).toEqual([['runtime/core/a.ts', 'runtime/engine/b.ts']]);
    expect(upwardImports(bad, RUNTIME_LAYERS)).toEqual([
      'runtime/core/a.ts → runtime/engine/b.ts',
      'runtime/services/c.ts → runtime/runtime.ts',
    ]);
  });
});
