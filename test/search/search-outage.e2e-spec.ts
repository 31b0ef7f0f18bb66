import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AuthService, Role } from '@buurtbrug/auth';
import { EmbeddedMeilisearchServer } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { indexSettings, liveIndexName } from '@buurtbrug/search';
import { STANDARD_TAGS, TagsService } from '@buurtbrug/tags';
import { readHilversumWijkenCsv, WijkImportService } from '@buurtbrug/wijken';
import { Meilisearch } from 'meilisearch';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import { startTestAppOn, type TestApp } from '../support/test-app.js';

const PASSWORD = 'een-goed-wachtwoord';
const DAY = 86_400_000;
const UPSERT = `mutation($items: [ActivityItemInput!]!) { upsertActivities(items: $items) { created updated failed items { externalId activityId } } }`;
const SEARCH = `query($input: SearchInput, $first: Int) { search(input: $input, first: $first) { totalCount nodes { id title } } }`;

function item(externalId: string, title: string, day: number) {
  const start = new Date(Date.now() + day * DAY);
  start.setUTCHours(9, 0, 0, 0);
  return {
    externalId,
    title,
    description: 'Samen koffie drinken en een praatje maken.',
    tags: ['koffie-drinken'],
    wijkCode: 'WK040201',
    location: { name: 'Buurthuis' },
    schedule: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() },
  };
}

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The app on its own Meilisearch (the shared test server must not be stopped): Meilisearch goes
 * down, the app stays up and keeps every write, search says SERVICE_UNAVAILABLE and /health says
 * search is down; Meilisearch comes back on the same port and data and the index converges.
 */
