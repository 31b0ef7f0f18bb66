import { Test, type TestingModule } from '@nestjs/testing';
import { ActivitiesModule } from '@buurtbrug/activities';
import { AuthModule, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule, SubscriberPresence } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { ResidentsModule } from '@buurtbrug/residents';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { CurationService } from './curation.service.js';
import { MatchCandidateLoader } from './match-candidate.loader.js';
import { MatchResponseService } from './match-response.service.js';
import { CurationDecision, MatchResponse, MatchStatus } from './match-status.enum.js';
import { MatchingError } from './matching.errors.js';
import { MatchingModule } from './matching.module.js';
import { MATCH_PROPOSED } from './matching.events.js';
import { MatchingService } from './matching.service.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';
const FAR = 'WK040299';
const DAY = 86_400_000;

function principal(userId: string, role: Role, wijkCodes: string[] = []): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes, organisationId: null };
}

describe('matching (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let db: DataSource;
  let matching: MatchingService;
  let curation: CurationService;
  let responses: MatchResponseService;
  let organisationId: string;
  let worker1: UserPrincipal;
  let worker2: UserPrincipal;

  const count = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { n: number }[])[0].n;

  async function account(name: string, role = Role.RESIDENT, wijkCodes: string[] = []): Promise<string> {
    const [row] = (await db.query(`INSERT INTO user_account (role, display_name, wijk_codes) VALUES ($1, $2, $3) RETURNING id`, [role, name, wijkCodes])) as { id: string }[];
    return row.id;
  }

  async function resident(name: string, profile: { wijk?: string; interests?: string[]; curated?: boolean; radius?: number; consent?: boolean } = {}): Promise<string> {
    const id = await account(name);
    await db.query(
      `INSERT INTO resident_profile (user_id, wijk_code, age_band, languages, interests, availability, travel_radius_km, needs, contact_preference, via_social_worker, wants_new_contacts)
       VALUES ($1, $2, 'AGE_65_TO_74', '{nl}', $3, '{TUE_MORNING,THU_AFTERNOON}', $4, '{}', $5, $6, true)`,
      [id, profile.wijk ?? CENTRUM, profile.interests ?? ['wandelen'], profile.radius ?? 3, profile.curated ? 'PHONE_VIA_SOCIAL_WORKER' : 'APP', profile.curated ?? false],
    );
    if (profile.consent !== false) await db.query(`INSERT INTO resident_consent (user_id, kind, method) VALUES ($1, 'MATCHING', 'APP')`, [id]);
    return id;
  }

  async function activity(title: string, tags: string[], options: { wijk?: string; capacity?: number | null } = {}): Promise<string> {
    const starts = new Date(Date.now() + 3 * DAY);
    const [row] = (await db.query(
      `INSERT INTO activity (organisation_id, title, tags, wijk_code, location_name, starts_at, ends_at, capacity, walk_in, status, published_at)
       VALUES ($1, $2, $3, $4, 'Buurthuis', $5, $6, $7, true, 'PUBLISHED', now()) RETURNING id`,
      [organisationId, title, tags, options.wijk ?? CENTRUM, starts, new Date(starts.getTime() + 2 * 3_600_000), options.capacity === undefined ? 20 : options.capacity],
    )) as { id: string }[];
    return row.id;
  }

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(test.runtime), AuthModule, WijkenModule, TagsModule, ActivitiesModule, ResidentsModule, MatchingModule],
    }).compile();
    await moduleRef.init();
    db = moduleRef.get(DataSource);
    matching = moduleRef.get(MatchingService);
    curation = moduleRef.get(CurationService);
    responses = moduleRef.get(MatchResponseService);
    await db.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950),
        ('${FAR}', 'Ver weg', 'GM0402', 'Hilversum', 52.4000, 5.5000)`);
    // This suite's own small taxonomy, in place of the standard one the migrations bring.
    await db.query(`DELETE FROM tag`);
    await db.query(`
      INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES
        ('wandelen', 'Wandelen', 'Walking', '{}', 'interest'),
        ('zingen', 'Zingen', 'Singing', '{}', 'interest'),
        ('boodschappen', 'Boodschappen doen', 'Grocery shopping', '{}', 'talent')`);
    const [org] = (await db.query(`INSERT INTO organisation (name, kind, status, approved_at) VALUES ('Buurtwerk', 'WELFARE', 'APPROVED', now()) RETURNING id`)) as { id: string }[];
    organisationId = org.id;
    worker1 = principal(await account('Fatima', Role.SOCIAL_WORKER, [CENTRUM]), Role.SOCIAL_WORKER, [CENTRUM]);
    worker2 = principal(await account('Sven', Role.SOCIAL_WORKER, [CENTRUM, OOST]), Role.SOCIAL_WORKER, [CENTRUM, OOST]);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  it('proposes an activity to residents who fit, once, however often the job runs', async () => {
    const anna = await resident('Anna', { interests: ['wandelen'] });
    const bert = await resident('Bert', { interests: ['zingen'] });
    const carla = await resident('Carla', { interests: ['wandelen'], wijk: OOST });
    const noConsent = await resident('Dirk', { interests: ['wandelen'], consent: false });
    const walk = await activity('Wandelgroep', ['wandelen']);

    const first = await matching.rematchActivity(walk);
    expect(first.map((m) => m.resident_id).sort()).toEqual([anna, carla].sort());
    expect(first.every((m) => m.status === MatchStatus.OFFERED && m.offered_at !== null)).toBe(true);
    expect(first[0].reasons[0]).toEqual({ nl: 'Je houdt van wandelen', en: 'You like walking' });

    // Running again (a retry, a second worker, the nightly batch) changes nothing.
    expect(await matching.rematchActivity(walk)).toEqual([]);
    expect(await matching.rematchWijk(CENTRUM)).toEqual([]);
    await Promise.all([matching.rematchResidents({ ids: [anna] }), matching.rematchResidents({ ids: [anna] })]);
    expect(await count(`SELECT count(*)::int AS n FROM match WHERE activity_id = $1`, [walk])).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM match WHERE resident_id = ANY($1)`, [[bert, noConsent]])).toBe(0);
  });

  it('never proposes a declined activity again within the cool-down', async () => {
    const eva = await resident('Eva', { interests: ['zingen'] });
    const choir = await activity('Koor', ['zingen']);
    const [offered] = (await matching.rematchResidents({ ids: [eva] })).filter((m) => m.activity_id === choir);
    const declined = await responses.respond(principal(eva, Role.RESIDENT), { id: offered.id, response: MatchResponse.DECLINE, reason: 'Niet mijn ding' });
    expect(declined.status).toBe(MatchStatus.DECLINED);
    expect(declined.declineReason).toBe('Niet mijn ding');
    expect(await matching.rematchResidents({ ids: [eva] })).toEqual([]);
    // Answering again is an illegal transition.
    await expect(responses.respond(principal(eva, Role.RESIDENT), { id: offered.id, response: MatchResponse.ACCEPT })).rejects.toMatchObject({ publicCode: 'CONFLICT' });
  });

  it('sends proposals for curated residents to the social workers; two deciding at once → one CONFLICT', async () => {
    const fien = await resident('Fien', { interests: ['wandelen'], curated: true });
    const [proposal] = await matching.rematchResidents({ ids: [fien] });
    expect(proposal.status).toBe(MatchStatus.AWAITING_CURATION);
    expect(proposal.offered_at).toBeNull();
    // The resident sees nothing yet.
    expect((await responses.list(principal(fien, Role.RESIDENT), { first: 20 })).nodes).toEqual([]);
    const queue = await curation.queue(worker1, null, 20);
    expect(queue.nodes.map((m) => m.id)).toContain(proposal.id);
    await expect(curation.queue(worker1, OOST, 20)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });

    const results = await Promise.allSettled([
      curation.curate(worker1, { id: proposal.id, decision: CurationDecision.APPROVE, note: 'Ik ga de eerste keer mee', warmHandover: true }),
      curation.curate(worker2, { id: proposal.id, decision: CurationDecision.REJECT }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(MatchingError);
    expect(lost[0].reason.publicCode).toBe('CONFLICT');
    const [row] = (await db.query(`SELECT status, curated_by FROM match WHERE id = $1`, [proposal.id])) as { status: string; curated_by: string }[];
    expect([MatchStatus.OFFERED, MatchStatus.REJECTED]).toContain(row.status);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'MATCH_CURATED'`, [proposal.id])).toBe(1);
  });

  it('signs up exactly as many residents as there are places when 20 accept at once', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => resident(`Deelnemer ${i}`, { interests: ['boodschappen'] })));
    const shop = await activity('Samen boodschappen', ['boodschappen'], { capacity: 5 });
    const proposals = (await matching.rematchActivity(shop)).filter((m) => m.activity_id === shop);
    expect(proposals.map((m) => m.resident_id).sort()).toEqual([...ids].sort());
    const byResident = new Map(proposals.map((m) => [m.resident_id, m.id]));
    const answers = await Promise.all(ids.map((id) => responses.respond(principal(id, Role.RESIDENT), { id: byResident.get(id)!, response: MatchResponse.ACCEPT })));
    expect(answers.every((m) => m.status === MatchStatus.ACCEPTED && m.signUpId)).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM activity_sign_up WHERE activity_id = $1 AND status = 'CONFIRMED'`, [shop])).toBe(5);
    expect(await count(`SELECT count(*)::int AS n FROM activity_sign_up WHERE activity_id = $1 AND status = 'WAITING'`, [shop])).toBe(15);
  });

  it('expires unanswered offers, creates follow-ups after the delay and learns from them', async () => {
    const gijs = await resident('Gijs', { interests: ['wandelen'], wijk: OOST });
    const hanna = await resident('Hanna', { interests: ['wandelen'], wijk: OOST });
    const walk = await activity('Ochtendwandeling', ['wandelen'], { wijk: OOST });
    const proposals = await matching.rematchActivity(walk);
    const forGijs = proposals.find((m) => m.resident_id === gijs)!;
    const forHanna = proposals.find((m) => m.resident_id === hanna)!;
    await db.query(`UPDATE match SET offered_at = now() - interval '15 days' WHERE id = $1`, [forGijs.id]);
    const expired = await matching.expireUnanswered();
    expect(expired.map((m) => m.id)).toEqual([forGijs.id]);
    expect(await matching.expireUnanswered()).toEqual([]);

    await responses.respond(principal(hanna, Role.RESIDENT), { id: forHanna.id, response: MatchResponse.ACCEPT });
    expect(await matching.createFollowUps()).toEqual([]);
    await db.query(`UPDATE match SET responded_at = now() - interval '8 days' WHERE id = $1`, [forHanna.id]);
    expect((await matching.createFollowUps()).map((m) => m.id)).toEqual([forHanna.id]);
    expect(await matching.createFollowUps()).toEqual([]);
    const due = await responses.followUps(principal(hanna, Role.RESIDENT), 20);
    expect(due.nodes.map((m) => m.id)).toEqual([forHanna.id]);
    const done = await responses.recordFollowUp(principal(hanna, Role.RESIDENT), { matchId: forHanna.id, outcome: { wentWell: true, wantsMore: true, note: 'Gezellig' } });
    expect(done.status).toBe(MatchStatus.FOLLOWED_UP);
    // The outcome is what the scorer learns from, per tag and per organisation.
    const stats = await moduleRef.get(MatchCandidateLoader).outcomeStats();
    expect(stats.byTag.get('wandelen')).toMatchObject({ followedUp: 1, wentWell: 1 });
    expect(stats.byOrganisation.get(organisationId)!.followedUp).toBe(1);
    await expect(responses.recordFollowUp(principal(hanna, Role.RESIDENT), { matchId: forHanna.id, outcome: { wentWell: true, wantsMore: true } })).rejects.toMatchObject({ publicCode: 'CONFLICT' });
    // Someone else's match does not exist for you.
    await expect(responses.recordFollowUp(principal(gijs, Role.RESIDENT), { matchId: forHanna.id, outcome: { wentWell: false, wantsMore: false } })).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
  });

  it('matches an offer with a request; contact details only once both accepted', async () => {
    const ina = await resident('Ina', { interests: ['zingen'] });
    const joop = await resident('Joop', { interests: ['zingen'] });
    const [request] = (await db.query(`INSERT INTO post (author_id, kind, title, tags, wijk_code) VALUES ($1, 'REQUEST', 'Wie doet boodschappen?', '{boodschappen}', $2) RETURNING id`, [ina, CENTRUM])) as { id: string }[];
    const [offer] = (await db.query(`INSERT INTO post (author_id, kind, title, tags, wijk_code) VALUES ($1, 'OFFER', 'Ik doe boodschappen', '{boodschappen}', $2) RETURNING id`, [joop, OOST])) as { id: string }[];
    const [match, ...more] = await matching.matchPosts(CENTRUM);
    expect(more).toEqual([]);
    expect(match).toMatchObject({ kind: 'OFFER_REQUEST', resident_id: ina, counterpart_resident_id: joop, offer_post_id: offer.id, request_post_id: request.id, status: 'OFFERED' });
    expect(await matching.matchPosts(CENTRUM)).toEqual([]);

    const half = await responses.respond(principal(ina, Role.RESIDENT), { id: match.id, response: MatchResponse.ACCEPT, contact: '06-12345678' });
    expect(half.status).toBe(MatchStatus.OFFERED);
    const joopList = await responses.list(principal(joop, Role.RESIDENT), { first: 20 });
    expect(joopList.nodes.map((m) => m.id)).toContain(match.id);
    const both = await responses.respond(principal(joop, Role.RESIDENT), { id: match.id, response: MatchResponse.ACCEPT, contact: 'joop@example.nl' });
    expect(both.status).toBe(MatchStatus.ACCEPTED);
    expect(both.residentContact).toBe('06-12345678');
    expect(both.counterpartContact).toBe('joop@example.nl');

    // Neither post is looking for anyone any more (the MatchAccepted listener, after commit).
    const statuses = async () => ((await db.query(`SELECT status FROM post WHERE id = ANY($1) ORDER BY status`, [[offer.id, request.id]])) as { status: string }[]).map((r) => r.status);
    for (let i = 0; i < 50 && (await statuses()).some((s) => s !== 'MATCHED'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await statuses()).toEqual(['MATCHED', 'MATCHED']);

    // Closing the post ends open proposals for it (here: none left open).
    expect(await matching.endForPost(offer.id)).toEqual([]);
  });

  it('accepting signs up and answers in one step: a cancelled activity or a second click leaves no sign-up behind', async () => {
    const lies = await resident('Lies', { interests: ['zingen'], wijk: OOST });
    const choir = await activity('Buurtkoor', ['zingen'], { wijk: OOST });
    const [proposal] = (await matching.rematchResidents({ ids: [lies] })).filter((m) => m.activity_id === choir);
    const signUps = () => count(`SELECT count(*)::int AS n FROM activity_sign_up WHERE user_id = $1 AND status <> 'CANCELLED'`, [lies]);

    await db.query(`UPDATE activity SET status = 'CANCELLED' WHERE id = $1`, [choir]);
    await expect(responses.respond(principal(lies, Role.RESIDENT), { id: proposal.id, response: MatchResponse.ACCEPT })).rejects.toMatchObject({ publicCode: 'CONFLICT' });
    expect(await signUps()).toBe(0);
    expect(((await db.query(`SELECT status FROM match WHERE id = $1`, [proposal.id])) as { status: string }[])[0].status).toBe(MatchStatus.OFFERED);

    await db.query(`UPDATE activity SET status = 'PUBLISHED' WHERE id = $1`, [choir]);
    const clicks = await Promise.allSettled([1, 2].map(() => responses.respond(principal(lies, Role.RESIDENT), { id: proposal.id, response: MatchResponse.ACCEPT })));
    expect(clicks.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((clicks.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.publicCode).toBe('CONFLICT');
    expect(await signUps()).toBe(1);
  });

  it('writes the proposals of residents who are watching first', async () => {
    const [{ ids }] = (await db.query(
      `WITH accounts AS (
         INSERT INTO user_account (role, display_name) SELECT 'RESIDENT', 'Bewoner ' || n FROM generate_series(1, 450) AS n RETURNING id
       ), profiles AS (
         INSERT INTO resident_profile (user_id, wijk_code, age_band, languages, interests, availability, travel_radius_km, needs, contact_preference, via_social_worker, wants_new_contacts)
         SELECT id, '${FAR}', 'AGE_65_TO_74', '{nl}', '{tuinieren}', '{TUE_MORNING}', 5, '{}', 'APP', false, true FROM accounts RETURNING user_id
       ), consents AS (
         INSERT INTO resident_consent (user_id, kind, method) SELECT user_id, 'MATCHING', 'APP' FROM profiles RETURNING user_id
       ) SELECT array_agg(user_id::text ORDER BY user_id DESC) AS ids FROM consents`,
    )) as { ids: string[] }[];
    await db.query(`INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES ('tuinieren', 'Tuinieren', 'Gardening', '{}', 'interest') ON CONFLICT DO NOTHING`);
    // The last by id would otherwise be written in the last batch.
    const watcher = ids[0];
    const leave = moduleRef.get(SubscriberPresence).enter(MATCH_PROPOSED, watcher);
    try {
      const created = await matching.rematchActivity(await activity('Moestuin', ['tuinieren'], { wijk: FAR }));
      expect(created).toHaveLength(450);
      expect(created.findIndex((m) => m.resident_id === watcher)).toBeLessThan(200);
    } finally {
      leave();
    }
  });

  it('matches only the listening residents within reach in the watchers job; the area job does the rest, once', async () => {
    const listening = await resident('Els', { interests: ['zingen'], wijk: OOST });
    const listeningFar = await resident('Frits', { interests: ['zingen'], wijk: FAR });
    const notListening = await resident('Greet', { interests: ['zingen'], wijk: OOST });
    const presence = moduleRef.get(SubscriberPresence);
    const leaveNear = presence.enter(MATCH_PROPOSED, listening);
    const leaveFar = presence.enter(MATCH_PROPOSED, listeningFar);
    try {
      const choir = await activity('Buurtkoor', ['zingen'], { wijk: OOST });
      const forChoir = (rows: { activity_id: string | null; resident_id: string }[]) => rows.filter((m) => m.activity_id === choir).map((m) => m.resident_id);
      expect(forChoir(await matching.rematchActivityForWatchers(choir))).toEqual([listening]);
      const rest = forChoir(await matching.rematchActivity(choir));
      expect(rest).toContain(notListening);
      expect(rest).not.toContain(listening);
      expect(rest).not.toContain(listeningFar);
    } finally {
      leaveNear();
      leaveFar();
    }
  });

  it('lists own matches since a moment, for catching up', async () => {
    const kees = await resident('Kees', { interests: ['zingen'], wijk: OOST });
    const before = new Date(Date.now() - 1000);
    await activity('Zangmiddag', ['zingen'], { wijk: OOST });
    await matching.rematchResidents({ ids: [kees] });
    const page = await responses.list(principal(kees, Role.RESIDENT), { first: 20, since: before });
    expect(page.nodes.length).toBeGreaterThan(0);
    const later = await responses.list(principal(kees, Role.RESIDENT), { first: 20, since: new Date(Date.now() + 60_000) });
    expect(later.nodes).toEqual([]);
    const firstPage = await responses.list(principal(kees, Role.RESIDENT), { first: 1 });
    if (page.nodes.length > 1) {
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      const second = await responses.list(principal(kees, Role.RESIDENT), { first: 1, after: firstPage.pageInfo.endCursor! });
      expect(second.nodes[0].id).not.toBe(firstPage.nodes[0].id);
    }
  });
});
