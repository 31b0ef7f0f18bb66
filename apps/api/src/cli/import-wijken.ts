import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { WijkImportService } from '@buurtbrug/wijken';
import cliProgress from 'cli-progress';
import { runCli } from './cli-context.js';

/**
 * `npm run import:wijken -- file.csv`: imports wijken, buurten and postcodes (README "Wijken
 * import"). All or nothing: with any bad line nothing is written and every bad line is listed.
 */
const { positionals } = parseArgs({ allowPositionals: true, options: {} });

if (positionals.length !== 1) {
  process.stderr.write('Usage: npm run import:wijken -- file.csv\n');
  process.exit(2);
}

await runCli(async (app) => {
  const file = positionals[0];
  const csv = await readFile(file, 'utf8');
  const bar = new cliProgress.SingleBar(
    { format: 'Importing {bar} {value}/{total} rows', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const report = await app.get(WijkImportService).importCsv(csv, {
    onProgress: (done, total) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.update(done);
      }
    },
  });
  if (started) bar.stop();

  if (report.errors.length > 0) {
    for (const error of report.errors) process.stderr.write(`${file}:${error.line}  ${error.field}: ${error.message}\n`);
    const lines = new Set(report.errors.map((e) => e.line)).size;
    throw new Error(`${lines} line(s) with errors; nothing was imported`);
  }
  process.stdout.write(
    `${file}: ${report.wijken} wijken, ${report.buurten} buurten, ${report.postcodes} postcode lines — ` +
      `${report.imported} new, ${report.updated} changed, ${report.unchanged} unchanged.\n`,
  );
});
