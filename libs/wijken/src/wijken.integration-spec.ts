import { EventEmitter2 } from '@nestjs/event-emitter';
import { Test, type TestingModule } from '@nestjs/testing';
import { CoreModule } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { DataSource } from 'typeorm';
import { readHilversumWijkenCsv } from './wijken-demo-data.js';
import { WijkImportService } from './wijk-import.service.js';
import { WijkenError } from './wijken.errors.js';
import { WIJKEN_IMPORTED, type WijkenImportedEvent } from './wijken.events.js';
import { WijkenModule } from './wijken.module.js';
import { WijkenService } from './wijken.service.js';

const HEADER = 'wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon';

describe('wijken (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let importer: WijkImportService;
  let wijken: WijkenService;
  const imported: WijkenImportedEvent[] = [];

  const count = async (table: string) => ((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(test.runtime), WijkenModule] }).compile();
    dataSource = moduleRef.get(DataSource);
    importer = moduleRef.get(WijkImportService);
    wijken = moduleRef.get(WijkenService);
    moduleRef.get(EventEmitter2).on(WIJKEN_IMPORTED, (event: WijkenImportedEvent) => imported.push(event));
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  describe('import', () => {
    it('refuses a file with bad lines as a whole, reporting every bad line', async () => {
      const csv = [
        HEADER,
        'WK090101,Eerste,GM0901,Proefstad,,,,52.1,5.1',
        'WK090102,Tweede,GM0901,Proefstad,,,,52.1,not-a-number',
        'WK090101,,,,BU09010101,Goede buurt,,,',
        'WK090199,,,,BU09019901,Buurt van niets,,,',
        'WK090101,,,,,,9999,,',
        'WK090101,,,,,,99,,',
      ].join('\n');
      const report = await importer.importCsv(csv);
      expect(report.errors).toEqual([
        expect.objectContaining({ line: 3, field: 'lon' }),
        expect.objectContaining({ line: 5, field: 'wijkcode', message: expect.stringContaining('WK090199') }),
        expect.objectContaining({ line: 7, field: 'postcode' }),
      ]);
      expect(report).toMatchObject({ imported: 0, updated: 0, unchanged: 0 });
      // The good lines were not written either: all or nothing.
      expect(await count('wijk')).toBe(0);
      expect(await count('buurt')).toBe(0);
      expect(await count('wijk_postcode')).toBe(0);
      expect(imported).toEqual([]);
    });

    it('imports the Hilversum file: wijken, buurten and postcodes', async () => {
      const progress: [number, number][] = [];
      const report = await importer.importCsv(await readHilversumWijkenCsv(), { onProgress: (done, total) => progress.push([done, total]) });
      expect(report.errors).toEqual([]);
      expect(report).toMatchObject({ wijken: 10, buurten: 30, postcodes: 16, imported: 56, updated: 0, unchanged: 0 });
      expect(await count('wijk')).toBe(10);
      expect(await count('buurt')).toBe(30);
      expect(await count('wijk_postcode')).toBe(16);
      expect(progress.at(0)).toEqual([0, 56]);
      expect(progress.at(-1)).toEqual([56, 56]);
      expect(imported).toHaveLength(1);
      expect(imported[0].wijkCodes).toContain('WK040201');

      const oost = (await wijken.findByCodes(['WK040202']))[0];
      expect(oost).toMatchObject({ code: 'WK040202', name: 'Hilversum Oost', municipalityCode: 'GM0402', municipalityName: 'Hilversum' });
      expect(oost.lat).toBeCloseTo(52.2285, 6);
    });

    it('changes nothing when the same file is imported again', async () => {
      imported.length = 0;
      const report = await importer.importCsv(await readHilversumWijkenCsv());
      expect(report).toMatchObject({ imported: 0, updated: 0, unchanged: 56, errors: [] });
      expect(await count('wijk')).toBe(10);
      expect(imported).toEqual([]);
    });

    it('updates by code, and buurt and postcode lines may refer to wijken imported before', async () => {
      const report = await importer.importCsv(
        [
          HEADER,
          'WK040208,Hilversum Zuid,GM0402,Hilversum,,,,52.2090,5.1760',
          'WK040208,,,,BU04020804,Zuiderpark,,,',
          'WK040201,,,,,,1212,,',
        ].join('\n'),
      );
      expect(report).toMatchObject({ imported: 2, updated: 1, unchanged: 0, errors: [] });
      expect((await wijken.findByCodes(['WK040208']))[0].name).toBe('Hilversum Zuid');
      expect((await wijken.detail('WK040208')).buurten.map((b) => b.name)).toContain('Zuiderpark');
      expect((await wijken.wijkenForPostcode('1212')).map((w) => w.code)).toEqual(['WK040201', 'WK040208']);
      expect(await count('wijk')).toBe(10);
    });
  });

  describe('reading', () => {
    it('finds wijken by code in the order asked, skipping unknown ones', async () => {
      expect((await wijken.findByCodes(['WK040202', 'WK999999', 'WK040201', 'WK040202'])).map((w) => w.code)).toEqual([
        'WK040202',
        'WK040201',
      ]);
      expect(await wijken.findByCodes([])).toEqual([]);
    });

    it('refuses unknown wijk codes, naming the field and the codes', async () => {
      await expect(wijken.assertExists(['WK040201', 'WK040202'])).resolves.toBeUndefined();
      await expect(wijken.assertExists([])).resolves.toBeUndefined();
      const error = await wijken.assertExists(['WK040201', 'WK999998', 'WK999999'], 'serviceArea').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WijkenError);
      expect(error).toMatchObject({
        publicCode: 'BAD_USER_INPUT',
        fields: [{ field: 'serviceArea', message: 'unknown wijk WK999998, WK999999' }],
      });
      await expect(wijken.assertExists(['WK999999'])).rejects.toMatchObject({ fields: [{ field: 'wijkCode' }] });
    });

    it('lists all wijken or those of one municipality', async () => {
      expect(await wijken.all('GM0402')).toHaveLength(10);
      expect(await wijken.all('GM0363')).toEqual([]);
      expect((await wijken.all()).map((w) => w.name)).toContain('Hilversumse Meent');
    });

    it('finds neighbours from the distance between centroids, nearest first and never itself', async () => {
      // Centrum: Over 't Spoor 0.98 km, Oost 1.37, Noord 1.44, Zuidwest 1.63, Trompenberg 1.70,
      // Zuid 1.73, Noordoost 1.90, Kerkelanden 2.41; Hilversumse Meent 3.36 is too far.
      const centrum = await wijken.neighbourCodes('WK040201');
      expect(centrum.slice(0, 3)).toEqual(['WK040210', 'WK040202', 'WK040206']);
      expect(centrum).not.toContain('WK040201');
      expect(centrum).not.toContain('WK040204');
      expect(await wijken.neighbourCodes('WK040204')).toEqual(['WK040203', 'WK040210', 'WK040202']);
      expect(await wijken.neighbourCodes('WK040201', 1)).toEqual(['WK040210']);
      expect(await wijken.neighbourCodes('WK040201', 0)).toEqual([]);
      await expect(wijken.neighbourCodes('WK999999')).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
    });

    it('finds the same neighbours one by one and for all wijken at once', async () => {
      const overview = await wijken.overview('GM0402');
      for (const detail of overview) expect(detail.neighbours).toEqual(await wijken.neighbourCodes(detail.wijk.code));
      // Neighbourship is symmetric: it is a distance.
      for (const detail of overview) {
        for (const code of detail.neighbours) expect(overview.find((d) => d.wijk.code === code)?.neighbours).toContain(detail.wijk.code);
      }
    });

    it('measures the distance between two wijken', async () => {
      expect(await wijken.distanceKm('WK040201', 'WK040204')).toBeCloseTo(3.36, 1);
      expect(await wijken.distanceKm('WK040201', 'WK040201')).toBe(0);
      await expect(wijken.distanceKm('WK040201', 'WK999999')).rejects.toThrow(/WK999999/);
    });

    it('places a postcode in its wijk', async () => {
      expect((await wijken.wijkForPostcode('1214'))?.name).toBe('Hilversum Oost');
      expect((await wijken.wijkForPostcode('1214 AB'))?.code).toBe('WK040202');
      // 1217 lies in Centrum and Zuidwest: the lowest code, so the answer is stable.
      expect((await wijken.wijkForPostcode('1217'))?.code).toBe('WK040201');
      expect((await wijken.wijkenForPostcode('1217')).map((w) => w.code)).toEqual(['WK040201', 'WK040209']);
      expect(await wijken.wijkForPostcode('1000')).toBeNull();
      expect(await wijken.wijkForPostcode('geen postcode')).toBeNull();
    });

    it('gives the overview with buurten and postcodes per wijk in a fixed number of queries', async () => {
      const queries: string[] = [];
      const driver = dataSource.driver;
      const original = driver.createQueryRunner;
      driver.createQueryRunner = (mode) => {
        const runner = original.call(driver, mode);
        const query = runner.query.bind(runner);
        runner.query = ((sql: string, ...rest: unknown[]) => {
          queries.push(sql);
          return (query as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
        }) as typeof runner.query;
        return runner;
      };
      try {
        const overview = await wijken.overview('GM0402');
        expect(overview).toHaveLength(10);
        const centrum = overview.find((d) => d.wijk.code === 'WK040201')!;
        expect(centrum.buurten.map((b) => b.code)).toEqual(['BU04020101', 'BU04020102', 'BU04020103']);
        expect(centrum.postcodes).toEqual(['1211', '1212', '1217']);
      } finally {
        driver.createQueryRunner = original;
      }
      // wijken, buurten, postcodes, neighbours: not one more per wijk.
      expect(queries).toHaveLength(4);
    });
  });
});
