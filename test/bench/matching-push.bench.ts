/**
 * Matching push benchmark (issue #6, parts b and c):
 *
 *   npm run bench -- matching-push              10,000 residents, 1,000 listening, 10,000 idle subscriptions
 *   npm run bench -- matching-push --no-build   use what is in dist/
 *   options: --residents N --listeners N --idle N --rounds N (memory rounds per server, default 3)
 *            --profile FILE   a CPU profile of this (server) process from publishing to the last push in (b)
 *
 * Starts embedded PostgreSQL and Meilisearch in a temporary DATA_DIR and the real app from dist/
 * in this process (with JOBS_ENABLED, as the publish → rematch → push path runs through pg-boss).
 * A synthetic city of N residents (no activities, no posts) is moved into one wijk by SQL, every
 * resident gets MATCHING consent, the interest tag of the new activity and a 25 km radius, and is
 * made self-reliant (not curated), so each may get the proposal. Sessions are real auth_session
 * rows with JWTs signed by the app's own JwtService. All graphql-ws clients run in a child
 * process (matching-push.clients.ts), so:
 *  (b) one provider creates and publishes an activity in that wijk while 1,000 residents listen
 *      to `matchProposed`: p50/p95 from sending `publishActivity` to receipt on each client that
 *      gets a proposal. Target p95 ≤ 300 ms.
 *  (c) memory of this (the server) process per connection — `process.memoryUsage()` deltas after a
 *      forced GC; heapUsed + external is compared, RSS only shown (freed pages are reused) — with 10,000 idle `matchProposed` subscriptions, on Buurtbrug
 *      and on a bare graphql-ws server (`useServer` on a plain `ws` server, a one-field schema and
 *      an in-memory PubSub with the same delivery: a trigger per resident and the per-user filter),
 *      and the time from publishing one proposal to its receipt by the last-connected subscriber.
 *      Targets: Buurtbrug ≤ 1.2× the bare server in memory and in broadcast time.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import cliProgress from 'cli-progress';
import { GraphQLFloat, GraphQLID, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { PubSub, withFilter } from 'graphql-subscriptions';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ClientCommand, ClientReport, Receipt } from './matching-push.clients.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;
const SUBSCRIPTION = 'subscription { matchProposed { id status activityId residentId score reasons { nl en } offeredAt } }';
// The bare server answers the same document, so both hold the same parsed query per connection.
const BARE_SUBSCRIPTION = SUBSCRIPTION;
const BROADCASTS = 20;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

function build(): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) console.log(`the build reported errors (using what it emitted in dist/):\n${(result.stdout + result.stderr).trim().slice(0, 2000)}`);
  else console.log(`built the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!existsSync(path.join(ROOT, 'dist/apps/api/src/bootstrap.js'))) throw new Error('no build in dist/: run npm run build');
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function post(url: string, query: string, variables: object, token: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** The client process and a typed way to talk to it. */
class Clients {
  private readonly child: ChildProcess;
  private listeners: ((report: ClientReport) => void)[] = [];
  readonly received: Receipt[] = [];

