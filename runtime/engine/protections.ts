import type { GridRect } from '../core/grid';
import { cellsOf, rectContains, rectsIntersect } from '../core/grid';
import type { ProtectionRecord } from './model';

export interface Editors {
  /** '' on a shared drive, where no one owns the file (reference/spreadsheet/spreadsheet#getOwner()). */
  owner: string;
  /** The domain a protection's "domain edit" opens to: the owner's, or the shared drive creator's. */
  domain: string;
  /** People the spreadsheet itself is shared with for editing. */
  spreadsheetEditors: ReadonlySet<string>;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** The owner always may; a protection nobody narrowed yet mirrors the spreadsheet's editors. */
export function mayEditProtected(p: ProtectionRecord, user: string, who: Editors): boolean {
  const u = user.toLowerCase();
  if (who.owner !== '' && u === who.owner.toLowerCase()) return true;
  if (p.domainEdit && domainOf(u) === who.domain) return true;
  if (!p.customEditors) return who.spreadsheetEditors.has(u);
  return p.editors.some((e) => e.toLowerCase() === u);
}

export function protectionCovers(p: ProtectionRecord, sheetId: number, rect: GridRect): boolean {
  if (p.sheetId !== sheetId) return false;
  if (p.type === 'RANGE') return p.rect !== undefined && rectsIntersect(p.rect, rect);
  if (p.unprotected.length === 0) return true;
  for (const [r, c] of cellsOf(rect)) {
    if (!p.unprotected.some((u) => rectContains(u, r, c))) return true;
  }
  return false;
}

export interface EditCheck {
  /** A protection that refuses this user. */
  blocking?: ProtectionRecord;
  /** A warning-only protection: Sheets asks the user to confirm, and scripts pass silently. */
  warning?: ProtectionRecord;
}

export function checkEdit(
  protections: readonly ProtectionRecord[],
  sheetId: number,
  rect: GridRect,
  user: string,
  who: Editors,
): EditCheck {
  const result: EditCheck = {};
  for (const p of protections) {
    if (!protectionCovers(p, sheetId, rect)) continue;
    if (p.warningOnly) {
      result.warning ??= p;
      continue;
    }
    if (!mayEditProtected(p, user, who)) {
      result.blocking = p;
      return result;
    }
  }
  return result;
}
