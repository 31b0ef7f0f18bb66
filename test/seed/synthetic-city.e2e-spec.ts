import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { generateSyntheticCity, SYNTHETIC_PASSWORD, type SyntheticCityReport } from '../../apps/api/src/cli/synthetic-city.js';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEED_CLI = path.resolve('dist/apps/api/src/cli/seed.js');

/** Runs the built `npm run seed` command against the suite's database. */
function runSeedCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SEED_CLI, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the synthetic city generator (npm run seed)', () => {
  let t: TestApp;
  let db: DataSource;
  let report: SyntheticCityReport;
  const phases = new Set<string>();
  const one = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { n: number }[])[0].n;

  beforeAll(async () => {
    // No background jobs: the search library would drain the outbox this suite counts.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    db = t.app.get(DataSource);
    report = await generateSyntheticCity(t.app, { residents: 500, activities: 50, organisations: 10, posts: 100, seed: 7 }, (phase) => phases.add(phase));
  }, 120_000);
  afterAll(() => t.close());

  it('writes the asked numbers of residents, organisations, activities and posts, and says so', async () => {
    const domain = '%@stad-7.buurtbrug.test';
    expect(report).toMatchObject({ seed: 7, residents: 500, organisations: 10, providers: 10, activities: { total: 50 }, posts: { total: 100 } });
    expect(await one(`SELECT count(*)::int AS n FROM resident_profile`)).toBe(500);
    expect(await one(`SELECT count(*)::int AS n FROM user_account WHERE role = 'RESIDENT'`)).toBe(500);
    // Residents registered on their behalf have no login; everyone else signs in with an address of the city.
    expect(await one(`SELECT count(*)::int AS n FROM user_account WHERE role = 'RESIDENT' AND email LIKE $1`, [domain])).toBe(500 - report.residentsOnBehalf);
    expect(await one(`SELECT count(*)::int AS n FROM resident_profile WHERE on_behalf`)).toBe(report.residentsOnBehalf);
    expect(await one(`SELECT count(*)::int AS n FROM user_account WHERE role = 'PROVIDER' AND organisation_id IS NOT NULL`)).toBe(10);
    expect(await one(`SELECT count(*)::int AS n FROM user_account WHERE role = 'SOCIAL_WORKER'`)).toBe(report.socialWorkers);
    expect(await one(`SELECT count(*)::int AS n FROM organisation`)).toBe(10);
    expect(await one(`SELECT count(*)::int AS n FROM activity`)).toBe(50);
    expect(await one(`SELECT count(*)::int AS n FROM activity WHERE status = 'PUBLISHED'`)).toBe(report.activities.published);
    expect(await one(`SELECT count(*)::int AS n FROM activity WHERE rrule IS NOT NULL`)).toBe(report.activities.recurring);
    expect(await one(`SELECT count(*)::int AS n FROM post`)).toBe(100);
    expect(await one(`SELECT count(*)::int AS n FROM resident_consent`)).toBe(report.consents);
    expect(await one(`SELECT count(*)::int AS n FROM activity_sign_up`)).toBe(report.signUps);
    expect([...phases]).toEqual(expect.arrayContaining(['residents', 'activities', 'posts']));
  });

  it('mixes one-off and recurring activities, statuses, and realistic profiles', async () => {
    expect(report.activities.recurring).toBeGreaterThan(10);
    expect(report.activities.total - report.activities.recurring).toBeGreaterThan(5);
    expect(report.activities.published).toBeGreaterThan(report.activities.total / 2);
    // Every resident consented to keeping the profile; most also to matching.
    expect(await one(`SELECT count(DISTINCT user_id)::int AS n FROM resident_consent WHERE kind = 'PROFILE_PROCESSING'`)).toBe(500);
    expect(await one(`SELECT count(*)::int AS n FROM resident_consent WHERE kind = 'MATCHING'`)).toBeGreaterThan(300);
    expect(await one(`SELECT count(*)::int AS n FROM resident_profile WHERE cardinality(interests) = 0`)).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM resident_profile WHERE cardinality(availability) > 0`)).toBeGreaterThan(400);
    // Interests are skewed: the most popular tag is far more common than the median one.
    const popularity = (await db.query(
      `SELECT count(*)::int AS n FROM resident_profile, unnest(interests) AS tag GROUP BY tag ORDER BY n DESC`,
    )) as { n: number }[];
    expect(popularity[0].n).toBeGreaterThan(3 * popularity[Math.floor(popularity.length / 2)].n);
  });

  it('imports the demo wijken and standard tags into an empty database first', async () => {
    expect(report.wijken).toBe(10);
    expect(await one(`SELECT count(*)::int AS n FROM wijk`)).toBe(10);
    expect(report.tags).toBeGreaterThan(30);
    expect(await one(`SELECT count(*)::int AS n FROM resident_profile p LEFT JOIN wijk w ON w.code = p.wijk_code WHERE w.code IS NULL`)).toBe(0);
  });

  it('leaves a search outbox row for every searchable thing', async () => {
    const searchable =
      (await one(`SELECT count(*)::int AS n FROM activity WHERE status = 'PUBLISHED'`)) +
      (await one(`SELECT count(*)::int AS n FROM organisation WHERE status = 'APPROVED'`)) +
      (await one(`SELECT count(*)::int AS n FROM post WHERE status = 'OPEN'`));
    expect(report.searchOutbox).toBe(searchable);
    expect(await one(`SELECT count(DISTINCT entity_id)::int AS n FROM search_outbox WHERE op = 'upsert'`)).toBe(searchable);
  });

  it('gives a city the app serves: a resident signs in, sees the profile, the wijkagenda and places left', async () => {
    const token = await login(t.url, 'inwoner-1@stad-7.buurtbrug.test', SYNTHETIC_PASSWORD);
    const profile = await gql(t.url, '{ myProfile { wijkCode interests availability consents { kind } } }', undefined, token);
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.myProfile.interests.length).toBeGreaterThan(0);
    const wijk = profile.data!.myProfile.wijkCode as string;
    const page = await gql(
      t.url,
      'query($wijk: String) { activities(first: 20, filter: { wijkCode: $wijk }) { nodes { id status organisation { name } wijk { code } tags } } }',
      { wijk },
      token,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.activities.nodes.every((a: { status: string; wijk: { code: string } }) => a.status === 'PUBLISHED' && a.wijk.code === wijk)).toBe(true);
    const agenda = await gql(t.url, '{ occurrences(first: 500) { activityId placesLeft activity { capacity } } }');
    expect(agenda.errors).toBeUndefined();
    expect(agenda.data!.occurrences.length).toBeGreaterThan(10);
  });

  it('refuses to write the same seed twice into one database, and adds another city with another seed', async () => {
    await expect(generateSyntheticCity(t.app, { residents: 5, activities: 1, seed: 7 })).rejects.toThrow(/seed 7/);
    expect(await one(`SELECT count(*)::int AS n FROM resident_profile`)).toBe(500);
    const second = await generateSyntheticCity(t.app, { residents: 40, activities: 5, organisations: 2, posts: 4, seed: 8 });
    expect(second).toMatchObject({ residents: 40, organisations: 2, activities: { total: 5 }, posts: { total: 4 } });
    expect(await one(`SELECT count(*)::int AS n FROM resident_profile`)).toBe(540);
  });

  it('runs as a command with a progress bar and a summary, and refuses bad arguments', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'buurtbrug-seed-'));
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: t.test.runtime.databaseUrl,
      MEILI_URL: t.test.runtime.meiliUrl,
      MEILI_MASTER_KEY: t.test.runtime.meiliKey ?? '',
      LOG_LEVEL: 'warn',
    };
    try {
      const run = await runSeedCli(['--residents', '30', '--activities', '4', '--organisations', '2', '--posts', '3', '--seed', '11'], env);
      expect(run.output).toMatch(/residents\s+\[.*\] 100% \| 30\/30/);
      expect(run.output).toMatch(/30 residents .*\n.*2 organisations/);
      expect(run.code).toBe(0);
      expect(await one(`SELECT count(*)::int AS n FROM user_account WHERE email LIKE '%@stad-11.buurtbrug.test' AND role = 'RESIDENT'`)).toBeGreaterThan(0);
      const bad = await runSeedCli(['--residents', 'veel'], env);
      expect(bad.code).toBe(2);
      expect(bad.output).toMatch(/--residents must be a whole number/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
