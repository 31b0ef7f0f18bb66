import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wijken, buurten and which 4-digit postcodes fall in which wijk (CBS reference data, imported by
 * an admin). Codes are CBS codes, so they are the keys: other tables refer to `wijk(code)`.
 */
export class Wijken1764000100000 implements MigrationInterface {
  name = 'Wijken1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE wijk (
        code text PRIMARY KEY CHECK (code ~ '^WK[0-9]{6}$'),
        name text NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
        municipality_name text NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180)
      )`);
    await q.query(`CREATE INDEX wijk_municipality_idx ON wijk (municipality_code)`);
    // Neighbour look-ups prefilter on a bounding box before the exact distance.
    await q.query(`CREATE INDEX wijk_lat_lon_idx ON wijk (lat, lon)`);
    await q.query(`
      CREATE TABLE buurt (
        code text PRIMARY KEY CHECK (code ~ '^BU[0-9]{8}$'),
        wijk_code text NOT NULL REFERENCES wijk(code),
        name text NOT NULL,
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180)
      )`);
    await q.query(`CREATE INDEX buurt_wijk_idx ON buurt (wijk_code)`);
    await q.query(`
      CREATE TABLE wijk_postcode (
        postcode char(4) NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}$'),
        wijk_code text NOT NULL REFERENCES wijk(code),
        PRIMARY KEY (postcode, wijk_code)
      )`);
    await q.query(`CREATE INDEX wijk_postcode_wijk_idx ON wijk_postcode (wijk_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE wijk_postcode`);
    await q.query(`DROP TABLE buurt`);
    await q.query(`DROP TABLE wijk`);
  }
}
