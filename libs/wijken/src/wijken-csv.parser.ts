import { parse } from 'csv-parse/sync';

/**
 * The CSV an admin imports (README "Wijken import"). One header, three kinds of line, told apart
 * by which cells are filled: a buurt line has a `buurtcode`, a postcode line a `postcode`, any
 * other line is a wijk. Column names follow CBS (`WK_CODE`, `GM_NAAM`, … are accepted too), the
 * separator may be `,` or `;`, decimals may use a comma, and lines starting with `#` are notes.
 */
export const WIJKEN_CSV_COLUMNS = [
  'wijkcode',
  'wijknaam',
  'gemeentecode',
  'gemeentenaam',
  'buurtcode',
  'buurtnaam',
  'postcode',
  'lat',
  'lon',
] as const;

export type WijkenCsvColumn = (typeof WIJKEN_CSV_COLUMNS)[number];

const COLUMN_ALIASES: Record<string, WijkenCsvColumn> = {
  wijkcode: 'wijkcode',
  wkcode: 'wijkcode',
  wijknaam: 'wijknaam',
  wknaam: 'wijknaam',
  gemeentecode: 'gemeentecode',
  gmcode: 'gemeentecode',
  gemeentenaam: 'gemeentenaam',
  gmnaam: 'gemeentenaam',
  buurtcode: 'buurtcode',
  bucode: 'buurtcode',
  buurtnaam: 'buurtnaam',
  bunaam: 'buurtnaam',
  postcode: 'postcode',
  postcode4: 'postcode',
  pc4: 'postcode',
  lat: 'lat',
  latitude: 'lat',
  breedtegraad: 'lat',
  lon: 'lon',
  lng: 'lon',
  longitude: 'lon',
  lengtegraad: 'lon',
};

/**
 * Centroids must lie in (European) Netherlands: it catches swapped columns and RD coordinates
 * (metres) pasted where degrees belong, the most common mistakes with CBS exports.
 */
export const NETHERLANDS_BOUNDS = { minLat: 50.7, maxLat: 53.6, minLon: 3.2, maxLon: 7.3 } as const;

const MAX_NAME_LENGTH = 100;

export interface ImportLineError {
  /** Line number in the file (1 = the header). */
  line: number;
  /** The column at fault, or `header` / `file`. */
  field: string;
  message: string;
}

export interface WijkLine {
  line: number;
  code: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  lat: number;
  lon: number;
}

export interface BuurtLine {
  line: number;
  code: string;
  wijkCode: string;
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface PostcodeLine {
  line: number;
  postcode: string;
  wijkCode: string;
}

export interface ParsedWijkenCsv {
  wijken: WijkLine[];
  buurten: BuurtLine[];
  postcodes: PostcodeLine[];
  /** Every bad line; when not empty, nothing may be imported. */
  errors: ImportLineError[];
}

const columnKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

/** Reads one line's cells into checked values, collecting every problem rather than the first. */
class LineReader {
  readonly errors: ImportLineError[] = [];

  constructor(
    readonly line: number,
    private readonly cells: Partial<Record<WijkenCsvColumn, string>>,
  ) {}

  has(column: WijkenCsvColumn): boolean {
    return (this.cells[column] ?? '') !== '';
  }

  fail(field: string, message: string): void {
    this.errors.push({ line: this.line, field, message });
  }

  code(column: WijkenCsvColumn, pattern: RegExp, example: string, what: string): string {
    const value = (this.cells[column] ?? '').toUpperCase();
    if (value === '') this.fail(column, `${column} is required for a ${what} line`);
    else if (!pattern.test(value)) this.fail(column, `${column} "${value}" is not a code like ${example}`);
    return value;
  }

  name(column: WijkenCsvColumn, what: string): string {
    const raw = this.cells[column] ?? '';
    const value = raw.replace(/\s+/g, ' ').trim();
    if (value === '') this.fail(column, `${column} is required for a ${what} line`);
    else if (/[\n\r\t]/.test(raw) || /\p{Cc}/u.test(value)) this.fail(column, `${column} must be one line of plain text`);
    else if (value.length > MAX_NAME_LENGTH) this.fail(column, `${column} is longer than ${MAX_NAME_LENGTH} characters`);
    return value;
  }

  /** Both coordinates or (when optional) neither; degrees in the Netherlands. */
  centroid(what: string, required: boolean): { lat: number | null; lon: number | null } {
    if (!required && !this.has('lat') && !this.has('lon')) return { lat: null, lon: null };
    const lat = this.degrees('lat', NETHERLANDS_BOUNDS.minLat, NETHERLANDS_BOUNDS.maxLat, what);
    const lon = this.degrees('lon', NETHERLANDS_BOUNDS.minLon, NETHERLANDS_BOUNDS.maxLon, what);
    return { lat, lon };
  }

