import { EventEmitter2 } from '@nestjs/event-emitter';
import { Test, type TestingModule } from '@nestjs/testing';
import { AuthModule, AuthService, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { PersonalDataRegistry, RESIDENT_ERASED, ResidentErased, ResidentProfileService, ResidentsModule } from '@buurtbrug/residents';
import { STANDARD_TAGS, TagsService } from '@buurtbrug/tags';
import { WijkImportService, WijkenModule } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { PostKind } from './post-kind.enum.js';
import { PostExpiryService } from './post-expiry.service.js';
import { PostService } from './post.service.js';
import { PostStatus } from './post-status.js';
import { PostClosed, PostCreated, PostExpired, PostExpiringSoon } from './talents-wants.events.js';
import { TalentsWantsModule } from './talents-wants.module.js';

/** Three wijken: HOME and NEXT are about 1.3 km apart, FAR is 30 km away. */
const HOME = 'WK090101';
const NEXT = 'WK090102';
const FAR = 'WK090103';
const WIJKEN_CSV = [
  'wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon',
  `${HOME},Dorp,GM0901,Proefstad,,,,52.1000,5.1000`,
  `${NEXT},Veld,GM0901,Proefstad,,,,52.1100,5.1100`,
  `${FAR},Verweg,GM0901,Proefstad,,,,52.3000,5.5000`,
].join('\n');

function principal(userId: string, role: Role, wijkCodes: string[] = []): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes, organisationId: null };
}

