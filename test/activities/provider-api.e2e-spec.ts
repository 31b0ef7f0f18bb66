import { AuthService, Role } from '@buurtbrug/auth';
import { STANDARD_TAGS, TagsService } from '@buurtbrug/tags';
import { readHilversumWijkenCsv, WijkImportService } from '@buurtbrug/wijken';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'een-goed-wachtwoord';
const WIJKEN = ['WK040201', 'WK040202', 'WK040203', 'WK040205', 'WK040208'];
const DAY = 86_400_000;

const UPSERT = `mutation($items: [ActivityItemInput!]!) {
  upsertActivities(items: $items) {
    created updated unchanged failed
    items { index externalId activityId outcome }
    errors { index externalId fields { field message } }
  }
}`;

/** 10:00 UTC, `days` days from now: always in the future while the test runs. */
function at(days: number, hour = 10): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

/** What a provider's agenda system would send: 150 one-off and 50 weekly activities. */
function agenda(): Record<string, unknown>[] {
  return Array.from({ length: 200 }, (_, i) => {
    const weekly = i % 4 === 0;
    const start = at(1 + (i % 25), 9 + (i % 8));
    return {
      externalId: `agenda-${i}`,
      title: weekly ? `Wekelijkse koffieochtend ${i}` : `Workshop ${i}: samen iets maken`,
      description: 'Kom langs, iedereen is welkom.',
      tags: weekly ? ['Koffie drinken', 'gezelschap'] : ['creatief'],
      wijkCode: WIJKEN[i % WIJKEN.length],
      location: { name: 'Buurthuis De Brug', addressLine: 'Brugstraat 1, 1211 AA Hilversum', latitude: 52.22, longitude: 5.17 },
      schedule: weekly
        ? { startsAt: start.toISOString(), rrule: 'FREQ=WEEKLY', durationMinutes: 120 }
        : { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 90 * 60_000).toISOString() },
      capacity: i === 1 ? 1 : 20,
      costCents: i % 3 === 0 ? 0 : 250,
      walkIn: weekly,
      accessibility: ['WHEELCHAIR'],
    };
  });
}