  private degrees(column: 'lat' | 'lon', min: number, max: number, what: string): number | null {
    const raw = this.cells[column] ?? '';
    if (raw === '') {
      this.fail(column, `${column} is required for a ${what} line`);
      return null;
    }
    const value = /^-?\d+(?:[.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : Number.NaN;
    if (!Number.isFinite(value)) {
      this.fail(column, `${column} "${raw}" is not a number in degrees (like ${column === 'lat' ? '52.2236' : '5.1763'})`);
      return null;
    }
    if (value < min || value > max) {
      const other = column === 'lat' ? 'lon' : 'lat';
      this.fail(column, `${column} ${value} is outside the Netherlands (${min} to ${max}); are ${column} and ${other} swapped?`);
      return null;
    }
    return value;
  }
}

/**
 * Validates an import file line by line without touching the database. Checks that need the
 * database (a buurt of a wijk that is not in the file) are the import service's.
 */
export function parseWijkenCsv(text: string): ParsedWijkenCsv {
  const result: ParsedWijkenCsv = { wijken: [], buurten: [], postcodes: [], errors: [] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      bom: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    result.errors.push({ line, field: 'file', message: `not readable as CSV: ${(error as Error).message}` });
    return result;
  }
  if (records.length === 0) {
    result.errors.push({ line: 1, field: 'header', message: 'the file is empty; the first line names the columns' });
    return result;
  }

  const [head, ...rows] = records;
  const columns: (WijkenCsvColumn | null)[] = [];
  for (const name of head.record) {
    const column = COLUMN_ALIASES[columnKey(name)] ?? null;
    if (!column) {
      result.errors.push({ line: head.info.lines, field: 'header', message: `unknown column "${name}"; known: ${WIJKEN_CSV_COLUMNS.join(', ')}` });
    } else if (columns.includes(column)) {
      result.errors.push({ line: head.info.lines, field: 'header', message: `column ${column} appears twice` });
    }
    columns.push(column);
  }
  if (!columns.includes('wijkcode')) {
    result.errors.push({ line: head.info.lines, field: 'header', message: 'the header needs a wijkcode column' });
  }
  if (result.errors.length > 0) return result;

  const wijkLines = new Map<string, number>();
  const buurtLines = new Map<string, number>();
  const postcodeLines = new Map<string, number>();
  const municipalityNames = new Map<string, { name: string; line: number }>();

  for (const { record, info } of rows) {
    if (record.length !== columns.length) {
      result.errors.push({ line: info.lines, field: 'file', message: `${record.length} cells where the header has ${columns.length}` });
      continue;
    }
    const cells: Partial<Record<WijkenCsvColumn, string>> = {};
    columns.forEach((column, i) => (cells[column!] = record[i]));
    const reader = new LineReader(info.lines, cells);

    if (reader.has('buurtcode')) {
      const code = reader.code('buurtcode', /^BU\d{8}$/, 'BU04020101', 'buurt');
      const wijkCode = reader.code('wijkcode', /^WK\d{6}$/, 'WK040201', 'buurt');
      const name = reader.name('buurtnaam', 'buurt');
      const { lat, lon } = reader.centroid('buurt', false);
      if (reader.has('postcode')) reader.fail('postcode', 'a line is a wijk, a buurt or a postcode: put the postcode on a line of its own');
      if (/^BU\d{8}$/.test(code) && /^WK\d{6}$/.test(wijkCode) && code.slice(2, 8) !== wijkCode.slice(2)) {
        reader.fail('buurtcode', `buurt ${code} does not belong to wijk ${wijkCode}: its code starts with BU${wijkCode.slice(2)}`);
      }
      duplicate(reader, buurtLines, code, 'buurtcode', `buurt ${code}`);
      if (reader.errors.length === 0) result.buurten.push({ line: reader.line, code, wijkCode, name, lat, lon });
    } else if (reader.has('postcode')) {
      const postcode = (cells.postcode ?? '').replace(/\s+/g, '');
      const wijkCode = reader.code('wijkcode', /^WK\d{6}$/, 'WK040201', 'postcode');
      if (!/^[1-9]\d{3}$/.test(postcode)) reader.fail('postcode', `postcode "${cells.postcode}" is not 4 digits like 1211`);
      duplicate(reader, postcodeLines, `${postcode} ${wijkCode}`, 'postcode', `postcode ${postcode} for ${wijkCode}`);
      if (reader.errors.length === 0) result.postcodes.push({ line: reader.line, postcode, wijkCode });
    } else {
      const code = reader.code('wijkcode', /^WK\d{6}$/, 'WK040201', 'wijk');
      const name = reader.name('wijknaam', 'wijk');
      const municipalityCode = reader.code('gemeentecode', /^GM\d{4}$/, 'GM0402', 'wijk');
      const municipalityName = reader.name('gemeentenaam', 'wijk');
      const { lat, lon } = reader.centroid('wijk', true);
      if (/^WK\d{6}$/.test(code) && /^GM\d{4}$/.test(municipalityCode) && code.slice(2, 6) !== municipalityCode.slice(2)) {
        reader.fail('wijkcode', `wijk ${code} is not in municipality ${municipalityCode}: its code starts with WK${municipalityCode.slice(2)}`);
      }
      const earlier = municipalityNames.get(municipalityCode);
      if (earlier && municipalityName && earlier.name !== municipalityName) {
        reader.fail('gemeentenaam', `${municipalityCode} is called "${earlier.name}" on line ${earlier.line}`);
      } else if (!earlier && municipalityName && /^GM\d{4}$/.test(municipalityCode)) {
        municipalityNames.set(municipalityCode, { name: municipalityName, line: reader.line });
      }
      duplicate(reader, wijkLines, code, 'wijkcode', `wijk ${code}`);
      if (reader.errors.length === 0) {
        result.wijken.push({ line: reader.line, code, name, municipalityCode, municipalityName, lat: lat!, lon: lon! });
      }
    }
    result.errors.push(...reader.errors);
  }
  return result;
}

function duplicate(reader: LineReader, seen: Map<string, number>, key: string, field: string, what: string): void {
  const earlier = seen.get(key);
  if (earlier !== undefined) reader.fail(field, `${what} is already on line ${earlier}`);
  else seen.set(key, reader.line);
}
