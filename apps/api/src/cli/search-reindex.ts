import { SEARCH_KINDS, SearchReindexService } from '@buurtbrug/search';
import cliProgress from 'cli-progress';
import { runCli } from './cli-context.js';

/**
 * `npm run search:reindex`: rebuilds the search indexes from PostgreSQL into fresh indexes and
 * swaps them in at once. Search keeps answering from the old indexes meanwhile;
 * writes made during the rebuild wait in the outbox and follow right after the swap. Works against
 * the running instance (same DATA_DIR) or the configured DATABASE_URL and MEILI_URL.
 */
await runCli(async (app) => {
  const bar = new cliProgress.SingleBar(
    { format: 'Reindexing {bar} {percentage}% | {value}/{total} rows | {kind} | {duration}s', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const report = await app.get(SearchReindexService).reindex({
    onProgress: ({ kind, done, total }) => {
      if (!started) {
        bar.start(total, done, { kind });
        started = true;
      } else {
        bar.update(done, { kind });
      }
    },
  });
  if (started) bar.stop();
  const counts = SEARCH_KINDS.map((kind) => `${report.documents[kind]} ${kind === 'activity' ? 'activities' : `${kind}s`}`).join(', ');
  process.stdout.write(`Search indexes rebuilt and swapped in: ${counts} in ${(report.milliseconds / 1000).toFixed(1)} s.\n`);
});
