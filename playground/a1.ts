/** `'It''s'!B2`: the sheet name quoted as A1 notation wants it. */
export const a1Of = (sheet: string, cell: string): string =>
  `'${sheet.replace(/'/g, "''")}'!${cell}`;