describe('search during a Meilisearch outage', () => {
  let dataDir: string;
  let masterKey: string;
  let port: number;
  let meili: EmbeddedMeilisearchServer;
  let test: TestRuntime;
  let t: TestApp;
  let token: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'buurtbrug-outage-'));
    // Generated keys are base64url: one in 64 starts with '-', which once read as a command-line flag.
    masterKey = `-${randomBytes(24).toString('base64url')}`;
    meili = await EmbeddedMeilisearchServer.start({ dataDir, masterKey });
    port = Number(new URL(meili.url).port);
    test = await createTestRuntime({ MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey });
    t = await startTestAppOn(test);
    await t.app.get(WijkImportService).importCsv(await readHilversumWijkenCsv());
    await t.app.get(TagsService).upsertMany(STANDARD_TAGS);
    // New tags queue a synonyms update (a pg-boss job that also re-sends tagged documents): let it
    // finish first, so the outbox below holds exactly the writes of this test.
    const jobs = t.app.get(DataSource);
    await until(async () => ((await jobs.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'search.settings' AND state = 'completed'`)) as { n: number }[])[0].n > 0, 30_000);
    await t.app.get(AuthService).createAccount({ email: 'admin@example.nl', password: PASSWORD, displayName: 'Beheer', role: Role.ADMIN });
    const admin = await login(t.url, 'admin@example.nl', PASSWORD);
    await gql(t.url, 'mutation($input: RegisterInput!) { register(input: $input) { token } }', {
      input: { email: 'kees@example.nl', password: PASSWORD, displayName: 'Kees' },
    });
    const founder = await login(t.url, 'kees@example.nl', PASSWORD);
    const organisation = await gql(t.url, 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { name: 'Buurthuis De Brug', kind: 'COMMUNITY_CENTRE', wijkCodes: ['WK040201'], description: '' },
    }, founder);
    await gql(t.url, 'mutation($id: ID!) { approveOrganisation(id: $id) { status } }', { id: organisation.data!.createOrganisation.id }, admin);
    const provider = await login(t.url, 'kees@example.nl', PASSWORD);
    token = (await gql(t.url, 'mutation { createApiToken(input: { name: "Agenda" }) { secret } }', undefined, provider)).data!.createApiToken.secret;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await test?.dispose();
    await meili?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function write(items: Record<string, unknown>[]): Promise<void> {
    const res = await gql(t.url, UPSERT, { items }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.upsertActivities.failed).toBe(0);
    for (const written of res.data!.upsertActivities.items) ids.set(written.externalId, written.activityId);
  }

  it('keeps 100 writes through the outage and converges when Meilisearch is back', async () => {
    const dataSource = t.app.get(DataSource);
    const outbox = async () => ((await dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`)) as { n: number }[])[0].n;

    // Before: ten activities, findable.
    await write(Array.from({ length: 10 }, (_, i) => item(`voor-${i}`, `Koffieochtend voor ${i}`, 2 + i)));
    // Findable, and the drain saw Meilisearch confirm it (else the rows stay to be sent again).
    await until(async () => (await outbox()) === 0 && (await gql(t.url, SEARCH, { input: { text: 'koffieochtend' } })).data?.search.totalCount === 10, 20_000);

    // Meilisearch goes down.
    await meili.stop();
    const health = await request(t.url).get('/health');
    expect(health.status).toBe(503);
    expect(health.body.details).toMatchObject({ database: { status: 'up' }, search: { status: 'down' } });
    const down = await gql(t.url, SEARCH, { input: { text: 'koffie' } });
    expect(down.status).not.toBe(500);
    expect(down.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.data).toBeNull();

    // 100 writes while it is down: 70 new, 20 changed, 10 cancelled. Every one succeeds.
    for (let i = 0; i < 70; i++) await write([item(`tijdens-${i}`, `Buurtlunch tijdens ${i}`, 2 + (i % 20))]);
    for (let i = 0; i < 10; i++) await write([item(`voor-${i}`, `Bijgewerkt voor ${i}`, 2 + i)]);
    for (let i = 0; i < 10; i++) await write([item(`tijdens-${i}`, `Bijgewerkt tijdens ${i}`, 2 + (i % 20))]);
    const cancelled = [...Array.from({ length: 5 }, (_, i) => `voor-${i}`), ...Array.from({ length: 5 }, (_, i) => `tijdens-${60 + i}`)];
    for (const externalId of cancelled) {
      const res = await gql(t.url, 'mutation($id: ID!) { cancelActivity(id: $id, reason: "Zaal dicht") { status } }', { id: ids.get(externalId) }, token);
      expect(res.data?.cancelActivity.status).toBe('CANCELLED');
    }
    // The app is up: other queries answer, and every write waits in the outbox.
    const list = await gql(t.url, '{ activities(first: 100) { nodes { id } } }');
    expect(list.data?.activities.nodes).toHaveLength(70);
    expect(await outbox()).toBe(100);
    const [{ tried }] = (await dataSource.query(`SELECT count(*)::int AS tried FROM search_outbox WHERE attempts > 0 AND last_error IS NOT NULL`)) as {
      tried: number;
    }[];
    expect(tried).toBeGreaterThan(0);

    // Meilisearch comes back on the same port and data; the outbox drains by itself.
    meili = await EmbeddedMeilisearchServer.start({ dataDir, masterKey, port });
    const converged = await until(async () => (await outbox()) === 0, 45_000);
    console.log(`outbox drained ${converged} ms after Meilisearch was back`);
    expect((await request(t.url).get('/health')).status).toBe(200);

    // The index is exactly what PostgreSQL says: published activities, with their latest titles.
    const expected = (await dataSource.query(`SELECT id, title FROM activity WHERE status = 'PUBLISHED' ORDER BY id`)) as { id: string; title: string }[];
    expect(expected).toHaveLength(70);
    const client = new Meilisearch({ host: meili.url, apiKey: masterKey });
    const indexed = await client.index(liveIndexName(test.runtime.app.SEARCH_INDEX_PREFIX, 'activity')).getDocuments<{ id: string; title: string }>({ limit: 1000, fields: ['id', 'title'] });
    expect(indexed.results.map((d) => ({ id: d.id, title: d.title })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
    const search = await gql(t.url, SEARCH, { input: { text: 'bijgewerkt' }, first: 50 });
    expect(search.data?.search.totalCount).toBe(15);
    for (const externalId of cancelled) expect(search.data?.search.nodes.map((n: { id: string }) => n.id)).not.toContain(ids.get(externalId));
    // The settings survived as well (nothing was rebuilt from scratch).
    const settings = await client.index(liveIndexName(test.runtime.app.SEARCH_INDEX_PREFIX, 'activity')).getSettings();
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(indexSettings('activity', {}).filterableAttributes as string[]));
  }, 180_000);
});
