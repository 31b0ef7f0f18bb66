import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { Buurt } from './buurt.entity.js';
import { toPostcode4 } from './postcode4.js';
import { boundingBox, haversineKm, neighboursWithin, type Centroid } from './wijk-distance.js';
import { WijkPostcode } from './wijk-postcode.entity.js';
import { Wijk } from './wijk.entity.js';
import { WijkenError, WijkenErrorCode } from './wijken.errors.js';

/** Two wijken whose centroids are this close count as neighbours unless a caller says otherwise. */
export const DEFAULT_NEIGHBOUR_RADIUS_KM = 2.5;

/** A wijk with everything the overview shows about it. */
export interface WijkDetail {
  wijk: Wijk;
  buurten: Buurt[];
  postcodes: string[];
  neighbours: string[];
}

/**
 * Reads the wijken reference data. Other libraries use this to validate wijk codes, to find
 * neighbouring wijken for matching and to place a postcode in a wijk.
 */
@Injectable()
export class WijkenService {
  constructor(
    @InjectRepository(Wijk) private readonly wijken: Repository<Wijk>,
    @InjectRepository(Buurt) private readonly buurten: Repository<Buurt>,
    @InjectRepository(WijkPostcode) private readonly postcodes: Repository<WijkPostcode>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Every wijk, or those of one municipality, by municipality and name. */
  async all(municipalityCode?: string): Promise<Wijk[]> {
    return this.wijken.find({
      where: municipalityCode ? { municipalityCode } : {},
      order: { municipalityCode: 'ASC', name: 'ASC', code: 'ASC' },
    });
  }

  async get(code: string): Promise<Wijk> {
    const wijk = await this.wijken.findOneBy({ code });
    if (!wijk) throw new WijkenError(WijkenErrorCode.WIJK_NOT_FOUND, `No wijk with code ${code}`);
    return wijk;
  }

  /** The wijken that exist among `codes`, in the order asked, each once. */
  async findByCodes(codes: string[]): Promise<Wijk[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return [];
    const found = new Map((await this.wijken.findBy({ code: In(unique) })).map((w) => [w.code, w]));
    return unique.flatMap((code) => found.get(code) ?? []);
  }

  /** Refuses input that names a wijk that does not exist, naming the input field and the codes. */
  async assertExists(codes: string[], field = 'wijkCode'): Promise<void> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return;
    const known = new Set((await this.findByCodes(unique)).map((w) => w.code));
    const unknown = unique.filter((code) => !known.has(code));
    if (unknown.length === 0) return;
    throw new WijkenError(
      WijkenErrorCode.UNKNOWN_WIJK,
      `${field}: unknown wijk ${unknown.join(', ')}`,
      [{ field, message: `unknown wijk ${unknown.join(', ')}` }],
    );
  }

  /** Wijken whose centroid lies within `radiusKm` of this wijk's, nearest first. */
  async neighbourCodes(code: string, radiusKm = DEFAULT_NEIGHBOUR_RADIUS_KM): Promise<string[]> {
    const wijk = await this.get(code);
    return (await this.neighbourMap([wijk], radiusKm)).get(code) ?? [];
  }

