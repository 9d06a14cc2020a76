import { expect } from 'vitest';
import type { Runtime } from '../../runtime';

/**
 * Everything a spreadsheet holds, read without counting calls: every tab (cells as typed,
 * formats, notes, validations, hidden, sizes, metadata) and every protection with the editors it
 * lets in. Two snapshots are equal exactly when nothing anyone could see or edit has changed.
 */
export interface Snapshot {
  readonly tabs: Record<string, unknown>;
  readonly protections: readonly ProtectionView[];
  readonly rest: unknown;
}

export interface ProtectionView {
  readonly tab: string;
  readonly type: 'RANGE' | 'SHEET';
  readonly range: string;
  readonly unprotected: readonly string[];
  readonly description: string;
  /** Who may edit: the owner always, then the protection's own list (or the spreadsheet's). */
  readonly editors: readonly string[];
  readonly warningOnly: boolean;
  readonly domainEdit: boolean;
}

const column = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : column(Math.floor(c / 26) - 1) + column(c % 26);
const a1 = (r: { row: number; col: number; rows: number; cols: number }): string =>
  `${column(r.col)}${r.row + 1}:${column(r.col + r.cols - 1)}${r.row + r.rows}`;

export function snapshot(rt: Runtime): Snapshot {
  const state = rt.serialize();
  const { spreadsheet, sheets, protections, ...rest } = state;
  const nameOf = new Map(sheets.map((s) => [s.id, s.name]));
  const owner = spreadsheet.sharedDrive ? [] : [spreadsheet.owner.toLowerCase()];
  return {
    tabs: Object.fromEntries(sheets.map(({ name, ...sheet }) => [name, sheet])),
    protections: protections.map((p) => ({
      tab: nameOf.get(p.sheetId) ?? `#${p.sheetId}`,
      type: p.type,
      range: p.rect ? a1(p.rect) : 'whole tab',
      unprotected: p.unprotected.map(a1),
      description: p.description,
      editors: [...new Set([...owner, ...(p.customEditors ? p.editors : spreadsheet.editors)])],
      warningOnly: p.warningOnly,
      domainEdit: p.domainEdit,
    })),
    rest: {
      ...rest,
      metadata: spreadsheet.metadata,
      editors: spreadsheet.editors,
      owner: spreadsheet.owner,
      sharedDrive: spreadsheet.sharedDrive,
    },
  };
}

/** Fails naming the first part that differs: a tab, the protections, or the rest. */
export function expectUnchanged(rt: Runtime, before: Snapshot): void {
  const after = snapshot(rt);
  expect(Object.keys(after.tabs), 'tabs').toEqual(Object.keys(before.tabs));
  for (const [name, tab] of Object.entries(before.tabs))
    expect(after.tabs[name], name).toEqual(tab);
  expect(after.protections, 'protections').toEqual(before.protections);
  expect(after.rest, 'named ranges, metadata, properties, sharing').toEqual(before.rest);
}

/**
 * The cells whose contents differ between two snapshots, as `Tab!A1`, row by row: what a run
 * wrote (or a person typed), to compare with exactly what it should have.
 */
export function changedCells(before: Snapshot, after: Snapshot): string[] {
  const contentsOf = (s: Snapshot, tab: string) =>
    ((s.tabs[tab] as { contents?: unknown[][] } | undefined)?.contents ?? []) as unknown[][];
  const changed: string[] = [];
  for (const tab of new Set([...Object.keys(before.tabs), ...Object.keys(after.tabs)])) {
    const a = contentsOf(before, tab);
    const b = contentsOf(after, tab);
    for (let r = 0; r < Math.max(a.length, b.length); r++) {
      const x = a[r] ?? [];
      const y = b[r] ?? [];
      for (let c = 0; c < Math.max(x.length, y.length); c++) {
        if (JSON.stringify(x[c] ?? null) !== JSON.stringify(y[c] ?? null))
          changed.push(`${tab}!${column(c)}${r + 1}`);
      }
    }
  }
  return changed;
}

/** Who may edit what, without where: protections compared across inserted rows. */
export const editorsOf = (s: Snapshot) => s.protections.map((p) => [p.tab, p.type, p.editors]);