  constructor() {
    this.child = fork(fileURLToPath(new URL('./matching-push.clients.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (report: ClientReport) => {
      if (report.type === 'received') this.received.push(...report.receipts);
      for (const listener of this.listeners) listener(report);
    });
  }

  private until<T extends ClientReport['type']>(type: T, onProgress?: (done: number) => void): Promise<Extract<ClientReport, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the client process exited (${code})`));
      this.child.once('exit', onExit);
      const listener = (report: ClientReport) => {
        if (report.type === 'progress') onProgress?.(report.done);
        if (report.type !== type) return;
        this.listeners = this.listeners.filter((l) => l !== listener);
        this.child.off('exit', onExit);
        resolve(report as Extract<ClientReport, { type: T }>);
      };
      this.listeners.push(listener);
    });
  }

  async connect(title: string, url: string, credentials: Record<string, string>[], query: string): Promise<void> {
    const progress = new cliProgress.SingleBar(
      { format: `${title.padEnd(34)} [{bar}] {percentage}% | {value}/{total} clients | {duration}s`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 },
      cliProgress.Presets.shades_classic,
    );
    progress.start(credentials.length, 0);
    const done = this.until('connected', (n) => progress.update(n));
    this.child.send({ type: 'connect', url, credentials, query, concurrency: 100 } satisfies ClientCommand);
    const result = await done;
    progress.stop();
    if (result.failed > 0) throw new Error(`${result.failed} of ${credentials.length} clients failed: ${result.firstError}`);
    // `connected` is the connection ack; the subscribe message follows it on the same socket.
    await sleep(1_000);
  }

  async close(): Promise<void> {
    const done = this.until('closed');
    this.child.send({ type: 'close' } satisfies ClientCommand);
    await done;
    this.received.length = 0;
  }

  stop(): void {
    this.child.kill();
  }
}

/** heapUsed + external (socket buffers live there) and RSS of this process, after a full GC. */
async function memory(): Promise<{ heap: number; rss: number }> {
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(200);
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.external, rss: m.rss };
}

interface BarePayload {
  userId: string;
  match: unknown;
}
type BareContext = { userId?: string } | undefined;

/** A bare graphql-ws server: one subscription field, an in-memory PubSub, the same per-user filter. */
function bareServer(): Promise<{ url: string; pubSub: PubSub; close: () => Promise<void> }> {
  // Ten thousand listeners on one trigger is the point here, not a leak.
  const pubSub = new PubSub({ eventEmitter: new EventEmitter().setMaxListeners(0) });
  const Reason = new GraphQLObjectType({
    name: 'Reason',
    fields: { nl: { type: new GraphQLNonNull(GraphQLString) }, en: { type: new GraphQLNonNull(GraphQLString) } },
  });
  const Match = new GraphQLObjectType({
    name: 'Match',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      status: { type: new GraphQLNonNull(GraphQLString) },
      activityId: { type: GraphQLID },
      residentId: { type: GraphQLID },
      score: { type: new GraphQLNonNull(GraphQLFloat) },
      reasons: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Reason))) },
      offeredAt: { type: GraphQLString },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        matchProposed: {
          type: new GraphQLNonNull(Match),
          // The same delivery scheme as Buurtbrug (a trigger per resident, the filter checked again),
          // so the ratio measures what the framework around it costs, not a different design.
          subscribe: withFilter<BarePayload, unknown, BareContext>(
            (_root, _args, context) => pubSub.asyncIterableIterator(`MATCH_PROPOSED.${context?.userId}`),
            (payload, _args, context) => payload?.userId === context?.userId,
          ),
          resolve: (payload: BarePayload) => payload.match,
        },
      },
    }),
  });
  return new Promise((resolve) => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/graphql' }, () => {
      const address = wss.address() as { port: number };
      resolve({
        url: `ws://127.0.0.1:${address.port}/graphql`,
        pubSub,
        close: () => new Promise<void>((done) => {
          void disposable.dispose();
          wss.close(() => done());
        }),
      });
    });
    const disposable = useServer({ schema, context: (ctx) => ({ userId: ctx.connectionParams?.userId }) }, wss);
  });
}

/** Publishes BROADCASTS proposals, one at a time, each to the last subscriber; ms from publish to its receipt. */
async function broadcast(clients: Clients, lastIndex: number, publish: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < BROADCASTS; i++) {
    clients.received.length = 0;
    const t0 = now();
    await publish();
    const deadline = Date.now() + 10_000;
    while (!clients.received.some((r) => r.index === lastIndex) && Date.now() < deadline) await sleep(1);
    const hit = clients.received.find((r) => r.index === lastIndex);
    if (!hit) throw new Error('a broadcast did not arrive within 10 s');
    if (hit.error) throw new Error(`the broadcast arrived as an error: ${hit.error}`);
    times.push(hit.at - t0);
    await sleep(50);
  }
  return times.sort((a, b) => a - b);
}

