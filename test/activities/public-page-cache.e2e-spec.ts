import { PublicPageCache } from '@buurtbrug/activities';
import { AuthService, Role } from '@buurtbrug/auth';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type RedisServer, startRedisServer } from '../matching/redis-server.js';
import { gql, type GraphQLResponse, login } from '../support/graphql-client.js';
import { startTestApp, startTestAppOn, type TestApp } from '../support/test-app.js';

const WIJK = 'WK040201';
const PASSWORD = 'een-goed-wachtwoord';
const CSV = `wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon
${WIJK},Centrum,GM0402,Hilversum,,,,52.2245,5.1745
`;
/** The web app's wijkagenda query, as anonymous visitors send it. */
const AGENDA = `query Agenda($wijkCode: String, $from: DateTime, $to: DateTime) {
  occurrences(wijkCode: $wijkCode, from: $from, to: $to) { activityId startsAt placesLeft activity { id title organisation { name } } }
}`;

interface City {
  admin: string;
  apiToken: string;
  resident: string;
  /** A published activity with 3 places, next week. */
  activityId: string;
  from: string;
  to: string;
}

let counter = 0;

async function ok(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await gql(url, query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0];
}

async function publish(url: string, apiToken: string, title: string, capacity: number | null = 3): Promise<string> {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const result = await ok(
    url,
    'mutation($items: [ActivityItemInput!]!) { upsertActivities(items: $items) { created items { activityId } } }',
    {
      items: [
        {
          externalId: `cache-${counter++}`,
          title,
          wijkCode: WIJK,
          capacity,
          location: { name: 'Buurthuis' },
          schedule: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() },
        },
      ],
    },
    apiToken,
  );
  return result.items[0].activityId;
}

/** A wijk, an approved organisation with an API token and one activity, a resident: all through the API. */
async function seedCity(app: TestApp): Promise<City> {
  const email = `beheer-${Date.now()}@example.nl`;
  await app.app.get(AuthService).createAccount({ email, password: PASSWORD, displayName: 'Beheer', role: Role.ADMIN });
  const admin = await login(app.url, email, PASSWORD);
  await ok(app.url, 'mutation($csv: String!) { importWijken(csv: $csv) { imported } }', { csv: CSV }, admin);
  const register = 'mutation($input: RegisterInput!) { register(input: $input) { token } }';
  const provider = (await ok(app.url, register, { input: { email: `aanbieder-${Date.now()}@example.nl`, password: PASSWORD, displayName: 'Ada' } })).token;
  const organisation = await ok(
    app.url,
    'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name: 'Buurthuis Centrum', kind: 'COMMUNITY_CENTRE', wijkCodes: [WIJK] } },
    provider,
  );
  await ok(app.url, 'mutation($id: ID!) { approveOrganisation(id: $id) { id } }', { id: organisation.id }, admin);
  const apiToken = (await ok(app.url, 'mutation { createApiToken(input: { name: "Agenda" }) { secret } }', undefined, provider)).secret;
  const resident = (await ok(app.url, register, { input: { email: `inwoner-${Date.now()}@example.nl`, password: PASSWORD, displayName: 'Ria' } })).token;
  const activityId = await publish(app.url, apiToken, 'Koffieochtend');
  const from = new Date();
  return { admin, apiToken, resident, activityId, from: from.toISOString(), to: new Date(from.getTime() + 14 * 86_400_000).toISOString() };
}

function agenda(url: string, city: City, token?: string): Promise<GraphQLResponse> {
  return gql(url, AGENDA, { wijkCode: WIJK, from: city.from, to: city.to }, token);
}

function dates(res: GraphQLResponse): { activityId: string; placesLeft: number | null; activity: { title: string } }[] {
  expect(res.errors).toBeUndefined();
  return res.data!.occurrences;
}

const dateOf = (res: GraphQLResponse, activityId: string) => dates(res).find((o) => o.activityId === activityId);

