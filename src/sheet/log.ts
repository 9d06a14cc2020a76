/** The Log tab: one row per logged set, newest last; created when missing, never rewritten. */
export const LOG_SHEET = 'Log';

export const LOG_HEADER = [
  'Timestamp',
  'Athlete',
  'Session',
  'Exercise',
  'Set',
  'Load',
  'Reps',
  'RIR',
  'Logged by',
  'Save id',
] as const;

/** Rows the Log holds, header included: a save appends right after them without reading the Log. */
export const LOG_ROWS_FORMULA = `=COUNTA('${LOG_SHEET}'!A:A)`;
