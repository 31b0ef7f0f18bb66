import { countCell, statCell, SUPPRESSED_DISPLAY } from './small-cell.js';

describe('small-cell suppression', () => {
  it.each([0, 1, 5, 9])('hides a count of %i people, zero included', (n) => {
    expect(countCell(n)).toEqual({ value: null, suppressed: true, display: SUPPRESSED_DISPLAY });
    expect(SUPPRESSED_DISPLAY).toBe('<10');
  });

  it.each([10, 11, 250])('shows a count of %i people', (n) => {
    expect(countCell(n)).toEqual({ value: n, suppressed: false, display: String(n) });
  });

  it('hides a figure computed over fewer than 10 people, however large the figure', () => {
    expect(statCell(120, 9, 'COUNT')).toMatchObject({ value: null, suppressed: true, display: '<10' });
    expect(statCell(-1.5, 3, 'CHANGE')).toMatchObject({ value: null, suppressed: true });
    expect(statCell(0.5, 9, 'SHARE')).toMatchObject({ value: null, suppressed: true });
  });

  it('formats figures over 10 or more people by kind', () => {
    expect(statCell(0.456, 40, 'SHARE')).toEqual({ value: 0.456, suppressed: false, display: '46%' });
    expect(statCell(12.25, 10, 'DAYS')).toEqual({ value: 12.25, suppressed: false, display: '12.3' });
    expect(statCell(-1.5, 12, 'CHANGE')).toEqual({ value: -1.5, suppressed: false, display: '-1.50' });
    expect(statCell(0.5, 12, 'CHANGE').display).toBe('+0.50');
  });

  it('shows a dash, not a number, when a large enough group has nothing to compute', () => {
    expect(statCell(null, 20, 'DAYS')).toEqual({ value: null, suppressed: false, display: '–' });
  });

  it('treats a missing people count as too small', () => {
    expect(statCell(3, Number.NaN).suppressed).toBe(true);
  });
});