describe('activities: a provider pushes its agenda, a resident finds it and signs up', () => {
  let t: TestApp;
  let admin: string;

  async function register(email: string, displayName: string): Promise<string> {
    const res = await gql<{ register: { token: string } }>(
      t.url,
      'mutation($input: RegisterInput!) { register(input: $input) { token } }',
      { input: { email, password: PASSWORD, displayName } },
    );
    if (!res.data?.register) throw new Error(JSON.stringify(res.errors));
    return res.data.register.token;
  }

  /** A signed-in account creates an organisation; the admin approves it. Returns the organisation id. */
  async function organisationOf(token: string, name: string): Promise<string> {
    const created = await gql(
      t.url,
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id status } }',
      {
        input: {
          name,
          kind: 'COMMUNITY_CENTRE',
          wijkCodes: ['WK040201', 'WK040202'],
          description: 'Ontmoeting in de wijk.',
          email: 'info@debrug.example.nl',
          phone: '035 555 12 34',
          website: 'https://debrug.example.nl',
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganisation.status).toBe('PENDING');
    const id = created.data!.createOrganisation.id as string;
    for (let i = 0; i < 2; i++) {
      // Approving twice is harmless.
      const approved = await gql(t.url, 'mutation($id: ID!) { approveOrganisation(id: $id) { status } }', { id }, admin);
      expect(approved.data?.approveOrganisation.status).toBe('APPROVED');
    }
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(WijkImportService).importCsv(await readHilversumWijkenCsv());
    await t.app.get(TagsService).upsertMany(STANDARD_TAGS);
    await t.app.get(AuthService).createAccount({ email: 'admin@example.nl', password: PASSWORD, displayName: 'Beheer', role: Role.ADMIN });
    admin = await login(t.url, 'admin@example.nl', PASSWORD);
  });
  afterAll(() => t.close());

  it('runs the whole journey over HTTP', async () => {
    // The provider signs up, creates the organisation and becomes its provider.
    await register('kees@example.nl', 'Kees');
    const provider = await login(t.url, 'kees@example.nl', PASSWORD);
    const organisationId = await organisationOf(provider, 'Buurthuis De Brug');
    const me = await gql(t.url, '{ me { role organisationId } }', undefined, provider);
    expect(me.data?.me).toEqual({ role: 'PROVIDER', organisationId });

    // Pending is over: the public sees it on the sociale kaart, with its contact details.
    const kaart = await gql(t.url, '{ organisations(filter: { wijkCode: "WK040202", text: "brug" }) { nodes { id name phone } } }');
    expect(kaart.data?.organisations.nodes).toEqual([{ id: organisationId, name: 'Buurthuis De Brug', phone: '035 555 12 34' }]);

    // An API token for the agenda system; 200 activities in one request.
    const created = await gql(t.url, 'mutation { createApiToken(input: { name: "Agenda" }) { secret } }', undefined, provider);
    const apiToken = created.data!.createApiToken.secret as string;
    const first = await gql(t.url, UPSERT, { items: agenda() }, apiToken);
    expect(first.errors).toBeUndefined();
    expect(first.data?.upsertActivities).toMatchObject({ created: 200, updated: 0, unchanged: 0, failed: 0, errors: [] });

    // The same batch again: nothing duplicated, nothing changed.
    const db = t.app.get(DataSource);
    // The search drain deletes outbox rows as it goes and re-queues an organisation's activities
    // once its indexed name changes: let it settle, then the sequence shows whether the upsert wrote any.
    const outboxSeq = `SELECT last_value::int AS n, is_called FROM search_outbox_seq_seq`;
    let previous = '';
    for (let i = 0; i < 60; i++) {
      const now = JSON.stringify(await db.query(`SELECT (SELECT count(*) FROM search_outbox)::int AS rows, (SELECT last_value FROM search_outbox_seq_seq)::int AS seq`));
      if (now === previous && now.includes('"rows":0')) break;
      previous = now;
      await new Promise((r) => setTimeout(r, 500));
    }
    const outbox = await db.query(outboxSeq);
    const second = await gql(t.url, UPSERT, { items: agenda() }, apiToken);
    expect(second.data?.upsertActivities).toMatchObject({ created: 0, updated: 0, unchanged: 200, failed: 0 });
    expect(await db.query(`SELECT count(*)::int AS n FROM activity WHERE organisation_id = $1`, [organisationId])).toEqual([{ n: 200 }]);
    expect(await db.query(outboxSeq)).toEqual(outbox);

    // A resident finds them in the list and in the agenda, and signs up.
    const resident = await register('anna@example.nl', 'Anna');
    const list = await gql(
      t.url,
      `query($filter: ActivityFilterInput) { activities(first: 100, filter: $filter) {
         nodes { id externalId title tags free walkIn wijk { code name } organisation { id name } }
         pageInfo { hasNextPage endCursor } } }`,
      { filter: { organisationId, tags: ['creatief'], free: true } },
      resident,
    );
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.activities.nodes as { externalId: string; tags: string[]; free: boolean; organisation: { name: string }; wijk: { name: string } }[];
    // Items 1..199 that are one-off (creatief) and free (every third): i % 4 != 0 and i % 3 == 0.
    expect(nodes).toHaveLength(Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 4 !== 0 && i % 3 === 0).length);
    expect(nodes.every((n) => n.free && n.tags.includes('creatief') && n.organisation.name === 'Buurthuis De Brug' && n.wijk.name)).toBe(true);

    const occurrences = await gql(
      t.url,
      'query($from: DateTime, $to: DateTime) { occurrences(from: $from, to: $to, wijkCode: "WK040201", first: 500) { activityId startsAt placesLeft activity { title externalId } } }',
      { from: new Date().toISOString(), to: new Date(Date.now() + 28 * DAY).toISOString() },
      resident,
    );
    expect(occurrences.errors).toBeUndefined();
    const dates = occurrences.data!.occurrences as { activityId: string; startsAt: string; placesLeft: number; activity: { externalId: string } }[];
    // Weekly items repeat: item 0 (WK040201, weekly) shows up more than once in four weeks.
    expect(dates.filter((d) => d.activity.externalId === 'agenda-0').length).toBeGreaterThanOrEqual(3);
    expect(dates.map((d) => d.startsAt)).toEqual([...dates.map((d) => d.startsAt)].sort());

    const weekly = dates.find((d) => d.activity.externalId === 'agenda-0')!;
    const signUp = await gql(
      t.url,
      'mutation($activityId: ID!, $start: DateTime) { signUp(activityId: $activityId, occurrenceStart: $start) { id status occurrenceStart } }',
      { activityId: weekly.activityId, start: weekly.startsAt },
      resident,
    );
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data?.signUp).toMatchObject({ status: 'CONFIRMED', occurrenceStart: weekly.startsAt });

    // The one place of agenda-1 goes to Anna; the next person waits.
    const small = first.data!.upsertActivities.items.find((i: { externalId: string }) => i.externalId === 'agenda-1').activityId;
    const mine = await gql(t.url, 'mutation($id: ID!) { signUp(activityId: $id) { status } }', { id: small }, resident);
    expect(mine.data?.signUp.status).toBe('CONFIRMED');
    const other = await register('bert@example.nl', 'Bert');
    const waiting = await gql(t.url, 'mutation($id: ID!) { signUp(activityId: $id) { status } }', { id: small }, other);
    expect(waiting.data?.signUp.status).toBe('WAITING');

    const mySignUps = await gql(t.url, '{ mySignUps { status activity { title organisation { name } } } }', undefined, resident);
    expect(mySignUps.data?.mySignUps).toHaveLength(2);
    expect(mySignUps.data?.mySignUps[0].activity.organisation.name).toBe('Buurthuis De Brug');

    // Another organisation's provider may not touch these activities.
    await register('piet@example.nl', 'Piet');
    const otherProvider = await login(t.url, 'piet@example.nl', PASSWORD);
    await organisationOf(otherProvider, 'Sportclub Anders');
    const forbidden = await gql(
      t.url,
      'mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
      { input: { id: small, title: 'Overgenomen' } },
      otherProvider,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cancelForbidden = await gql(t.url, 'mutation($id: ID!) { cancelActivity(id: $id) { id } }', { id: small }, otherProvider);
    expect(cancelForbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A resident may not use the provider API at all.
    const residentUpsert = await gql(t.url, UPSERT, { items: agenda().slice(0, 1) }, resident);
    expect(residentUpsert.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The organisation's own provider cancels it; it leaves the public list.
    const cancelled = await gql(
      t.url,
      'mutation($id: ID!) { cancelActivity(id: $id, reason: "De zaal is dicht.") { status cancellationReason } }',
      { id: small },
      provider,
    );
    expect(cancelled.data?.cancelActivity).toEqual({ status: 'CANCELLED', cancellationReason: 'De zaal is dicht.' });

    // The wijk and organisation calendars, as iCalendar.
    const wijkFeed = await request(t.url).get('/calendar/wijk/WK040201.ics');
    expect(wijkFeed.status).toBe(200);
    expect(wijkFeed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(wijkFeed.text).toMatch(/^BEGIN:VCALENDAR/);
    expect(wijkFeed.text).toContain('SUMMARY:Wekelijkse koffieochtend 0');
    expect(wijkFeed.text.replace(/\r?\n /g, '')).toContain(`/activiteiten/${weekly.activityId}`);
    const events = wijkFeed.text.match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(events).toBeGreaterThan(dates.length);
    const organisationFeed = await request(t.url).get(`/calendar/organisation/${organisationId}.ics`);
    expect(organisationFeed.status).toBe(200);
    expect(organisationFeed.text).not.toContain(`SUMMARY:Workshop 1:`);
    const unknown = await request(t.url).get('/calendar/wijk/WK999999.ics');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await request(t.url).get('/calendar/organisation/00000000-0000-4000-8000-000000000000.ics')).status).toBe(404);
  });

  it('refuses more than 500 items as a whole and reports bad items one by one', async () => {
    await register('marie@example.nl', 'Marie');
    const provider = await login(t.url, 'marie@example.nl', PASSWORD);
    await organisationOf(provider, 'Bibliotheek De Brug');
    const tooMany = await gql(t.url, UPSERT, { items: Array.from({ length: 501 }, () => agenda()[1]) }, provider);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const items = agenda().slice(0, 3);
    items[1] = { ...items[1], title: '', wijkCode: 'WK049999', schedule: { startsAt: at(2).toISOString(), rrule: 'FREQ=EVERY_NOW_AND_THEN', durationMinutes: 30 } };
    const report = await gql(t.url, UPSERT, { items }, provider);
    expect(report.errors).toBeUndefined();
    expect(report.data?.upsertActivities).toMatchObject({ created: 2, failed: 1 });
    const [error] = report.data!.upsertActivities.errors;
    expect(error.index).toBe(1);
    expect(error.externalId).toBe('agenda-1');
    expect(error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['schedule.rrule', 'title', 'wijkCode']);
  });

  it('keeps a pending organisation off the public map and out of the provider API', async () => {
    const token = await register('nina@example.nl', 'Nina');
    const created = await gql(
      t.url,
      'mutation { createOrganisation(input: { name: "Nog niet goedgekeurd", kind: CLUB, wijkCodes: ["WK040203"] }) { id } }',
      undefined,
      token,
    );
    const id = created.data!.createOrganisation.id;
    expect((await gql(t.url, 'query($id: ID!) { organisation(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const provider = await login(t.url, 'nina@example.nl', PASSWORD);
    expect((await gql(t.url, 'query($id: ID!) { organisation(id: $id) { status } }', { id }, provider)).data?.organisation.status).toBe('PENDING');
    const push = await gql(t.url, UPSERT, { items: agenda().slice(0, 1) }, provider);
    expect(push.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A social worker cannot become a provider by creating an organisation.
    await t.app.get(AuthService).createAccount({ email: 'sw@example.nl', password: PASSWORD, displayName: 'Sociaal werk', role: Role.SOCIAL_WORKER, wijkCodes: ['WK040201'] });
    const socialWorker = await login(t.url, 'sw@example.nl', PASSWORD);
    const refused = await gql(
      t.url,
      'mutation { createOrganisation(input: { name: "Mijn club", kind: CLUB, wijkCodes: [] }) { id } }',
      undefined,
      socialWorker,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM organisation WHERE name = 'Mijn club'`)).toEqual([{ n: 0 }]);
  });
});
