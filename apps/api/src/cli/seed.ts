import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { runCli } from './cli-context.js';
import { generateSyntheticCity, SYNTHETIC_PASSWORD } from './synthetic-city.js';

/**
 * `npm run seed -- --residents 100000 --activities 5000 [--organisations N] [--posts N] [--seed S]`:
 * a synthetic city for load tests, written in bulk into the database of this DATA_DIR (or
 * DATABASE_URL). Not for production data.
 */
const USAGE = 'Usage: npm run seed -- --residents 100000 --activities 5000 [--organisations N] [--posts N] [--seed S]\n';

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      residents: { type: 'string', default: '1000' },
      activities: { type: 'string', default: '100' },
      organisations: { type: 'string' },
      posts: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  }).values;
}
try {
  parsed = parse();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    process.stderr.write(`--${name} must be a whole number\n${USAGE}`);
    process.exit(2);
  }
  return Number(value);
}

if ((process.env.NODE_ENV ?? '').toLowerCase() === 'production') {
  process.stderr.write('npm run seed writes a synthetic city for load tests; it is refused with NODE_ENV=production\n');
  process.exit(2);
}

const options = {
  residents: count('residents', parsed.residents)!,
  activities: count('activities', parsed.activities)!,
  organisations: count('organisations', parsed.organisations),
  posts: count('posts', parsed.posts),
  seed: count('seed', parsed.seed)!,
};

await runCli(async (app) => {
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {percentage}% | {value}/{total} | {duration}s', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  const report = await generateSyntheticCity(app, options, (name, done, total) => {
    if (name !== phase) {
      if (phase) bar.stop();
      phase = name;
      bar.start(total, done, { phase: name.padEnd(16) });
    } else {
      bar.update(done);
    }
  });
  bar.stop();
  const a = report.activities;
  process.stdout.write(
    [
      `Synthetic city (seed ${report.seed}) written in ${(report.ms / 1000).toFixed(1)} s:`,
      `  ${report.residents} residents (${report.residentsOnBehalf} registered on their behalf), ${report.consents} consents`,
      `  ${report.organisations} organisations with ${report.providers} providers, ${report.socialWorkers} social workers, in ${report.wijken} wijken with ${report.tags} tags`,
      `  ${a.total} activities (${a.recurring} recurring; ${a.published} published, ${a.draft} drafts, ${a.cancelled} cancelled), ${report.signUps} sign-ups`,
      `  ${report.posts.total} offers and requests (${report.posts.open} open)`,
      `  ${report.searchOutbox} search outbox rows: the search index catches up as the outbox is drained (or run npm run search:reindex)`,
      `  Accounts: inwoner-<n>@${report.emailDomain}, aanbieder-<n>@${report.emailDomain}, sociaalwerker-<wijk>-<n>@${report.emailDomain}; password "${SYNTHETIC_PASSWORD}"`,
      '',
    ].join('\n'),
  );
});
