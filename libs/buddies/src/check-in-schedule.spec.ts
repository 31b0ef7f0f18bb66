import { addDays, checkInSchedule, daysBetween, parseCalendarDay } from './check-in-schedule.js';

describe('check-in schedule', () => {
  it('plans one every N weeks after the start, up to and including the planned end', () => {
    expect(checkInSchedule('2026-01-05', '2026-03-30', 4)).toEqual(['2026-02-02', '2026-03-02', '2026-03-30']);
    expect(checkInSchedule('2026-01-05', '2026-03-29', 4)).toEqual(['2026-02-02', '2026-03-02']);
    expect(checkInSchedule('2026-01-05', '2026-02-02', 2)).toEqual(['2026-01-19', '2026-02-02']);
  });

  it('keeps calendar days across daylight saving time and leap days', () => {
    // The Netherlands moves the clock on 29 March 2026 and 25 October 2026.
    expect(checkInSchedule('2026-03-20', '2026-11-01', 8)).toEqual(['2026-05-15', '2026-07-10', '2026-09-04', '2026-10-30']);
    expect(checkInSchedule('2028-02-15', '2028-03-14', 2)).toEqual(['2028-02-29', '2028-03-14']);
  });

  it('is empty when the period is shorter than one interval', () => {
    expect(checkInSchedule('2026-01-05', '2026-01-30', 4)).toEqual([]);
    expect(checkInSchedule('2026-01-05', '2026-01-05', 2)).toEqual([]);
  });

  it('accepts only 2 to 8 weeks, in whole weeks', () => {
    for (const weeks of [0, 1, 9, 2.5, Number.NaN]) expect(() => checkInSchedule('2026-01-05', '2027-01-05', weeks)).toThrow(/2–8 weeks/);
    expect(checkInSchedule('2026-01-05', '2027-01-05', 8)).toHaveLength(6);
    expect(checkInSchedule('2026-01-05', '2027-01-05', 2)).toHaveLength(26);
  });

  it('reads only real calendar days', () => {
    expect(parseCalendarDay('2026-02-29')).toBeNull();
    expect(parseCalendarDay('2026-13-01')).toBeNull();
    expect(parseCalendarDay('5-1-2026')).toBeNull();
    expect(parseCalendarDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-01-05', '2026-03-30')).toBe(84);
  });
});