describe('talents-wants (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let auth: AuthService;
  let posts: PostService;
  let expiry: PostExpiryService;
  const events: { name: string; event: any }[] = [];

  let anna: UserPrincipal; // lives in HOME
  let bert: UserPrincipal; // lives in NEXT
  let carla: UserPrincipal; // lives in FAR
  let noProfile: UserPrincipal;
  let workerHome: UserPrincipal;
  let workerFar: UserPrincipal;
  let admin: UserPrincipal;

  const outboxFor = async (id: string) =>
    ((await dataSource.query(`SELECT op FROM search_outbox WHERE kind = 'post' AND entity_id = $1 ORDER BY seq`, [id])) as { op: string }[]).map(
      (row) => row.op,
    );
  const count = async (sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as { n: number }[])[0].n;
  const eventsNamed = (name: string) => events.filter((e) => e.name === name).map((e) => e.event);

  let seq = 0;
  async function resident(name: string, wijkCode?: string): Promise<UserPrincipal> {
    const account = await auth.createAccount({
      email: `${name.toLowerCase()}${++seq}@example.nl`,
      password: 'een-goed-wachtwoord',
      displayName: name,
      role: Role.RESIDENT,
    });
    const who = principal(account.id, Role.RESIDENT);
    if (wijkCode) await moduleRef.get(ResidentProfileService).updateMyProfile(who, { wijkCode, consents: { profileProcessing: true } });
    return who;
  }

  const offer = (title = 'Ik help graag met de computer') => ({ kind: PostKind.OFFER, title, text: 'Op dinsdagmiddag, bij jou thuis.', tags: ['computer'] });

  beforeAll(async () => {
    test = await createTestRuntime({ JOBS_ENABLED: 'false' });
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(test.runtime), AuthModule, WijkenModule, ResidentsModule, TalentsWantsModule],
    }).compile();
    // init: lifecycle hooks register the export contributor and the ResidentErased listener.
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    auth = moduleRef.get(AuthService);
    posts = moduleRef.get(PostService);
    expiry = moduleRef.get(PostExpiryService);
    const emitter = moduleRef.get(EventEmitter2);
    for (const name of [PostCreated.eventName, PostClosed.eventName, PostExpired.eventName, PostExpiringSoon.eventName]) {
      emitter.on(name, (event: unknown) => events.push({ name, event }));
    }
    expect((await moduleRef.get(WijkImportService).importCsv(WIJKEN_CSV)).errors).toEqual([]);
    await moduleRef.get(TagsService).upsertMany(STANDARD_TAGS);

    anna = await resident('Anna de Vries', HOME);
    bert = await resident('Bert', NEXT);
    carla = await resident('Carla', FAR);
    noProfile = await resident('Nora');
    const sw1 = await auth.createAccount({ email: 'sw-home@example.nl', password: 'een-goed-wachtwoord', displayName: 'Fatima', role: Role.SOCIAL_WORKER, wijkCodes: [HOME] });
    const sw2 = await auth.createAccount({ email: 'sw-far@example.nl', password: 'een-goed-wachtwoord', displayName: 'Sven', role: Role.SOCIAL_WORKER, wijkCodes: [FAR] });
    const adm = await auth.createAccount({ email: 'admin@example.nl', password: 'een-goed-wachtwoord', displayName: 'Beheer', role: Role.ADMIN });
    workerHome = principal(sw1.id, Role.SOCIAL_WORKER, [HOME]);
    workerFar = principal(sw2.id, Role.SOCIAL_WORKER, [FAR]);
    admin = principal(adm.id, Role.ADMIN);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  describe('createPost', () => {
    it('takes the wijk from the author’s profile, stores tag slugs, expires in 8 weeks and announces it', async () => {
      const before = Date.now();
      const { post, authorDisplayName, wijkName } = await posts.create(anna, offer());
      expect(post).toMatchObject({ authorId: anna.userId, wijkCode: HOME, status: PostStatus.OPEN, tags: ['computerhulp'], reminderSentAt: null });
      expect(authorDisplayName).toBe('Anna de Vries');
      expect(wijkName).toBe('Dorp');
      const weeks8 = 8 * 7 * 86_400_000;
      expect(post.expiresAt.getTime()).toBeGreaterThanOrEqual(before + weeks8 - 60_000);
      expect(post.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + weeks8 + 60_000);
      expect(await outboxFor(post.id)).toEqual(['upsert']);
      expect(eventsNamed(PostCreated.eventName)).toContainEqual(
        new PostCreated({ postId: post.id, kind: PostKind.OFFER, wijkCode: HOME, tags: ['computerhulp'], authorId: anna.userId }),
      );
    });

    it('asks a resident without a profile to fill it in first, and writes nothing', async () => {
      const rows = await count(`SELECT count(*)::int AS n FROM post`);
      await expect(posts.create(noProfile, offer())).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
        code: 'NO_PROFILE',
        message: expect.stringContaining('Vul eerst je profiel in'),
      });
      expect(await count(`SELECT count(*)::int AS n FROM post`)).toBe(rows);
    });

    it('allows a neighbouring wijk but not a far one, and refuses unknown tags', async () => {
      expect((await posts.create(anna, { ...offer('Samen koken in het buurthuis'), tags: ['koken'], wijkCode: NEXT })).post.wijkCode).toBe(NEXT);
      await expect(posts.create(anna, { ...offer(), wijkCode: FAR })).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
        fields: [{ field: 'wijkCode', message: expect.any(String) }],
      });
      await expect(posts.create(anna, { ...offer(), tags: ['paragliden-op-mars'] })).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
        fields: [{ field: 'tags', message: expect.stringContaining('paragliden-op-mars') }],
      });
    });

    it('lets a social worker post only for an on-behalf resident of their own wijken', async () => {
      // An on-behalf resident as the residents library stores one (no login, flagged on the
      // profile). Its intake service is not on its public entry; the e2e suite goes through
      // the createResidentOnBehalf mutation instead.
      const [account] = (await dataSource.query(
        `INSERT INTO user_account (role, display_name) VALUES ('RESIDENT', 'Gerrit Jansen') RETURNING id`,
      )) as { id: string }[];
      await dataSource.query(
        `INSERT INTO resident_profile (user_id, wijk_code, travel_radius_km, contact_preference, via_social_worker, wants_new_contacts, on_behalf, created_by)
         VALUES ($1, $2, 2, 'PHONE_VIA_SOCIAL_WORKER', true, true, true, $3)`,
        [account.id, HOME, workerHome.userId],
      );
      const created = await posts.create(workerHome, { kind: PostKind.REQUEST, title: 'Wie wil er samen wandelen?', tags: ['wandelen'] }, account.id);
      expect(created.post).toMatchObject({ authorId: account.id, wijkCode: HOME });
      expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'POST_CREATED_ON_BEHALF' AND subject_id = $1`, [created.post.id])).toBe(1);
      // The social worker may also close it; one of another wijk may not post for this resident.
      expect((await posts.close(workerHome, created.post.id)).post.status).toBe(PostStatus.CLOSED);
      await expect(posts.create(workerFar, offer(), account.id)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      // Nor for a resident who manages their own profile, nor without saying for whom.
      await expect(posts.create(workerHome, offer(), anna.userId)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      await expect(posts.create(workerHome, offer())).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'onBehalfOf' }] });
      // And a resident cannot post as someone else.
      await expect(posts.create(bert, offer(), anna.userId)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    });
  });

  describe('visibility', () => {
    let postId: string;

    beforeAll(async () => {
      postId = (await posts.create(anna, { kind: PostKind.REQUEST, title: 'Zoek iemand om mee te wandelen op dinsdag', tags: ['wandelen'] })).post.id;
    });

    const ids = async (who: UserPrincipal, filter = {}) => (await posts.list(who, filter, 100)).nodes.map((v) => v.post.id);

    it('shows a post to residents of the same and a neighbouring wijk, not a far one', async () => {
      expect(await ids(anna)).toContain(postId);
      expect(await ids(bert)).toContain(postId);
      expect(await ids(carla)).not.toContain(postId);
      expect((await posts.get(bert, postId)).post.id).toBe(postId);
      await expect(posts.get(carla, postId)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
    });

    it('shows it to social workers of those wijken and to admins, not to one far away', async () => {
      expect(await ids(workerHome)).toContain(postId);
      expect(await ids(workerFar)).not.toContain(postId);
      expect(await ids(admin)).toContain(postId);
      await expect(posts.get(workerFar, postId)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
    });

    it('filters on kind, tags (by any name) and wijk, and a far wijk filter does not widen the view', async () => {
      expect(await ids(bert, { kind: PostKind.REQUEST, tags: ['walking'] })).toContain(postId);
      expect(await ids(bert, { kind: PostKind.OFFER })).not.toContain(postId);
      expect(await ids(bert, { tags: ['koken'] })).not.toContain(postId);
      expect(await ids(bert, { wijkCode: HOME })).toContain(postId);
      expect(await ids(carla, { wijkCode: HOME })).toEqual([]);
    });

    it('hides others’ posts once they are not open, but the author still has them in myPosts', async () => {
      const closed = (await posts.create(anna, offer('Ik leen mijn ladder uit'))).post.id;
      await posts.close(anna, closed);
      expect(await ids(bert, { status: PostStatus.CLOSED })).not.toContain(closed);
      await expect(posts.get(bert, closed)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      expect(await ids(anna, { status: PostStatus.CLOSED })).toContain(closed);
      expect((await posts.mine(anna, 100)).nodes.map((v) => v.post.id)).toEqual(expect.arrayContaining([closed, postId]));
      expect(await ids(workerHome, { status: PostStatus.CLOSED })).toContain(closed);
    });

    it('pages newest first with a cursor, without gaps or repeats', async () => {
      const all = await ids(admin);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await posts.list(admin, {}, 2, after);
        seen.push(...page.nodes.map((v) => v.post.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(all);
      expect(all.length).toBeGreaterThan(2);
      await expect(posts.list(admin, {}, 2, 'bm90LWEtY3Vyc29y')).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT' });
    });

    it('lets only the author change a post: a neighbour gets FORBIDDEN, a far resident NOT_FOUND', async () => {
      await expect(posts.update(bert, postId, { title: 'Gekaapt' })).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      await expect(posts.close(carla, postId)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      expect((await posts.update(anna, postId, { text: 'Rondje door het park.' })).post.text).toBe('Rondje door het park.');
    });
  });

  describe('status transitions', () => {
    it('closes once: closing again changes nothing, writes no outbox row and announces nothing', async () => {
      const id = (await posts.create(anna, offer('Ik repareer fietsen'))).post.id;
      await posts.close(anna, id);
      await posts.close(anna, id);
      expect(await outboxFor(id)).toEqual(['upsert', 'delete']);
      expect(eventsNamed(PostClosed.eventName).filter((e: PostClosed) => e.postId === id)).toHaveLength(1);
    });

    it('refuses to change, extend or match a closed post with CONFLICT', async () => {
      const id = (await posts.create(anna, offer('Ik pas graag op je kat'))).post.id;
      await posts.close(anna, id);
      await expect(posts.update(anna, id, { title: 'Nieuwe titel' })).rejects.toMatchObject({ publicCode: 'CONFLICT' });
      await expect(posts.extend(anna, id)).rejects.toMatchObject({ publicCode: 'CONFLICT', message: expect.stringContaining('CLOSED → OPEN') });
      await expect(posts.markMatched(id)).rejects.toMatchObject({ publicCode: 'CONFLICT' });
    });

    it('goes OPEN → MATCHED → CLOSED', async () => {
      const id = (await posts.create(anna, offer('Ik lees graag voor'))).post.id;
      expect((await posts.markMatched(id)).status).toBe(PostStatus.MATCHED);
      await expect(posts.extend(anna, id)).rejects.toMatchObject({ publicCode: 'CONFLICT' });
      expect((await posts.close(anna, id)).post.status).toBe(PostStatus.CLOSED);
      expect(await outboxFor(id)).toEqual(['upsert', 'delete', 'delete']);
    });
  });

  describe('expiry and reminder jobs', () => {
    it('expires open posts past their date once, then extend opens them again for 8 weeks', async () => {
      const id = (await posts.create(anna, offer('Wie wil er samen koken?'))).post.id;
      const fresh = (await posts.create(anna, offer('Ik help met de tuin'))).post.id;
      await dataSource.query(`UPDATE post SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);

      const expired = await expiry.expireDue();
      expect(expired).toContain(id);
      expect(expired).not.toContain(fresh);
      expect(await expiry.expireDue()).toEqual([]);
      expect((await posts.get(anna, id)).post.status).toBe(PostStatus.EXPIRED);
      expect(await outboxFor(id)).toEqual(['upsert', 'delete']);
      expect(eventsNamed(PostExpired.eventName)).toContainEqual(new PostExpired({ postId: id, authorId: anna.userId }));
      // An expired post cannot be closed or edited (only extended), and is off the neighbours' board.
      await expect(posts.close(anna, id)).rejects.toMatchObject({ publicCode: 'CONFLICT' });
      await expect(posts.get(bert, id)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });

      const reopened = (await posts.extend(anna, id)).post;
      expect(reopened.status).toBe(PostStatus.OPEN);
      expect(reopened.expiresAt.getTime()).toBeGreaterThan(Date.now() + 8 * 7 * 86_400_000 - 60_000);
      expect(await outboxFor(id)).toEqual(['upsert', 'delete', 'upsert']);
    });

    it('reminds a week before expiry exactly once, and again only after an extension', async () => {
      const soon = (await posts.create(anna, offer('Ik breng je naar de dokter'))).post.id;
      const later = (await posts.create(anna, offer('Ik help met formulieren'))).post.id;
      await dataSource.query(`UPDATE post SET expires_at = now() + interval '3 days' WHERE id = $1`, [soon]);
      await dataSource.query(`UPDATE post SET expires_at = now() + interval '10 days' WHERE id = $1`, [later]);

      const first = await expiry.remindExpiringSoon();
      expect(first).toContain(soon);
      expect(first).not.toContain(later);
      expect(await expiry.remindExpiringSoon()).toEqual([]);
      const reminders = () => eventsNamed(PostExpiringSoon.eventName).filter((e: PostExpiringSoon) => e.postId === soon);
      expect(reminders()).toEqual([expect.objectContaining({ postId: soon, authorId: anna.userId })]);
      const [{ reminder_sent_at }] = (await dataSource.query(`SELECT reminder_sent_at FROM post WHERE id = $1`, [soon])) as { reminder_sent_at: Date | null }[];
      expect(reminder_sent_at).toBeInstanceOf(Date);

      // Extending clears the reminder; when the new date comes near, one new reminder follows.
      await posts.extend(anna, soon);
      expect(await expiry.remindExpiringSoon()).toEqual([]);
      await dataSource.query(`UPDATE post SET expires_at = now() + interval '2 days' WHERE id = $1`, [soon]);
      expect(await expiry.remindExpiringSoon()).toEqual([soon]);
      expect(reminders()).toHaveLength(2);
    });
  });

  describe('search outbox in the same transaction', () => {
    it('writes no post and no outbox row when the post write fails', async () => {
      const posts0 = await count(`SELECT count(*)::int AS n FROM post`);
      const outbox0 = await count(`SELECT count(*)::int AS n FROM search_outbox`);
      // Past the input validation: the database's own check refuses an 81-character title.
      await expect(posts.create(anna, offer('x'.repeat(81)))).rejects.toThrow();
      expect(await count(`SELECT count(*)::int AS n FROM post`)).toBe(posts0);
      expect(await count(`SELECT count(*)::int AS n FROM search_outbox`)).toBe(outbox0);
    });

    it('rolls the post change back when its outbox row cannot be written', async () => {
      const id = (await posts.create(anna, offer('Ik help met boodschappen'))).post.id;
      await dataSource.query(`ALTER TABLE search_outbox ADD CONSTRAINT refuse_posts_for_test CHECK (kind <> 'post') NOT VALID`);
      try {
        await expect(posts.update(anna, id, { title: 'Gewijzigde titel' })).rejects.toThrow();
        await expect(posts.close(anna, id)).rejects.toThrow();
        await expect(posts.create(anna, offer('Komt er nooit'))).rejects.toThrow();
      } finally {
        await dataSource.query(`ALTER TABLE search_outbox DROP CONSTRAINT refuse_posts_for_test`);
      }
      const { post } = await posts.get(anna, id);
      expect(post).toMatchObject({ title: 'Ik help met boodschappen', status: PostStatus.OPEN });
      expect(await count(`SELECT count(*)::int AS n FROM post WHERE title = 'Komt er nooit'`)).toBe(0);
      expect(await outboxFor(id)).toEqual(['upsert']);
    });
  });

  describe('personal data', () => {
    it('adds the resident’s own posts to exportMyData', async () => {
      const dora = await resident('Dora', HOME);
      const id = (await posts.create(dora, offer('Ik speel graag een spelletje'))).post.id;
      const contributor = moduleRef.get(PersonalDataRegistry).all().find((c) => c.section === 'posts');
      expect(contributor).toBeDefined();
      const exported = (await contributor!.collect(dora.userId)) as { id: string; title: string }[];
      expect(exported).toEqual([expect.objectContaining({ id, title: 'Ik speel graag een spelletje', status: 'OPEN' })]);
      expect(await contributor!.collect(anna.userId)).not.toContainEqual(expect.objectContaining({ id }));
    });

    it('deletes an erased resident’s posts with their search deletes', async () => {
      const eve = await resident('Eve', HOME);
      const ids = [(await posts.create(eve, offer('Ik geef gitaarles'))).post.id, (await posts.create(eve, offer('Ik kan goed naaien'))).post.id];
      await moduleRef.get(EventEmitter2).emitAsync(RESIDENT_ERASED, new ResidentErased(eve.userId, HOME));
      expect(await count(`SELECT count(*)::int AS n FROM post WHERE author_id = $1`, [eve.userId])).toBe(0);
      for (const id of ids) expect(await outboxFor(id)).toEqual(['upsert', 'delete']);
    });

    it('queues search deletes also when posts go with the account (ON DELETE CASCADE)', async () => {
      const finn = await resident('Finn', HOME);
      const id = (await posts.create(finn, offer('Ik help met de computer'))).post.id;
      await dataSource.query(`DELETE FROM user_account WHERE id = $1`, [finn.userId]);
      expect(await count(`SELECT count(*)::int AS n FROM post WHERE id = $1`, [id])).toBe(0);
      expect(await outboxFor(id)).toEqual(['upsert', 'delete']);
    });
  });
});