export default async function matchingPushBench(args: string[]): Promise<void> {
  const residentCount = option(args, 'residents', 10_000);
  const listenerCount = option(args, 'listeners', 1_000);
  const idleCount = option(args, 'idle', 10_000);
  const memoryRounds = option(args, 'rounds', 3);
  if (listenerCount > residentCount || idleCount > residentCount) throw new Error('--listeners and --idle cannot exceed --residents');
  const profileAt = args.indexOf('--profile');
  const profileFile = profileAt >= 0 ? args[profileAt + 1] : undefined;
  if (profileAt >= 0 && (!profileFile || profileFile.startsWith('--'))) throw new Error('--profile needs a file name');
  console.log(`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}); memory: process.memoryUsage() of this (server) process, clients in a child process`);
  if (!args.includes('--no-build')) build();

  const core = await import(dist('libs/core/src/index.js'));
  const matching = await import(dist('libs/matching/src/index.js'));
  const { createApp, listen } = await import(dist('apps/api/src/bootstrap.js'));
  const { generateSyntheticCity } = await import(dist('apps/api/src/cli/synthetic-city.js'));
  const { JwtService } = await import('@nestjs/jwt');
  const { DataSource } = await import('typeorm');

  const dataDir = await mkdtemp(path.join(tmpdir(), 'buurtbrug-bench-push-'));
  // Production settings, as a deployment runs (a JWT secret is then required).
  const env = {
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    JOBS_ENABLED: 'true',
    DEMO_DATA: 'false',
  };
  const config = core.loadAppConfig(env);
  let services: any;
  let app: any;
  let clients: Clients | undefined;
  let bare: Awaited<ReturnType<typeof bareServer>> | undefined;
  try {
    let t = performance.now();
    services = await core.EmbeddedServices.start(config);
    app = await createApp(services.runtime);
    const port: number = await listen(app, 0);
    const httpUrl = `http://127.0.0.1:${port}/graphql`;
    const wsUrl = `ws://127.0.0.1:${port}/graphql`;
    console.log(`embedded PostgreSQL and Meilisearch and the API (with jobs) up in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const city = await generateSyntheticCity(app, { residents: residentCount, activities: 0, posts: 0, seed: 1 });
    const db = app.get(DataSource);
    // One wijk for everyone: the home wijk of a provider whose organisation is approved.
    const [provider] = (await db.query(
      `SELECT u.id, o.wijk_codes[1] AS wijk_code FROM user_account u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.role = 'PROVIDER' AND o.status = 'APPROVED' ORDER BY u.id LIMIT 1`,
    )) as { id: string; wijk_code: string }[];
    if (!provider) throw new Error('the synthetic city has no provider of an approved organisation');
    const wijkCode = provider.wijk_code;
    const [{ slug: tag }] = (await db.query(`SELECT slug FROM tag WHERE category <> 'talent' ORDER BY slug = 'wandelen' DESC, slug LIMIT 1`)) as { slug: string }[];
    await db.query(
      `UPDATE resident_profile SET wijk_code = $1, on_behalf = false, via_social_worker = false, contact_preference = 'APP', needs = '{}',
              languages = '{nl}', travel_radius_km = 25,
              interests = CASE WHEN $2 = ANY(interests) THEN interests ELSE array_prepend($2::text, interests[1:29]) END`,
      [wijkCode, tag],
    );
    await db.query(`UPDATE user_account SET wijk_codes = ARRAY[$1::text] WHERE id IN (SELECT user_id FROM resident_profile)`, [wijkCode]);
    await db.query(
      `INSERT INTO resident_consent (user_id, kind, method)
       SELECT p.user_id, 'MATCHING', 'APP' FROM resident_profile p
        WHERE NOT EXISTS (SELECT 1 FROM resident_consent c WHERE c.user_id = p.user_id AND c.kind = 'MATCHING' AND c.withdrawn_at IS NULL)`,
    );
    const residents = ((await db.query(`SELECT user_id FROM resident_profile ORDER BY user_id`)) as { user_id: string }[]).map((r) => r.user_id);
    console.log(
      `synthetic city: ${city.residents} residents (now all in ${wijkCode}, all with MATCHING consent and the tag '${tag}'), ` +
        `${city.organisations} organisations, seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    // Real sessions: auth_session rows, JWTs signed by the app's own JwtService.
    t = performance.now();
    const jwt = app.get(JwtService);
    const mint = async (userIds: string[]): Promise<string[]> => {
      const sessions = (await db.query(
        `INSERT INTO auth_session (user_id, expires_at) SELECT unnest($1::uuid[]), now() + interval '1 day' RETURNING id, user_id`,
        [userIds],
      )) as { id: string; user_id: string }[];
      const byUser = new Map(sessions.map((s) => [s.user_id, s.id]));
      return Promise.all(userIds.map((sub) => jwt.signAsync({ sub, sid: byUser.get(sub) }, { expiresIn: '1d' })));
    };
    const residentTokens = await mint(residents);
    const [providerToken] = await mint([provider.id]);
    console.log(`${residentTokens.length + 1} sessions minted in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    clients = new Clients();

    // ---------------------------------------------------------------- (b) publish → proposal pushed
    const listeners = residentTokens.slice(0, listenerCount);
    await clients.connect(`(b) ${listenerCount} residents subscribe`, wsUrl, listeners.map((token) => ({ authorization: `Bearer ${token}` })), SUBSCRIPTION);
    const starts = new Date(Date.now() + 3 * 86_400_000);
    starts.setUTCHours(9, 0, 0, 0);
    const created = await post(
      httpUrl,
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      {
        input: {
          title: 'Samen wandelen in de wijk',
          tags: [tag],
          wijkCode,
          location: { name: 'Buurthuis' },
          schedule: { startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString() },
          walkIn: true,
        },
      },
      providerToken,
    );
    const activityId: string = created.createActivity.id;
    clients.received.length = 0;
    // Where the server spends the time between publishing and the last push (open the file in
    // Chrome DevTools or any .cpuprofile viewer).
    const { Session } = await import('node:inspector/promises');
    const session = profileFile ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const published = now();
    await post(httpUrl, `mutation($id: ID!) { publishActivity(id: $id) { id status } }`, { id: activityId }, providerToken);
    const mutationMs = now() - published;
    // Wait until the pushes stop: 3 s without a new one after the first, at most 60 s.
    const deadline = Date.now() + 60_000;
    let seen = 0;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await sleep(100);
      if (clients.received.length !== seen) {
        seen = clients.received.length;
        quietSince = Date.now();
      } else if (seen > 0 && Date.now() - quietSince > 3_000) break;
    }
    if (session) {
      const { writeFile } = await import('node:fs/promises');
      const { profile } = await session.post('Profiler.stop');
      await writeFile(profileFile!, JSON.stringify(profile));
      session.disconnect();
      console.log(`CPU profile of the server from publishing to the last push: ${profileFile}`);
    }
    const listenerIds = residents.slice(0, listenerCount);
    const [{ n: offered }] = (await db.query(
      `SELECT count(*)::int AS n FROM match WHERE activity_id = $1 AND offered_at IS NOT NULL AND resident_id = ANY($2::uuid[])`,
      [activityId, listenerIds],
    )) as { n: number }[];
    const [{ n: offeredAll }] = (await db.query(`SELECT count(*)::int AS n FROM match WHERE activity_id = $1 AND offered_at IS NOT NULL`, [activityId])) as { n: number }[];
    // Where the time goes: when the rematch job wrote the first and the last proposal.
    const [written] = (await db.query(`SELECT min(offered_at) AS first, max(offered_at) AS last FROM match WHERE activity_id = $1`, [activityId])) as {
      first: Date | null;
      last: Date | null;
    }[];
    const pushes = clients.received.filter((r) => !r.error);
    const pushErrors = clients.received.filter((r) => r.error);
    const latencies = pushes.map((r) => r.at - published).sort((a, b) => a - b);
    const p95 = pct(latencies, 0.95);
    await clients.close();

    // ---------------------------------------------------------------- (c) idle subscriptions: memory and broadcast
    const idleTokens = residentTokens.slice(0, idleCount);
    const idleIds = residents.slice(0, idleCount);
    const [template] = (await db.query(`SELECT * FROM match WHERE activity_id = $1 LIMIT 1`, [activityId])) as Record<string, unknown>[];
    if (!template) throw new Error('no proposal was made in (b), so (c) has no match row to publish');
    const pubSub = app.get(core.PUB_SUB);
    const lastId = idleIds[idleIds.length - 1];

    const row = JSON.parse(JSON.stringify({ ...template, resident_id: lastId }));
    const match = { id: template.id, status: 'OFFERED', activityId, residentId: lastId, score: template.score, reasons: template.reasons, offeredAt: new Date().toISOString() };
    bare = await bareServer();
    const sides = {
      ours: {
        title: `Buurtbrug: ${idleCount} idle subscriptions`,
        url: wsUrl,
        credentials: idleTokens.map((token) => ({ authorization: `Bearer ${token}` })),
        query: SUBSCRIPTION,
        publish: () => pubSub.publish(matching.matchProposedTrigger(lastId), { matchProposed: { row } }),
      },
      bare: {
        title: `bare graphql-ws: ${idleCount} idle`,
        url: bare.url,
        credentials: idleIds.map((userId) => ({ userId })),
        query: BARE_SUBSCRIPTION,
        publish: () => bare!.pubSub.publish(`MATCH_PROPOSED.${lastId}`, { userId: lastId, match }),
      },
    };
    // Heap deltas of one connect vary by a third between runs (when V8 grows its spaces), so
    // each side is measured in several rounds, alternating who goes first, and medians compared.
    const measured = { ours: { heap: [] as number[], rss: [] as number[], broadcast: [] as number[] }, bare: { heap: [] as number[], rss: [] as number[], broadcast: [] as number[] } };
    for (let round = 0; round < memoryRounds; round++) {
      for (const side of round % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
        const { title, url, credentials, query, publish } = sides[side];
        const before = await memory();
        await clients.connect(`(c) ${round + 1}/${memoryRounds} ${title}`, url, credentials, query);
        const after = await memory();
        measured[side].heap.push((after.heap - before.heap) / idleCount);
        measured[side].rss.push((after.rss - before.rss) / idleCount);
        measured[side].broadcast.push(...(await broadcast(clients, idleCount - 1, publish)));
        await clients.close();
        await sleep(1_000);
      }
    }

    // ---------------------------------------------------------------- report
    console.log('');
    console.log(`(b) publishActivity in ${wijkCode} (${residentCount} residents) with ${listenerCount} residents subscribed to matchProposed`);
    console.log(`    publishActivity mutation answered in ${mutationMs.toFixed(0)} ms`);
    console.log(`    proposals for the activity: ${offeredAll} in all, ${offered} to listening residents; pushes received: ${pushes.length}${pushErrors.length ? `, ${pushErrors.length} ERRORS: ${pushErrors[0].error}` : ''}`);
    if (latencies.length > 0) {
      console.log(`    publish → receipt: p50 ${pct(latencies, 0.5).toFixed(0)} ms   p95 ${p95.toFixed(0)} ms   first ${latencies[0].toFixed(0)} ms   last ${latencies[latencies.length - 1].toFixed(0)} ms`);
    }
    if (written.first && written.last) {
      console.log(`    the rematch job wrote the proposals ${(written.first.getTime() - published).toFixed(0)}–${(written.last.getTime() - published).toFixed(0)} ms after publishing (offered_at)`);
    }
    console.log(`    target p95 ≤ 300 ms   ${latencies.length > 0 && p95 <= 300 ? 'OK' : 'MISSED'}`);
    if (pushes.length !== offered) console.log(`    WARNING: ${offered} listening residents got a proposal but ${pushes.length} pushes arrived`);
    console.log('');
    const median = (xs: number[]) => pct([...xs].sort((a, b) => a - b), 0.5);
    console.log(
      `(c) ${idleCount} idle subscriptions, ${memoryRounds} rounds each; server memory = process.memoryUsage() delta of the server process after GC (heap = heapUsed + external), median of the rounds`,
    );
    for (const side of ['ours', 'bare'] as const) {
      const m = measured[side];
      console.log(
        `    ${(side === 'ours' ? 'Buurtbrug:' : 'bare graphql-ws:').padEnd(20)}heap ${kb(median(m.heap))}/connection (rounds: ${m.heap.map((x) => kb(x)).join(', ')})   RSS ${kb(median(m.rss))}/connection` +
          `   broadcast to the last subscriber: p50 ${median(m.broadcast).toFixed(1)} ms, max ${Math.max(...m.broadcast).toFixed(1)} ms`,
      );
    }
    const heapRatio = median(measured.ours.heap) / median(measured.bare.heap);
    const timeRatio = median(measured.ours.broadcast) / median(measured.bare.broadcast);
    console.log(`    memory (heap) Buurtbrug / bare:  ${heapRatio.toFixed(2)}×  (target ≤ 1.2×)  ${heapRatio <= 1.2 ? 'OK' : 'MISSED'}`);
    // Both servers share this process and reuse pages freed earlier (the city, the rematch), so RSS deltas are no measure.
    console.log('    (RSS deltas are shown but not compared: within one process freed pages are reused; heap + external is the measure)');
    console.log(`    broadcast Buurtbrug / bare (p50): ${timeRatio.toFixed(2)}×  (target ≤ 1.2×)  ${timeRatio <= 1.2 ? 'OK' : 'MISSED'}`);
  } finally {
    clients?.stop();
    await bare?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await services?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
