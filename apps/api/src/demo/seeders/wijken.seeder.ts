import { readHilversumWijkenCsv, WijkImportService } from '@buurtbrug/wijken';
import type { DemoSeeder } from '../demo-seeder.js';

/**
 * Hilversum's wijken, buurten and postcodes, through the same import an admin uses, so the demo
 * also proves the import path. Everything else in the demo lives in these wijken.
 */
export const wijkenSeeder: DemoSeeder = {
  name: 'wijken',
  order: 10,
  async seed({ app, shared }) {
    const report = await app.get(WijkImportService).importCsv(await readHilversumWijkenCsv());
    if (report.errors.length > 0) {
      const lines = report.errors.map((e) => `line ${e.line} ${e.field}: ${e.message}`).join('; ');
      throw new Error(`The demo wijken file does not import: ${lines}`);
    }
    shared.set('demoMunicipalityCode', 'GM0402');
  },
};
