import { AuthService, Role } from '@buurtbrug/auth';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'een-goed-wachtwoord';
const WIJKEN_CSV = `wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon
WK040201,Centrum,GM0402,Hilversum,,,,52.2245,5.1745
`;
const LIST = `query($id: ID!) { activitySignUps(activityId: $id) {
  startsAt capacity confirmed { signUpId name status } waiting { signUpId name status } } }`;

interface Person {
  signUpId: string;
  name: string;
  status: string;
}

/**
 * The organisation's sign-up list: per date, who has a place and who waits, by first name; and
 * `activitySignUpsChanged` tells the organisation's open page (and only theirs) when it changes.
 */
describe('activities: the sign-up list of a provider, live', () => {
  let t: TestApp;
  let admin: string;

  async function register(email: string, displayName: string): Promise<string> {
    const res = await gql<{ register: { token: string } }>(t.url, 'mutation($input: RegisterInput!) { register(input: $input) { token } }', {
      input: { email, password: PASSWORD, displayName },
    });
    if (!res.data?.register) throw new Error(JSON.stringify(res.errors));
    return res.data.register.token;
  }

  async function provider(email: string, organisation: string): Promise<string> {
    await register(email, 'Aanbieder');
    const token = await login(t.url, email, PASSWORD);
    const created = await gql<{ createOrganisation: { id: string } }>(
      t.url,
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: organisation, kind: 'COMMUNITY_CENTRE', wijkCodes: ['WK040201'] } },
      token,
    );
    await gql(t.url, 'mutation($id: ID!) { approveOrganisation(id: $id) { id } }', { id: created.data!.createOrganisation.id }, admin);
    return token;
  }

  /** Collects the events a subscriber hears. */
  function listen(token: string, activityId: string) {
    const events: { activityId: string; occurrenceStart: string }[] = [];
    const errors: unknown[] = [];
    const client = createClient({ url: t.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    let ready!: () => void;
    const started = new Promise<void>((resolve) => (ready = resolve));
    client.on('connected', () => setTimeout(ready, 300));
    client.subscribe<{ activitySignUpsChanged: { activityId: string; occurrenceStart: string } }>(
      { query: `subscription($id: ID!) { activitySignUpsChanged(activityId: $id) { activityId occurrenceStart } }`, variables: { id: activityId } },
      { next: (value) => (value.errors ? errors.push(value.errors) : events.push(value.data!.activitySignUpsChanged)), error: (e) => errors.push(e), complete: () => undefined },
    );
    return { events, errors, started, close: () => client.dispose() };
  }

  async function until(check: () => boolean): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(AuthService).createAccount({ email: 'beheer@example.nl', password: PASSWORD, displayName: 'Beheer', role: Role.ADMIN });
    admin = await login(t.url, 'beheer@example.nl', PASSWORD);
    await gql(t.url, 'mutation($csv: String!) { importWijken(csv: $csv) { imported } }', { csv: WIJKEN_CSV }, admin);
  });
  afterAll(() => t.close());

  it('lists who comes per date by first name, with the waiting list in order, and pushes every change to the organisation only', async () => {
    const own = await provider('eigen@example.nl', 'Buurthuis Eigen');
    const other = await provider('ander@example.nl', 'Buurthuis Ander');
    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const created = await gql<{ createActivity: { id: string } }>(
      t.url,
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      {
        input: {
          title: 'Soep en praat',
          wijkCode: 'WK040201',
          capacity: 1,
          location: { name: 'Buurthuis Eigen' },
          schedule: { startsAt: start.toISOString(), rrule: 'FREQ=WEEKLY', durationMinutes: 90 },
        },
      },
      own,
    );
    const id = created.data!.createActivity.id;
    await gql(t.url, 'mutation($id: ID!) { publishActivity(id: $id) { id } }', { id }, own);

    const mine = listen(own, id);
    const admins = listen(admin, id);
    await Promise.all([mine.started, admins.started]);
    // Another organisation is refused at once, not left listening to nothing.
    const theirs = listen(other, id);
    await until(() => theirs.errors.length > 0);
    expect(JSON.stringify(theirs.errors)).toContain('FORBIDDEN');

    const anna = await register('anna@example.nl', 'Anna de Vries');
    const bert = await register('bert@example.nl', 'Bert');
    const signUp = 'mutation($id: ID!, $start: DateTime) { signUp(activityId: $id, occurrenceStart: $start) { id status } }';
    const a = await gql<{ signUp: { id: string; status: string } }>(t.url, signUp, { id, start: start.toISOString() }, anna);
    const b = await gql<{ signUp: { id: string; status: string } }>(t.url, signUp, { id, start: start.toISOString() }, bert);
    expect([a.data!.signUp.status, b.data!.signUp.status]).toEqual(['CONFIRMED', 'WAITING']);
    await until(() => mine.events.length >= 2 && admins.events.length >= 2);
    expect(mine.events[0]).toEqual({ activityId: id, occurrenceStart: start.toISOString() });

    const list = await gql<{ activitySignUps: { startsAt: string; capacity: number; confirmed: Person[]; waiting: Person[] }[] }>(t.url, LIST, { id }, own);
    expect(list.errors).toBeUndefined();
    const dates = list.data!.activitySignUps;
    // Weekly for 60 days: every date is there, the first one with its people.
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates[0]).toEqual({
      startsAt: start.toISOString(),
      capacity: 1,
      confirmed: [{ signUpId: a.data!.signUp.id, name: 'Anna', status: 'CONFIRMED' }],
      waiting: [{ signUpId: b.data!.signUp.id, name: 'Bert', status: 'WAITING' }],
    });
    expect(dates.slice(1).every((d) => d.confirmed.length === 0 && d.waiting.length === 0)).toBe(true);
    expect(JSON.stringify(list.data)).not.toContain('Vries');

    // Anna withdraws: Bert moves up, and the open list hears both changes.
    const heard = mine.events.length;
    await gql(t.url, 'mutation($id: ID!) { cancelSignUp(id: $id) { status } }', { id: a.data!.signUp.id }, anna);
    await until(() => mine.events.length >= heard + 2);
    const after = await gql<{ activitySignUps: { confirmed: Person[]; waiting: Person[] }[] }>(t.url, LIST, { id }, own);
    expect(after.data!.activitySignUps[0]).toMatchObject({ confirmed: [{ name: 'Bert', status: 'CONFIRMED' }], waiting: [] });

    // The other organisation may not read the list either; a bad window is BAD_USER_INPUT.
    const refused = await gql(t.url, LIST, { id }, other);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(t.url, 'query($id: ID!) { activitySignUps(activityId: $id, from: "2030-01-02T00:00:00Z", to: "2030-01-01T00:00:00Z") { startsAt } }', { id }, own);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await Promise.all([mine.close(), admins.close(), theirs.close()]);
  }, 60_000);

  it('finds accounts by (the beginning of) an email address for admins, page by page', async () => {
    for (const name of ['zoek-een', 'zoek-twee', 'zoek-drie']) await register(`${name}@example.nl`, name);
    const query = 'query($email: String!, $after: String) { accounts(email: $email, first: 2, after: $after) { nodes { email } pageInfo { hasNextPage endCursor } } }';
    const first = await gql(t.url, query, { email: 'ZOEK-' }, admin);
    expect(first.data?.accounts.nodes).toEqual([{ email: 'zoek-drie@example.nl' }, { email: 'zoek-een@example.nl' }]);
    expect(first.data?.accounts.pageInfo.hasNextPage).toBe(true);
    const second = await gql(t.url, query, { email: 'zoek-', after: first.data?.accounts.pageInfo.endCursor }, admin);
    expect(second.data?.accounts.nodes).toEqual([{ email: 'zoek-twee@example.nl' }]);
    // LIKE wildcards are letters here, not patterns.
    const wildcard = await gql(t.url, query, { email: '%_' }, admin);
    expect(wildcard.data?.accounts.nodes).toEqual([]);
    const exact = await gql(t.url, query, { email: 'zoek-een@example.nl' }, admin);
    expect(exact.data?.accounts.nodes).toEqual([{ email: 'zoek-een@example.nl' }]);
    const tooShort = await gql(t.url, query, { email: 'z' }, admin);
    expect(tooShort.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
