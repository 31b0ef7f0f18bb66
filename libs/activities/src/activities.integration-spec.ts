import { EventEmitter2 } from '@nestjs/event-emitter';
import { Test, type TestingModule } from '@nestjs/testing';
import { AuthModule, AuthService, type Principal, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { OrganisationKind, OrganisationsModule, OrganisationsService } from '@buurtbrug/organisations';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { ActivitiesModule } from './activities.module.js';
import { ActivityUpsertService } from './activity-upsert.service.js';
import { ActivityStatus, SignUpStatus } from './activity.enums.js';
import { ACTIVITY_CANCELLED, ACTIVITY_CHANGED, ACTIVITY_PUBLISHED, ActivityCancelled, SIGN_UP_PROMOTED } from './activity.events.js';
import { ActivitiesService } from './activity.service.js';
import type { CreateActivityInput } from './dto/create-activity.input.js';
import { SignUpService } from './sign-up.service.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';
const DAY = 86_400_000;

function user(userId: string, role: Role, organisationId: string | null = null): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes: [], organisationId };
}

/** A date a whole number of days ahead, at 10:00 UTC, so every test runs in the future. */
function daysAhead(days: number, hour = 10): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

function item(externalId: string, overrides: Record<string, unknown> = {}) {
  return {
    externalId,
    title: `Koffieochtend ${externalId}`,
    description: 'Een kopje koffie en een praatje.',
    tags: ['koffie'],
    wijkCode: CENTRUM,
    location: { name: 'Buurthuis De Geus', addressLine: 'Geusstraat 1, 1211 AB Hilversum' },
    schedule: { startsAt: daysAhead(3).toISOString(), endsAt: new Date(daysAhead(3).getTime() + 2 * 3_600_000).toISOString() },
    capacity: 10,
    walkIn: true,
    ...overrides,
  };
}