  /** Neighbours of many wijken in one query (the overview would otherwise ask once per wijk). */
  async neighbourMap(origins: readonly Centroid[], radiusKm = DEFAULT_NEIGHBOUR_RADIUS_KM): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(origins.map((o) => [o.code, []]));
    if (origins.length === 0 || !(radiusKm > 0)) return result;
    const boxes = origins.map((o) => ({ code: o.code, ...boundingBox(o.lat, o.lon, radiusKm) }));
    const rows = (await this.dataSource.query(
      `SELECT o.code AS origin, w.code, w.lat, w.lon
         FROM unnest($1::text[], $2::float8[], $3::float8[], $4::float8[], $5::float8[])
              AS o(code, min_lat, max_lat, min_lon, max_lon)
         JOIN wijk w ON w.lat BETWEEN o.min_lat AND o.max_lat
                    AND w.lon BETWEEN o.min_lon AND o.max_lon
                    AND w.code <> o.code`,
      [
        boxes.map((b) => b.code),
        boxes.map((b) => b.minLat),
        boxes.map((b) => b.maxLat),
        boxes.map((b) => b.minLon),
        boxes.map((b) => b.maxLon),
      ],
    )) as { origin: string; code: string; lat: number; lon: number }[];
    const candidates = new Map<string, Centroid[]>();
    for (const row of rows) {
      const list = candidates.get(row.origin) ?? [];
      list.push({ code: row.code, lat: row.lat, lon: row.lon });
      candidates.set(row.origin, list);
    }
    for (const origin of origins) result.set(origin.code, neighboursWithin(origin, candidates.get(origin.code) ?? [], radiusKm));
    return result;
  }

  /** Distance in km between the centroids of two wijken. */
  async distanceKm(a: string, b: string): Promise<number> {
    const found = await this.findByCodes([a, b]);
    const first = found.find((w) => w.code === a);
    const second = found.find((w) => w.code === b);
    if (!first || !second) {
      const missing = [a, b].filter((code) => !found.some((w) => w.code === code));
      throw new WijkenError(WijkenErrorCode.WIJK_NOT_FOUND, `No wijk with code ${[...new Set(missing)].join(', ')}`);
    }
    return haversineKm(first.lat, first.lon, second.lat, second.lon);
  }

  /**
   * The wijk a 4-digit postcode lies in ("1211" or a full "1211 AB"), or null. A postcode area
   * that spans several wijken gives the one with the lowest code, so the answer is stable;
   * `wijkenForPostcode` gives them all.
   */
  async wijkForPostcode(postcode4: string): Promise<Wijk | null> {
    return (await this.wijkenForPostcode(postcode4))[0] ?? null;
  }

  /** Every wijk a 4-digit postcode area overlaps, by code. */
  async wijkenForPostcode(postcode4: string): Promise<Wijk[]> {
    const postcode = toPostcode4(postcode4);
    if (!postcode) return [];
    const links = await this.postcodes.find({ where: { postcode }, order: { wijkCode: 'ASC' } });
    return this.findByCodes(links.map((l) => l.wijkCode));
  }

  /** The wijken with their buurten, postcodes and neighbours: a fixed number of queries, whatever the count. */
  async overview(municipalityCode?: string, radiusKm = DEFAULT_NEIGHBOUR_RADIUS_KM): Promise<WijkDetail[]> {
    return this.details(await this.all(municipalityCode), radiusKm);
  }

  /** One wijk with its buurten, postcodes and neighbours. */
  async detail(code: string, radiusKm = DEFAULT_NEIGHBOUR_RADIUS_KM): Promise<WijkDetail> {
    const [detail] = await this.details([await this.get(code)], radiusKm);
    return detail;
  }

  /** The wijk of a postcode with its buurten, postcodes and neighbours, or null. */
  async detailForPostcode(postcode: string, radiusKm = DEFAULT_NEIGHBOUR_RADIUS_KM): Promise<WijkDetail | null> {
    const wijk = await this.wijkForPostcode(postcode);
    return wijk ? (await this.details([wijk], radiusKm))[0] : null;
  }

  private async details(wijken: Wijk[], radiusKm: number): Promise<WijkDetail[]> {
    if (wijken.length === 0) return [];
    const codes = wijken.map((w) => w.code);
    const [buurten, postcodes, neighbours] = await Promise.all([
      this.buurten.find({ where: { wijkCode: In(codes) }, order: { code: 'ASC' } }),
      this.postcodes.find({ where: { wijkCode: In(codes) }, order: { postcode: 'ASC' } }),
      this.neighbourMap(wijken, radiusKm),
    ]);
    const buurtenByWijk = groupBy(buurten, (b) => b.wijkCode);
    const postcodesByWijk = groupBy(postcodes, (p) => p.wijkCode);
    return wijken.map((wijk) => ({
      wijk,
      buurten: buurtenByWijk.get(wijk.code) ?? [],
      postcodes: (postcodesByWijk.get(wijk.code) ?? []).map((p) => p.postcode),
      neighbours: neighbours.get(wijk.code) ?? [],
    }));
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
