import { addDays, isoWeekOf, isoWeekStart } from './format';

describe('ISO weeks for the printable wijkagenda', () => {
  it.each([
    ['2026-W01', 2025, 11, 29],
    ['2026-W10', 2026, 2, 2],
    ['2025-W01', 2024, 11, 30],
    ['2020-W53', 2020, 11, 28],
  ])('%s starts on Monday %i-%i-%i', (week, y, m, d) => {
    const start = isoWeekStart(week)!;
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getDay()]).toEqual([y, m, d, 1]);
  });

  it('round-trips every week of a few years', () => {
    let monday = isoWeekStart('2024-W01')!;
    for (let i = 0; i < 160; i++) {
      expect(isoWeekStart(isoWeekOf(monday))).toEqual(monday);
      expect(isoWeekOf(addDays(monday, 6))).toBe(isoWeekOf(monday));
      monday = addDays(monday, 7);
    }
  });

  it('refuses what is not a week', () => {
    expect(isoWeekStart('2026-10')).toBeUndefined();
    expect(isoWeekStart('2026-W54')).toBeUndefined();
  });
});
