/**
 * Activities page benchmark (issue #4):
 *
 *   npm run bench -- activities             a synthetic city of 100,000 residents and 5,000 activities
 *   npm run bench -- activities --quick     20,000 residents, 5 s per measurement (a smoke run)
 *   options: --residents N --activities N --seconds S --rounds R --connections C --no-build
 *            --profile FILE   afterwards, a CPU profile of this process serving the signed-in page
 *
 * Starts its own embedded PostgreSQL and Meilisearch in a temporary DATA_DIR, builds the API
 * (unless --no-build) and runs the real app from dist/ as a production API replica does
 * (JOBS_ENABLED=false, LOG_LEVEL=warn), seeds the city with the synthetic city generator, and
 * then measures from one load generator (50 keep-alive connections over loopback, in a worker
 * thread), in rounds that rotate the order of the targets so that all of them see the same noise
 * of a shared machine (each target gets S seconds in all, after a warm-up per round):
 *  1. a bare Apollo Server answering `{ hello }`;
 *  2. a bare Apollo Server serving the same 20 activity rows (with organisation, wijk and tags)
 *     with one raw `pg` query from the same database;
 *  3. Buurtbrug's `activities` first page (20, with organisation, wijk and tags) as a signed-in resident;
 *  4. Buurtbrug's public wijkagenda (the web app's `occurrences` query for one wijk and one week),
 *     anonymous (served from the public page cache; gzipped, as every browser accepts);
 *  5. the same without gzip (what the cache alone gives);
 *  6. the same wijkagenda signed in (not cached), to show what the cache saves.
 * It prints requests per second, p50 and p99 of each, and the ratios against both baselines.
 * Targets: (3) at least 70 % of (2); (4) at least 50 % of (1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pg from 'pg';
import type { LoadJob, LoadResult } from './http-load.worker.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;

const ACTIVITIES_PAGE = `query ActivitiesPage {
  activities(first: 20) {
    nodes { id title schedule { startsAt } tags organisation { id name } wijk { code name } }
  }
}`;

const RAW_PAGE = '{ activities(first: 20) { nodes { id title schedule { startsAt } tags organisation { id name } wijk { code name } } } }';

/** The web app's wijkagenda query (apps/web/src/data/activity.ts), as the browser sends it. */
const WIJKAGENDA = `query Occurrences($wijkCode: String, $organisationId: ID, $from: DateTime, $to: DateTime, $first: Int! = 200) {
    occurrences(wijkCode: $wijkCode, organisationId: $organisationId, from: $from, to: $to, first: $first) {
      activityId
      startsAt
      endsAt
      placesLeft
      activity {
        id
        title
        description
        tags
        free
        costCents
        walkIn
        capacity
        accessibility
        wijkCode
        location {
          name
          addressLine
        }
        organisation {
          id
          name
          phone
        }
      }
    }
  }`;

/** The same 20 rows as the app's first page: published activities by first date, with organisation and wijk. */
const RAW_SQL = `
  SELECT a.id, a.title, a.starts_at, a.tags, o.id AS organisation_id, o.name AS organisation_name, w.code AS wijk_code, w.name AS wijk_name
    FROM activity a
    JOIN organisation o ON o.id = a.organisation_id
    JOIN wijk w ON w.code = a.wijk_code
   WHERE a.status = 'PUBLISHED'
   ORDER BY a.starts_at, a.id
   LIMIT 20`;

interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  firstError: string | null;
  meanBytes: number;
  /** Median over the rounds of the server thread's CPU time per answer, in µs. */
  cpuUs: number;
}

