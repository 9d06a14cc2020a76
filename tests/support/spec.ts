import type { ProgramSpec } from '../../src/core/options';

/** Ana's block, 4 weeks of A and B on Tue/Fri from 4 Jan 2027, as the pure layout tests use it. */
export const programSpec = (over: Partial<ProgramSpec> = {}): ProgramSpec => ({
  athlete: 'Ana',
  program: 'Offseason',
  weeks: 4,
  daysPerWeek: 2,
  startDate: '2027-01-04',
  weekdays: ['Tue', 'Fri'],
  units: 'lb',
  step: 2.5,
  targetRir: 2,
  startingLoads: { Squat: 50 },
  runDays: [],
  ...over,
});

/** A Roster row as a coach types it: 4 weeks, 2 days on Tue/Fri, squat at 50. */
export const rosterRow = (name: string, email = '', loads = 'Squat: 50'): unknown[] => [
  name,
  email,
  'lb',
  2.5,
  4,
  2,
  '2027-01-05',
  loads,
  'Tue Fri',
  '',
];
