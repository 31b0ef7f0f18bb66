import { parse } from 'csv-parse/sync';
import { countCell, statCell } from './small-cell.js';
import { WIJK_STATS_COLUMNS, type WijkStatsCellKey } from './wijk-stats.columns.js';
import { defuseFormula, wijkStatsCsv } from './wijk-stats.csv.js';
import type { WijkStatsReport } from './wijk-stats.service.js';

function report(name: string, n: number): WijkStatsReport {
  const cells = Object.fromEntries(WIJK_STATS_COLUMNS.map((c) => [c.key, countCell(n)])) as Record<WijkStatsCellKey, ReturnType<typeof countCell>>;
  cells.changeAll = statCell(-1.25, n, 'CHANGE');
  return { from: new Date('2026-01-01'), to: new Date('2026-04-01'), rows: [{ wijkCode: 'WK040201', wijkName: name, cells }] };
}

describe('wijk stats CSV', () => {
  it('keeps a wijk name from starting a spreadsheet formula, and quotes what needs quoting', () => {
    expect(defuseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(defuseFormula('Centrum')).toBe('Centrum');
    const csv = wijkStatsCsv(report('=HYPERLINK("x"), "De Meent"', 12), 'nl');
    expect(csv.split('\r\n')[1].startsWith(`WK040201,"'=HYPERLINK(""x""), ""De Meent""",12,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through a CSV parser with the displayed cells, "<10" included', () => {
    const small = parse(wijkStatsCsv(report('Oost, "De Meent"', 3), 'nl')) as string[][];
    expect(small[0].slice(0, 3)).toEqual(['Wijkcode', 'Wijk', 'Actieve inwoners']);
    expect(small[1].slice(0, 2)).toEqual(['WK040201', 'Oost, "De Meent"']);
    expect(small[1].slice(2)).toEqual(WIJK_STATS_COLUMNS.map(() => '<10'));
    const large = parse(wijkStatsCsv(report('Centrum', 12), 'en')) as string[][];
    expect(large[0][2]).toBe('Active residents');
    expect(large[1][2]).toBe('12');
    expect(large[1][2 + WIJK_STATS_COLUMNS.findIndex((c) => c.key === 'changeAll')]).toBe('-1.25');
  });
});