/** Adds up the rounds of one target: throughput over all measured time, percentiles over all requests. */
function summarise(name: string, rounds: (LoadResult & { cpuUsPerAnswer: number })[]): Measured {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const seconds = rounds.reduce((sum, r) => sum + r.durationMs, 0) / 1000;
  return {
    name,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    requests: latencies.length,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError ?? null,
    meanBytes: latencies.length ? rounds.reduce((sum, r) => sum + r.bytes, 0) / latencies.length : 0,
    cpuUs: [...rounds.map((r) => r.cpuUsPerAnswer)].sort((a, b) => a - b)[Math.floor(rounds.length / 2)],
  };
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

/**
 * One load window from a worker thread. The servers all run on this (main) thread, so its CPU
 * time per answer is what a request costs them — a figure that, unlike requests per second,
 * barely moves when other work shares the machine.
 */
function load(job: LoadJob): Promise<LoadResult & { cpuUsPerAnswer: number }> {
  return new Promise((resolve, reject) => {
    const cpu = process.threadCpuUsage();
    const worker = new Worker(new URL('./http-load.worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => {
      if (!m.ok) return reject(new Error(m.error));
      const used = process.threadCpuUsage(cpu);
      resolve({ ...m.result!, cpuUsPerAnswer: (used.user + used.system) / Math.max(1, m.result!.answered) });
    });
    worker.once('error', reject);
  });
}

async function post(url: string, query: string, variables?: object, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** Monday 00:00 (Amsterdam) of this week and a week later: what the web app's agenda asks for. */
function thisWeek(): { from: string; to: string } {
  const now = new Date();
  const local = new Date(now.toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  const offsetMs = local.getTime() - now.getTime();
  const monday = new Date(local);
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const from = new Date(monday.getTime() - offsetMs);
  return { from: from.toISOString(), to: new Date(from.getTime() + 7 * 86_400_000).toISOString() };
}

function build(): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(`npm run build reported errors (using what it emitted in dist/):\n${(result.stdout + result.stderr).trim().slice(0, 2000)}`);
  } else {
    console.log(`built the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(path.join(ROOT, 'dist/apps/api/src/bootstrap.js'))) throw new Error('no build in dist/: run npm run build');
}

export default async function activitiesBench(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const residents = option(args, 'residents', quick ? 20_000 : 100_000);
  const activityCount = option(args, 'activities', 5_000);
  const seconds = option(args, 'seconds', quick ? 5 : 10);
  const connections = option(args, 'connections', 50);
  const rounds = option(args, 'rounds', 3);
  const profileAt = args.indexOf('--profile');
  const profileFile = profileAt >= 0 ? args[profileAt + 1] : undefined;
  if (profileAt >= 0 && (!profileFile || profileFile.startsWith('--'))) throw new Error('--profile needs a file name');
  console.log(`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
  if (!args.includes('--no-build')) build();

  const core = await import(dist('libs/core/src/index.js'));
  const { createApp, listen } = await import(dist('apps/api/src/bootstrap.js'));
  const { generateSyntheticCity, SYNTHETIC_PASSWORD } = await import(dist('apps/api/src/cli/synthetic-city.js'));

  const dataDir = await mkdtemp(path.join(tmpdir(), 'buurtbrug-bench-'));
  // Production settings, as a deployment runs (a JWT secret is then required).
  const env = { DATA_DIR: dataDir, NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', DEMO_DATA: 'false' };
  const config = core.loadAppConfig(env);
  let services: any;
  let app: any;
  const stops: (() => Promise<unknown>)[] = [];
  try {
    let t = performance.now();
    services = await core.EmbeddedServices.start(config);
    app = await createApp(services.runtime);
    const port: number = await listen(app, 0);
    const appUrl = `http://127.0.0.1:${port}/graphql`;
    console.log(`embedded PostgreSQL and Meilisearch and the API up in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const city = await generateSyntheticCity(app, { residents, activities: activityCount, seed: 1 });
    console.log(
      `synthetic city: ${city.residents} residents, ${city.activities.total} activities (${city.activities.published} published), ` +
        `${city.organisations} organisations, ${city.posts.total} posts, ${city.signUps} sign-ups in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    // The bare baselines, on the same machine and the same database.
    const pool = new pg.Pool({ connectionString: services.runtime.databaseUrl, max: 20 });
    stops.push(() => pool.end());
    const hello = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
    const helloUrl = (await startStandaloneServer(hello, { listen: { port: 0, host: '127.0.0.1' } })).url;
    stops.push(() => hello.stop());
    const raw = new ApolloServer({
      typeDefs: `
        type Organisation { id: ID!, name: String! }
        type Wijk { code: String!, name: String! }
        type Schedule { startsAt: String! }
        type Activity { id: ID!, title: String!, schedule: Schedule!, tags: [String!]!, organisation: Organisation!, wijk: Wijk! }
        type ActivityPage { nodes: [Activity!]! }
        type Query { activities(first: Int!): ActivityPage! }`,
      resolvers: {
        Query: {
          activities: async () => ({
            nodes: (await pool.query(RAW_SQL)).rows.map((r) => ({
              id: r.id,
              title: r.title,
              schedule: { startsAt: r.starts_at.toISOString() },
              tags: r.tags,
              organisation: { id: r.organisation_id, name: r.organisation_name },
              wijk: { code: r.wijk_code, name: r.wijk_name },
            })),
          }),
        },
      },
    });
    const rawUrl = (await startStandaloneServer(raw, { listen: { port: 0, host: '127.0.0.1' } })).url;
    stops.push(() => raw.stop());

    // A signed-in resident of the city, and the wijk with the most activities.
    const db = app.get((await import('typeorm')).DataSource);
    const [{ email }] = await db.query(`SELECT email FROM user_account WHERE role = 'RESIDENT' AND email IS NOT NULL ORDER BY email LIMIT 1`);
    const token: string = (await post(appUrl, 'mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: SYNTHETIC_PASSWORD } })).login.token;
    const [{ wijk_code: wijkCode }] = await db.query(`SELECT wijk_code FROM activity WHERE status = 'PUBLISHED' GROUP BY wijk_code ORDER BY count(*) DESC LIMIT 1`);
    const week = thisWeek();
    const agendaVariables = { wijkCode, from: week.from, to: week.to };

    // The app and the raw baseline must serve the same page, or the comparison means nothing.
    const ours = (await post(appUrl, ACTIVITIES_PAGE, undefined, token)).activities.nodes;
    const theirs = (await post(rawUrl, RAW_PAGE)).activities.nodes;
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`the app and the raw pg baseline serve different pages:\n${JSON.stringify(ours[0])}\n${JSON.stringify(theirs[0])}`);
    const agenda = (await post(appUrl, WIJKAGENDA, agendaVariables)).occurrences;
    console.log(`pages: 20 activities (${JSON.stringify(ours).length} bytes of data); wijkagenda ${wijkCode} ${week.from.slice(0, 10)}: ${agenda.length} dates`);
    console.log(`load: ${connections} keep-alive connections over loopback, ${seconds} s per target in ${rounds} rounds, each after a 1 s warm-up\n`);

    // Every request says what a browser says: it takes gzip (only the cached pages use it).
    const job = (url: string, query: string, variables?: object, bearer?: string, acceptEncoding = 'gzip, deflate, br'): LoadJob => ({
      url,
      body: JSON.stringify({ query, variables }),
      headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      connections,
      warmUpMs: 1_000,
      durationMs: (seconds * 1000) / rounds,
    });
    const targets: [string, LoadJob][] = [
      ['bare Apollo { hello }', job(helloUrl, '{ hello }')],
      ['bare Apollo + raw pg, 20 rows', job(rawUrl, RAW_PAGE)],
      ['activities, resident (Buurtbrug)', job(appUrl, ACTIVITIES_PAGE, undefined, token)],
      ['wijkagenda, anonymous (Buurtbrug)', job(appUrl, WIJKAGENDA, agendaVariables)],
      ['wijkagenda, anonymous, no gzip', job(appUrl, WIJKAGENDA, agendaVariables, undefined, '')],
      ['wijkagenda, signed in, no cache', job(appUrl, WIJKAGENDA, agendaVariables, token)],
      // What any request costs in the app before a resolver runs (HTTP stack, auth, GraphQL).
      ['{ __typename }, resident (Buurtbrug)', job(appUrl, '{ __typename }', undefined, token)],
      ['{ __typename }, anonymous (Buurtbrug)', job(appUrl, '{ __typename }')],
    ];
    const perTarget: Awaited<ReturnType<typeof load>>[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < targets.length; k++) {
        const i = (k + round) % targets.length;
        perTarget[i].push(await load(targets[i][1]));
      }
      console.log(`round ${round + 1}/${rounds} done`);
    }
    const results = targets.map(([name], i) => summarise(name, perTarget[i]));
    console.log('');
    for (const result of results) {
      console.log(
        `${result.name.padEnd(36)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${result.p50.toFixed(1).padStart(6)} ms   p99 ${result.p99.toFixed(1).padStart(6)} ms` +
          `   ${(result.meanBytes / 1024).toFixed(1).padStart(6)} KB/response   server CPU ${result.cpuUs.toFixed(0).padStart(5)} µs/request${result.errors ? `   ${result.errors} ERRORS: ${result.firstError}` : ''}`,
      );
    }
    const [helloResult, rawResult, page, anonymous, , signedIn] = results;
    const pct = (a: Measured, b: Measured) => `${((100 * a.rps) / b.rps).toFixed(0).padStart(4)} %`;
    console.log('');
    for (const r of results.slice(1)) console.log(`${r.name.padEnd(36)} ${pct(r, helloResult)} of { hello }   ${pct(r, rawResult)} of raw pg`);
    console.log('');
    const pageRatio = page.rps / rawResult.rps;
    const agendaRatio = anonymous.rps / helloResult.rps;
    console.log(`activities page / raw pg page:           ${(100 * pageRatio).toFixed(0)} %  (target ≥ 70 %)  ${pageRatio >= 0.7 ? 'OK' : 'MISSED'}`);
    console.log(`anonymous wijkagenda / { hello }:        ${(100 * agendaRatio).toFixed(0)} %  (target ≥ 50 %)  ${agendaRatio >= 0.5 ? 'OK' : 'MISSED'}`);
    // Not a target: PostgreSQL's own time is not in it. It shows where the server thread stands when the machine is noisy.
    console.log(`server thread CPU per request, raw pg page / activities page: ${(100 * (rawResult.cpuUs / page.cpuUs)).toFixed(0)} %`);
    console.log(`wijkagenda cache: ${(anonymous.rps / signedIn.rps).toFixed(0)}× the uncached page`);
    if (results.some((r) => r.errors > 0)) console.log('WARNING: some requests failed; see above');
    if (profileFile) {
      // Where the signed-in page spends its time: one more load of it under the CPU profiler
      // (this process only; open the file in Chrome DevTools or any .cpuprofile viewer).
      const { Session } = await import('node:inspector/promises');
      const { writeFile } = await import('node:fs/promises');
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      await load(targets[Number(process.env.PROFILE_TARGET ?? 2)][1]);
      const { profile } = await session.post('Profiler.stop');
      await writeFile(profileFile, JSON.stringify(profile));
      session.disconnect();
      console.log(`CPU profile of the signed-in activities page under load: ${profileFile}`);
    }
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await services?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
