/**
 * Small-cell suppression (DESIGN.md: only aggregates leave the resident and their social worker;
 * cells under 10 people are hidden). A cell that counts fewer than 10 people, or whose figure is
 * computed over fewer than 10 people, shows "<10" and no value — zero included, since "nobody"
 * is as telling as "one person" once a wijk is known. The one rule for the screen and the CSV.
 */
export const SMALL_CELL_THRESHOLD = 10;
export const SUPPRESSED_DISPLAY = '<10';

export type CellFormat = 'COUNT' | 'SHARE' | 'DAYS' | 'CHANGE';

export interface Cell {
  /** Null when suppressed (or when there is nothing to compute for a large enough group). */
  value: number | null;
  suppressed: boolean;
  /** What the screen and the CSV show. */
  display: string;
}

function format(value: number, kind: CellFormat): string {
  switch (kind) {
    case 'COUNT':
      return String(Math.round(value));
    case 'SHARE':
      return `${(value * 100).toFixed(0)}%`;
    case 'DAYS':
      return value.toFixed(1);
    case 'CHANGE':
      return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
  }
}

/**
 * @param value the figure (a count, a share 0–1, a number of days, a mean change)
 * @param people how many different people the figure counts or is computed over
 */
export function statCell(value: number | null, people: number, kind: CellFormat = 'COUNT'): Cell {
  if (!Number.isFinite(people) || people < SMALL_CELL_THRESHOLD) return { value: null, suppressed: true, display: SUPPRESSED_DISPLAY };
  if (value === null || !Number.isFinite(value)) return { value: null, suppressed: false, display: '–' };
  return { value, suppressed: false, display: format(value, kind) };
}

/** A count of people: the count is also the number of people it is about. */
export function countCell(people: number): Cell {
  return statCell(people, people, 'COUNT');
}
