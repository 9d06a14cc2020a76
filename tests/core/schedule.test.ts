import { describe, expect, it } from 'vitest';
import { SEED_WORKOUTS } from '../../src/core/catalog';
import { planSessions } from '../../src/core/program';
import {
  daysProblem,
  defaultWeekdays,
  schedule,
  weekdaysProblem,
  weeksProblem,
} from '../../src/core/schedule';

const ids = ['A', 'B'];

describe('schedule', () => {
  it('alternates ABA then BAB on three days', () => {
    const sessions = schedule({ weeks: 4, daysPerWeek: 3, weekdays: defaultWeekdays(3) }, ids);
    expect(sessions.map((s) => s.workout).join('')).toBe('ABABABABABAB');
    expect(sessions.filter((s) => s.week === 2).map((s) => s.workout)).toEqual(['B', 'A', 'B']);
  });

  it('does A then B on two days', () => {
    const sessions = schedule({ weeks: 5, daysPerWeek: 2, weekdays: defaultWeekdays(2) }, ids);
    expect(sessions).toHaveLength(10);
    expect(sessions.every((s) => s.workout === (s.day === 1 ? 'A' : 'B'))).toBe(true);
  });

  it('dates sessions from the start date on the chosen weekdays', () => {
    const sessions = schedule(
      { weeks: 4, daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'], startDate: '2027-01-04' },
      ids,
    );
    expect(sessions.slice(0, 4).map((s) => s.date)).toEqual([
      '2027-01-04',
      '2027-01-06',
      '2027-01-08',
      '2027-01-11',
    ]);
    expect(sessions.at(-1)?.date).toBe('2027-01-29');
  });

  it('keeps seven-day weeks from a mid-week start', () => {
    const sessions = schedule(
      { weeks: 4, daysPerWeek: 3, weekdays: ['Mon', 'Wed', 'Fri'], startDate: '2027-01-06' },
      ids,
    );
    expect(sessions.slice(0, 3).map((s) => [s.weekday, s.date])).toEqual([
      ['Wed', '2027-01-06'],
      ['Fri', '2027-01-08'],
      ['Mon', '2027-01-11'],
    ]);
    expect(sessions[3]?.week).toBe(2);
  });

  it('validates weeks, days and weekdays with clear messages', () => {
    expect(weeksProblem(7)).toBe('must be 4, 5 or 6');
    expect(weeksProblem(5)).toBeUndefined();
    expect(daysProblem(1)).toBe('must be 2 or 3');
    expect(weekdaysProblem(['Mon', 'Tue', 'Fri'], 3)).toMatch(/Mon and Tue are back to back/);
    expect(weekdaysProblem(['Mon', 'Wed', 'Sun'], 3)).toMatch(/Sun and Mon are back to back/);
    expect(weekdaysProblem(['Mon', 'Wed'], 3)).toBe('pick exactly 3 weekdays');
    expect(weekdaysProblem(['Mon', 'Mon'], 2)).toBe('lists a weekday twice');
    expect(weekdaysProblem(['Tue', 'Fri'], 2)).toBeUndefined();
  });
});

describe('running days', () => {
  it('warns about a hard run the day after lifting and says lift first on shared days', () => {
    const sessions = planSessions(
      { weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'], runDays: ['Wed', 'Fri'] },
      SEED_WORKOUTS,
    );
    const [tuesday, friday] = sessions;
    expect(tuesday?.notes).toEqual([
      expect.stringMatching(/Hard\/hill run on Wed, the day after lower-body lifting/),
    ]);
    expect(friday?.notes).toEqual(['Run today: lift before you run.']);
  });
});
