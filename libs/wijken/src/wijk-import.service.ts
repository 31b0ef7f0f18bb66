import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type ImportLineError, parseWijkenCsv, type ParsedWijkenCsv } from './wijken-csv.parser.js';
import { WIJKEN_IMPORTED, WijkenImportedEvent } from './wijken.events.js';

/** What an import did. With any error, every count is 0: nothing was written. */
export interface WijkImportReport {
  /** Rows (wijken, buurten, postcode links) that did not exist before. */
  imported: number;
  /** Existing rows whose name, municipality or centroid changed. */
  updated: number;
  /** Rows that were already exactly so; a repeated import only has these. */
  unchanged: number;
  /** Valid lines of each kind in the file. */
  wijken: number;
  buurten: number;
  postcodes: number;
  errors: ImportLineError[];
}

export interface WijkImportOptions {
  /** Called as rows are written (for a progress bar): rows done, rows in total. */
  onProgress?: (done: number, total: number) => void;
}

/** Rows per statement: keeps parameter arrays small and gives the progress bar something to show. */
const CHUNK = 500;

/**
 * Imports wijken, buurten and postcode links from a CBS-shaped CSV (README "Wijken import").
 * Every line is checked first and every bad line reported; only a file without errors is
 * written, in one transaction, as an upsert on the codes — so importing twice changes nothing.
 * Rows missing from a file are never deleted: residents, posts and activities refer to them.
 */
@Injectable()
export class WijkImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventEmitter2,
  ) {}

  async importCsv(csv: string, options: WijkImportOptions = {}): Promise<WijkImportReport> {
    const parsed = parseWijkenCsv(csv);
    const report: WijkImportReport = {
      imported: 0,
      updated: 0,
      unchanged: 0,
      wijken: parsed.wijken.length,
      buurten: parsed.buurten.length,
      postcodes: parsed.postcodes.length,
      errors: parsed.errors,
    };
    const written = await this.dataSource.transaction(async (manager) => {
      report.errors = sortErrors([...parsed.errors, ...(await this.unknownWijken(manager, parsed))]);
      if (report.errors.length > 0) return false;
      await this.write(manager, parsed, report, options);
      return true;
    });
    if (!written) return { ...report, imported: 0, updated: 0, unchanged: 0 };
    if (report.imported + report.updated > 0) {
      const codes = [...new Set([...parsed.wijken, ...parsed.buurten, ...parsed.postcodes].map((l) => ('wijkCode' in l ? l.wijkCode : l.code)))];
      this.events.emit(WIJKEN_IMPORTED, new WijkenImportedEvent(codes.sort(), report.imported, report.updated));
    }
    return report;
  }

  /** Buurt and postcode lines may name a wijk imported earlier, but not one that exists nowhere. */
  private async unknownWijken(manager: EntityManager, parsed: ParsedWijkenCsv): Promise<ImportLineError[]> {
    const inFile = new Set(parsed.wijken.map((w) => w.code));
    const referring = [...parsed.buurten, ...parsed.postcodes].filter((l) => !inFile.has(l.wijkCode));
    if (referring.length === 0) return [];
    const asked = [...new Set(referring.map((l) => l.wijkCode))];
    const rows = (await manager.query(`SELECT code FROM wijk WHERE code = ANY($1::text[])`, [asked])) as { code: string }[];
    const known = new Set(rows.map((r) => r.code));
    return referring
      .filter((l) => !known.has(l.wijkCode))
      .map((l) => ({ line: l.line, field: 'wijkcode', message: `wijk ${l.wijkCode} is not in this file and was not imported before` }));
  }

  private async write(manager: EntityManager, parsed: ParsedWijkenCsv, report: WijkImportReport, options: WijkImportOptions) {
    const total = parsed.wijken.length + parsed.buurten.length + parsed.postcodes.length;
    let done = 0;
    const tally = (rows: { inserted: boolean }[], size: number) => {
      const inserted = rows.filter((r) => r.inserted).length;
      report.imported += inserted;
      report.updated += rows.length - inserted;
      report.unchanged += size - rows.length;
      done += size;
      options.onProgress?.(done, total);
    };
    options.onProgress?.(0, total);

    // Wijken first: buurten and postcode links refer to them.
    for (const chunk of chunks(parsed.wijken)) {
      const rows = (await manager.query(
        `INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[])
         ON CONFLICT (code) DO UPDATE SET
           name = EXCLUDED.name, municipality_code = EXCLUDED.municipality_code,
           municipality_name = EXCLUDED.municipality_name, lat = EXCLUDED.lat, lon = EXCLUDED.lon
         WHERE (wijk.name, wijk.municipality_code, wijk.municipality_name, wijk.lat, wijk.lon)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.municipality_code, EXCLUDED.municipality_name, EXCLUDED.lat, EXCLUDED.lon)
         RETURNING (xmax = 0) AS inserted`,
        [
          chunk.map((w) => w.code),
          chunk.map((w) => w.name),
          chunk.map((w) => w.municipalityCode),
          chunk.map((w) => w.municipalityName),
          chunk.map((w) => w.lat),
          chunk.map((w) => w.lon),
        ],
      )) as { inserted: boolean }[];
      tally(rows, chunk.length);
    }
    for (const chunk of chunks(parsed.buurten)) {
      const rows = (await manager.query(
        `INSERT INTO buurt (code, wijk_code, name, lat, lon)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
         ON CONFLICT (code) DO UPDATE SET
           wijk_code = EXCLUDED.wijk_code, name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon
         WHERE (buurt.wijk_code, buurt.name, buurt.lat, buurt.lon)
           IS DISTINCT FROM (EXCLUDED.wijk_code, EXCLUDED.name, EXCLUDED.lat, EXCLUDED.lon)
         RETURNING (xmax = 0) AS inserted`,
        [chunk.map((b) => b.code), chunk.map((b) => b.wijkCode), chunk.map((b) => b.name), chunk.map((b) => b.lat), chunk.map((b) => b.lon)],
      )) as { inserted: boolean }[];
      tally(rows, chunk.length);
    }
    for (const chunk of chunks(parsed.postcodes)) {
      const rows = (await manager.query(
        `INSERT INTO wijk_postcode (postcode, wijk_code)
         SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT DO NOTHING
         RETURNING true AS inserted`,
        [chunk.map((p) => p.postcode), chunk.map((p) => p.wijkCode)],
      )) as { inserted: boolean }[];
      tally(rows, chunk.length);
    }
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

function sortErrors(errors: ImportLineError[]): ImportLineError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