describe('activities (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let auth: AuthService;
  let organisations: OrganisationsService;
  let activities: ActivitiesService;
  let upserts: ActivityUpsertService;
  let signUps: SignUpService;
  const events: { name: string; event: any }[] = [];

  let admin: UserPrincipal;
  let provider: UserPrincipal;
  let otherProvider: UserPrincipal;
  let token: Principal;
  let organisationId: string;
  let residentCounter = 0;

  const count = async (sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as { n: number }[])[0].n;

  async function account(role: Role, name: string) {
    return auth.createAccount({ email: `${name}@example.nl`, password: 'een-goed-wachtwoord', displayName: name, role });
  }

  async function residents(n: number): Promise<UserPrincipal[]> {
    const created: UserPrincipal[] = [];
    for (let i = 0; i < n; i++) created.push(user((await account(Role.RESIDENT, `inwoner${++residentCounter}`)).id, Role.RESIDENT));
    return created;
  }

  /** A provider that created and got approved its own organisation. */
  async function approvedProvider(name: string): Promise<UserPrincipal> {
    const creator = await account(Role.RESIDENT, name);
    const organisation = await organisations.create(user(creator.id, Role.RESIDENT), {
      name: `Stichting ${name}`,
      kind: OrganisationKind.WELFARE,
      wijkCodes: [CENTRUM],
      description: '',
    });
    await organisations.approve(admin, organisation.id);
    return user(creator.id, Role.PROVIDER, organisation.id);
  }

  async function publishedActivity(input: Partial<CreateActivityInput> = {}) {
    const created = await activities.create(provider, {
      title: 'Samen eten',
      wijkCode: CENTRUM,
      location: { name: 'De Geus' },
      schedule: { startsAt: daysAhead(5), endsAt: new Date(daysAhead(5).getTime() + 7_200_000) },
      capacity: 5,
      ...input,
    } as CreateActivityInput);
    return activities.publish(provider, created.id);
  }

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(test.runtime), AuthModule, WijkenModule, TagsModule, OrganisationsModule, ActivitiesModule],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    auth = moduleRef.get(AuthService);
    organisations = moduleRef.get(OrganisationsService);
    activities = moduleRef.get(ActivitiesService);
    upserts = moduleRef.get(ActivityUpsertService);
    signUps = moduleRef.get(SignUpService);
    const emitter = moduleRef.get(EventEmitter2);
    for (const name of [ACTIVITY_PUBLISHED, ACTIVITY_CHANGED, ACTIVITY_CANCELLED, SIGN_UP_PROMOTED]) {
      emitter.on(name, (event: unknown) => events.push({ name, event }));
    }
    await dataSource.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950)`);
    // This suite's own small taxonomy, in place of the standard one the migrations bring.
    await dataSource.query(`DELETE FROM tag`);
    await dataSource.query(`
      INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES
        ('koffie-drinken', 'Koffie drinken', 'Coffee', '{koffie}', 'interest'),
        ('wandelen', 'Wandelen', 'Walking', '{lopen}', 'interest'),
        ('samen-eten', 'Samen eten', 'Eating together', '{}', 'interest')`);
    admin = user((await account(Role.ADMIN, 'beheer')).id, Role.ADMIN);
    provider = await approvedProvider('aanbieder');
    organisationId = provider.organisationId!;
    otherProvider = await approvedProvider('anders');
    token = { kind: 'token', tokenId: '00000000-0000-4000-8000-000000000001', organisationId };
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  beforeEach(() => {
    events.length = 0;
  });

  describe('sign-ups', () => {
    it('gives exactly 5 places to 20 people signing up at the same moment; the other 15 wait', async () => {
      const activity = await publishedActivity({ capacity: 5 });
      const people = await residents(20);
      const results = await Promise.all(people.map((p) => signUps.signUp(p, activity.id)));
      expect(results.filter((r) => r.status === SignUpStatus.CONFIRMED)).toHaveLength(5);
      expect(results.filter((r) => r.status === SignUpStatus.WAITING)).toHaveLength(15);
      expect(await count(`SELECT count(*)::int AS n FROM activity_sign_up WHERE activity_id = $1 AND status = 'CONFIRMED'`, [activity.id])).toBe(5);
      expect(await count(`SELECT count(*)::int AS n FROM activity_sign_up WHERE activity_id = $1`, [activity.id])).toBe(20);
    });

    it('gives a freed place to the first on the waiting list, and only for a freed place', async () => {
      const activity = await publishedActivity({ capacity: 2 });
      const [a, b, c, d] = await residents(4);
      const first = await signUps.signUp(a, activity.id);
      await signUps.signUp(b, activity.id);
      const third = await signUps.signUp(c, activity.id);
      const fourth = await signUps.signUp(d, activity.id);
      expect([third.status, fourth.status]).toEqual([SignUpStatus.WAITING, SignUpStatus.WAITING]);

      // Signing up twice returns the same sign-up.
      expect((await signUps.signUp(a, activity.id)).id).toBe(first.id);

      // A waiting person leaving frees no place.
      await signUps.cancelSignUp(d, fourth.id);
      expect(events.filter((e) => e.name === SIGN_UP_PROMOTED)).toHaveLength(0);

      const cancelled = await signUps.cancelSignUp(a, first.id);
      expect(cancelled.status).toBe(SignUpStatus.CANCELLED);
      const statuses = (await dataSource.query(`SELECT user_id, status FROM activity_sign_up WHERE activity_id = $1`, [activity.id])) as {
        user_id: string;
        status: string;
      }[];
      expect(statuses.find((s) => s.user_id === c.userId)?.status).toBe(SignUpStatus.CONFIRMED);
      expect(events.filter((e) => e.name === SIGN_UP_PROMOTED).map((e) => e.event.userId)).toEqual([c.userId]);

      // Cancelling again is harmless; another resident cannot cancel someone else's sign-up.
      expect((await signUps.cancelSignUp(a, first.id)).status).toBe(SignUpStatus.CANCELLED);
      await expect(signUps.cancelSignUp(d, third.id)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
    });

    it('lets more people in when the capacity grows', async () => {
      const activity = await publishedActivity({ capacity: 1 });
      const [a, b, c] = await residents(3);
      for (const p of [a, b, c]) await signUps.signUp(p, activity.id);
      await activities.update(provider, { id: activity.id, capacity: 2 });
      expect(await count(`SELECT count(*)::int AS n FROM activity_sign_up WHERE activity_id = $1 AND status = 'CONFIRMED'`, [activity.id])).toBe(2);
      await activities.update(provider, { id: activity.id, capacity: null });
      expect(await count(`SELECT count(*)::int AS n FROM activity_sign_up WHERE activity_id = $1 AND status = 'CONFIRMED'`, [activity.id])).toBe(3);
    });

    it('counts places per date of a recurring activity and refuses a date that is not one', async () => {
      const start = daysAhead(2);
      const activity = await publishedActivity({
        capacity: 1,
        schedule: { startsAt: start, rrule: 'FREQ=DAILY', durationMinutes: 60 },
      });
      const [a, b] = await residents(2);
      const next = new Date(start.getTime() + DAY);
      expect((await signUps.signUp(a, activity.id, start)).status).toBe(SignUpStatus.CONFIRMED);
      expect((await signUps.signUp(b, activity.id, next)).status).toBe(SignUpStatus.CONFIRMED);
      expect((await signUps.signUp(b, activity.id, start)).status).toBe(SignUpStatus.WAITING);
      await expect(signUps.signUp(a, activity.id)).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT' });
      await expect(signUps.signUp(a, activity.id, new Date(start.getTime() + 3_600_000))).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
      });
    });

    it('refuses sign-ups for drafts and cancelled activities', async () => {
      const [a] = await residents(1);
      const draft = await activities.create(provider, {
        title: 'Concept',
        wijkCode: CENTRUM,
        location: { name: 'De Geus' },
        schedule: { startsAt: daysAhead(4), endsAt: daysAhead(4, 12) },
      } as CreateActivityInput);
      await expect(signUps.signUp(a, draft.id)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      const published = await publishedActivity();
      await activities.cancel(provider, published.id);
      await expect(signUps.signUp(a, published.id)).rejects.toMatchObject({ publicCode: 'CONFLICT' });
    });
  });

  describe('writing activities', () => {
    it('publishes once, feeds search in the same transaction and tells the others', async () => {
      const outboxBefore = await count(`SELECT count(*)::int AS n FROM search_outbox WHERE kind = 'activity'`);
      const activity = await publishedActivity({ tags: ['Koffie'] });
      expect(activity.tags).toEqual(['koffie-drinken']);
      await activities.publish(provider, activity.id);
      expect(await count(`SELECT count(*)::int AS n FROM search_outbox WHERE kind = 'activity'`)).toBe(outboxBefore + 1);
      expect(events.map((e) => e.name)).toEqual([ACTIVITY_PUBLISHED]);
      expect(events[0].event).toMatchObject({ activityId: activity.id, wijkCode: CENTRUM, tags: ['koffie-drinken'] });
    });

    it('cancels for good, removes it from search and names everyone signed up', async () => {
      const activity = await publishedActivity({ capacity: 1 });
      const [a, b] = await residents(2);
      await signUps.signUp(a, activity.id);
      await signUps.signUp(b, activity.id);
      events.length = 0;
      const cancelled = await activities.cancel(provider, activity.id, 'De zaal is niet beschikbaar.');
      expect(cancelled.status).toBe(ActivityStatus.CANCELLED);
      expect(await count(`SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = $1 AND op = 'delete'`, [activity.id])).toBe(1);
      expect(events).toHaveLength(1);
      const event = events[0].event as ActivityCancelled;
      expect(event).toBeInstanceOf(ActivityCancelled);
      expect([...event.signedUpUserIds].sort()).toEqual([a.userId, b.userId].sort());
      expect(event.reason).toBe('De zaal is niet beschikbaar.');
      // A second cancel changes nothing and says nothing.
      await activities.cancel(provider, activity.id);
      expect(events).toHaveLength(1);
      await expect(activities.publish(provider, activity.id)).rejects.toMatchObject({ publicCode: 'CONFLICT' });
    });

    it("refuses another organisation's provider (FORBIDDEN) and lets an admin act", async () => {
      const activity = await publishedActivity();
      await expect(activities.update(otherProvider, { id: activity.id, title: 'Overgenomen' })).rejects.toMatchObject({
        publicCode: 'FORBIDDEN',
      });
      await expect(activities.cancel(otherProvider, activity.id)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      expect((await activities.update(admin, { id: activity.id, title: 'Door beheer aangepast' })).title).toBe('Door beheer aangepast');
    });

    it('shows drafts only to their own organisation', async () => {
      const draft = await activities.create(provider, {
        title: 'Nog geheim',
        wijkCode: OOST,
        location: { name: 'Het Hof' },
        schedule: { startsAt: daysAhead(6), endsAt: daysAhead(6, 12) },
      } as CreateActivityInput);
      await expect(activities.get(undefined, draft.id)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      await expect(activities.get(otherProvider, draft.id)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      // Writing to it must not tell another organisation that it exists either.
      await expect(activities.publish(otherProvider, draft.id)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      await expect(activities.update(otherProvider, { id: draft.id, title: 'Overgenomen' })).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      expect((await activities.get(provider, draft.id)).id).toBe(draft.id);
      const publicPage = await activities.list(undefined, { wijkCode: OOST }, { first: 50 });
      expect(publicPage.nodes.map((a) => a.id)).not.toContain(draft.id);
      const ownPage = await activities.list(provider, { wijkCode: OOST }, { first: 50 });
      expect(ownPage.nodes.map((a) => a.id)).toContain(draft.id);
    });
  });

  describe('provider API (upsertActivities)', () => {
    it('stores a batch once: the same batch again changes nothing, not even updated_at or the outbox', async () => {
      const batch = Array.from({ length: 30 }, (_, i) => item(`idem-${i}`, i % 3 === 0 ? { schedule: { startsAt: daysAhead(1).toISOString(), rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', durationMinutes: 90 } } : {}));
      const first = await upserts.upsert(token, batch);
      expect(first).toMatchObject({ created: 30, updated: 0, unchanged: 0, failed: 0 });
      expect(events.filter((e) => e.name === ACTIVITY_PUBLISHED)).toHaveLength(30);

      const stamps = async () =>
        (await dataSource.query(`SELECT external_id, updated_at FROM activity WHERE external_id LIKE 'idem-%' ORDER BY external_id`)) as unknown[];
      const before = await stamps();
      const outbox = await count(`SELECT count(*)::int AS n FROM search_outbox`);
      events.length = 0;

      const second = await upserts.upsert(token, JSON.parse(JSON.stringify(batch)));
      expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 30, failed: 0 });
      expect(second.items.map((i) => i.activityId)).toEqual(first.items.map((i) => i.activityId));
      expect(await stamps()).toEqual(before);
      expect(await count(`SELECT count(*)::int AS n FROM search_outbox`)).toBe(outbox);
      expect(events).toHaveLength(0);
      expect(await count(`SELECT count(*)::int AS n FROM activity WHERE external_id LIKE 'idem-%'`)).toBe(30);

      const changed = batch.map((b, i) => (i === 7 ? { ...b, title: 'Koffieochtend met taart' } : b));
      const third = await upserts.upsert(token, changed);
      expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 29 });
      expect(await count(`SELECT count(*)::int AS n FROM search_outbox`)).toBe(outbox + 1);
      expect(events.map((e) => e.name)).toEqual([ACTIVITY_CHANGED]);
    });

    it('stores the valid items and reports each invalid one with its fields', async () => {
      const batch = [
        item('mixed-0'),
        item('mixed-1', { title: '', capacity: 0 }),
        item('mixed-2', { wijkCode: 'WK049999' }),
        item('mixed-3', { tags: ['onderwaterrugby'] }),
        item('mixed-4', { schedule: { startsAt: daysAhead(2).toISOString() } }),
        item('mixed-0'),
        { title: 'zonder sleutel' },
        item('mixed-7', { status: 'DRAFT' }),
      ];
      const report = await upserts.upsert(token, batch);
      expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 6 });
      expect(report.items.map((i) => i.index)).toEqual([0, 7]);
      const byIndex = new Map(report.errors.map((e) => [e.index, e]));
      expect(byIndex.get(1)?.fields.map((f) => f.field).sort()).toEqual(['capacity', 'title']);
      expect(byIndex.get(2)?.fields).toEqual([{ field: 'wijkCode', message: 'unknown wijk WK049999' }]);
      expect(byIndex.get(3)?.fields[0].field).toBe('tags');
      expect(byIndex.get(4)?.fields).toEqual([{ field: 'schedule.endsAt', message: 'endsAt is required for a one-off activity' }]);
      expect(byIndex.get(5)).toMatchObject({ externalId: 'mixed-0', fields: [{ field: 'externalId', message: 'the same externalId as item 0' }] });
      expect(byIndex.get(6)?.externalId).toBeNull();
      expect(await count(`SELECT count(*)::int AS n FROM activity WHERE external_id LIKE 'mixed-%'`)).toBe(2);
      expect(await count(`SELECT count(*)::int AS n FROM activity WHERE external_id = 'mixed-7' AND status = 'DRAFT'`)).toBe(1);
    });

    it('rolls back an item that fails half-way through its writes, and keeps going', async () => {
      // Fails the search-outbox insert that follows a successful activity insert, for one title only.
      await dataSource.query(`
        CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM activity WHERE id = NEW.entity_id AND title = 'BOOM') THEN
            RAISE EXCEPTION 'boom' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END $$`);
      await dataSource.query(`CREATE TRIGGER refuse_boom BEFORE INSERT ON search_outbox FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
      try {
        const report = await upserts.upsert(token, [item('half-0'), item('half-1', { title: 'BOOM' }), item('half-2')]);
        expect(report).toMatchObject({ created: 2, failed: 1 });
        expect(report.errors[0]).toMatchObject({ index: 1, externalId: 'half-1' });
        expect(await count(`SELECT count(*)::int AS n FROM activity WHERE title = 'BOOM'`)).toBe(0);
        expect(await count(`SELECT count(*)::int AS n FROM activity WHERE external_id IN ('half-0', 'half-2')`)).toBe(2);
      } finally {
        await dataSource.query(`DROP TRIGGER refuse_boom ON search_outbox`);
        await dataSource.query(`DROP FUNCTION refuse_boom()`);
      }
    });

    it('refuses more than 500 items as a whole, and a token cannot write for another organisation', async () => {
      await expect(upserts.upsert(token, Array.from({ length: 501 }, (_, i) => item(`many-${i}`)))).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
      });
      await expect(upserts.upsert(token, [item('x')], otherProvider.organisationId)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    });

    it('does not reopen a cancelled activity', async () => {
      const report = await upserts.upsert(token, [item('gone')]);
      await activities.cancel(token, report.items[0].activityId);
      const again = await upserts.upsert(token, [item('gone')]);
      expect(again.errors[0].fields[0].field).toBe('externalId');
    });
  });

  describe('occurrences', () => {
    it('expands recurring activities within the window and refuses a window that is too long', async () => {
      const start = daysAhead(1, 8);
      await upserts.upsert(token, [
        item('weekly-walk', {
          wijkCode: OOST,
          title: 'Wandelgroep',
          tags: ['wandelen'],
          schedule: { startsAt: start.toISOString(), rrule: 'FREQ=WEEKLY', durationMinutes: 90 },
        }),
      ]);
      const from = new Date(start.getTime() - 3_600_000);
      const dates = await activities.occurrences({ from, to: new Date(from.getTime() + 28 * DAY), wijkCode: OOST, first: 100 });
      const walks = dates.filter((o) => o.activity.externalId === 'weekly-walk');
      expect(walks).toHaveLength(4);
      expect(walks[1].start.getTime() - walks[0].start.getTime()).toBeGreaterThanOrEqual(7 * DAY - 3_600_000);
      await expect(activities.occurrences({ from, to: new Date(from.getTime() + 93 * DAY), first: 10 })).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
      });
    });
  });
});