describe('the public page cache (anonymous wijkagenda)', () => {
  let t: TestApp;
  let city: City;
  let cache: PublicPageCache;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    city = await seedCity(t);
    cache = t.app.get(PublicPageCache);
  });
  afterAll(() => t.close());

  it('answers an anonymous visitor from the cache; signed-in callers always get a fresh answer', async () => {
    const first = await agenda(t.url, city);
    expect(dateOf(first, city.activityId)).toMatchObject({ placesLeft: 3, activity: { title: 'Koffieochtend' } });
    expect(cache.store.size).toBe(1);
    // A change no event announces (straight into the table) proves the next answer is the cached one.
    await t.app.get(DataSource).query(`UPDATE activity SET title = 'Koffieochtend (stil gewijzigd)' WHERE id = $1`, [city.activityId]);
    const cached = await agenda(t.url, city);
    expect(cached.data).toEqual(first.data);
    // Browsers get the cached bytes gzipped once they are worth it; others get them plain.
    await Promise.all(Array.from({ length: 6 }, (_, i) => publish(t.url, city.apiToken, `Extra ${i} ${'met een lange titel '.repeat(3)}`)));
    const big = () => request(t.url).post('/graphql').set('content-type', 'application/json').send({ query: AGENDA, variables: { wijkCode: WIJK, from: city.from, to: city.to } });
    const fresh = await big().set('accept-encoding', 'gzip');
    const zipped = await big().set('accept-encoding', 'gzip');
    const plain = await big().set('accept-encoding', 'identity');
    expect(fresh.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.body).toEqual(fresh.body);
    expect(plain.body).toEqual(fresh.body);
    const signedIn = await agenda(t.url, city, city.resident);
    expect(dateOf(signedIn, city.activityId)?.activity.title).toBe('Koffieochtend (stil gewijzigd)');
  });

  it('shows a newly published activity at once', async () => {
    await agenda(t.url, city);
    const id = await publish(t.url, city.apiToken, 'Wandelgroep');
    expect(dateOf(await agenda(t.url, city), id)?.activity.title).toBe('Wandelgroep');
  });

  it('shows the places left at once when someone signs up or cancels', async () => {
    expect(dateOf(await agenda(t.url, city), city.activityId)?.placesLeft).toBe(3);
    const signUp = await ok(t.url, 'mutation($id: ID!) { signUp(activityId: $id) { id status } }', { id: city.activityId }, city.resident);
    expect(dateOf(await agenda(t.url, city), city.activityId)?.placesLeft).toBe(2);
    await ok(t.url, 'mutation($id: ID!) { cancelSignUp(id: $id) { status } }', { id: signUp.id }, city.resident);
    expect(dateOf(await agenda(t.url, city), city.activityId)?.placesLeft).toBe(3);
  });

  it('drops a changed or cancelled activity at once', async () => {
    const id = await publish(t.url, city.apiToken, 'Bingo');
    expect(dateOf(await agenda(t.url, city), id)).toBeDefined();
    await ok(t.url, 'mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }', { input: { id, title: 'Bingo met soep' } }, city.apiToken);
    expect(dateOf(await agenda(t.url, city), id)?.activity.title).toBe('Bingo met soep');
    await ok(t.url, 'mutation($id: ID!) { cancelActivity(id: $id) { status } }', { id }, city.apiToken);
    expect(dateOf(await agenda(t.url, city), id)).toBeUndefined();
  });

  it('never keeps an answer with errors, nor one that mixes in other fields, nor one for a signed-in caller', async () => {
    cache.store.invalidate();
    const refused = await gql(t.url, AGENDA, { wijkCode: WIJK, from: city.from, to: new Date(Date.now() + 200 * 86_400_000).toISOString() });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(t.url, '{ wijken { code } occurrences { activityId } }')).errors).toBeUndefined();
    await agenda(t.url, city, city.resident);
    expect(cache.store.size).toBe(0);
    // An invalid token is refused, not answered from the cache as if anonymous.
    await agenda(t.url, city);
    const badToken = await agenda(t.url, city, 'not-a-token');
    expect(badToken.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the public page cache across two API instances (Redis pub/sub)', () => {
  let redis: RedisServer;
  let test: TestRuntime;
  let one: TestApp;
  let two: TestApp;
  let city: City;

  beforeAll(async () => {
    redis = await startRedisServer();
    test = await createTestRuntime({ REDIS_URL: redis.url, JOBS_ENABLED: 'false' });
    one = await startTestAppOn(test);
    two = await startTestAppOn(test);
    city = await seedCity(one);
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await test?.dispose();
    await redis?.stop();
  });

  it('drops the page on every instance when something changes on one of them', async () => {
    expect(dateOf(await agenda(two.url, city), city.activityId)?.placesLeft).toBe(3);
    await ok(one.url, 'mutation($id: ID!) { signUp(activityId: $id) { id } }', { id: city.activityId }, city.resident);
    // The message crosses Redis; the page on instance two is dropped within moments.
    let placesLeft: number | null | undefined = 3;
    for (let tries = 0; tries < 50 && placesLeft === 3; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      placesLeft = dateOf(await agenda(two.url, city), city.activityId)?.placesLeft;
    }
    expect(placesLeft).toBe(2);
  });
});
