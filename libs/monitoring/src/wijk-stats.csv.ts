import { stringify } from 'csv-stringify/sync';
import { WIJK_STATS_COLUMNS } from './wijk-stats.columns.js';
import type { WijkStatsReport } from './wijk-stats.service.js';

export type CsvLanguage = 'nl' | 'en';

/**
 * Free text (a wijk name) must not start a spreadsheet formula when the file is opened. Only the
 * name: csv-stringify's own `escape_formulas` would also turn a negative figure such as "-1.25"
 * into text.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The dashboard table as CSV (RFC 4180, CRLF): the same rows and displayed cells as the screen, "<10" included. */
export function wijkStatsCsv(report: WijkStatsReport, language: CsvLanguage = 'nl'): string {
  const header = [language === 'nl' ? 'Wijkcode' : 'Wijk code', language === 'nl' ? 'Wijk' : 'Wijk name', ...WIJK_STATS_COLUMNS.map((c) => c[language])];
  const rows = report.rows.map((row) => [row.wijkCode, defuseFormula(row.wijkName), ...WIJK_STATS_COLUMNS.map((c) => row.cells[c.key].display)]);
  return stringify([header, ...rows], { record_delimiter: 'windows' });
}
