/**
 * The wijk dashboard against a known city: residents, posts, sign-ups, matches, signals, buddy
 * trajectories and measurements are written straight into the tables (in the shapes of their
 * migrations), the expected figures are computed here in plain JS from the same seed, and every
 * cell of `wijkStats` and of the CSV must equal them — with the small-cell rule applied.
 */
import { AuthService, Role } from '@buurtbrug/auth';
import { type Answers, DE_JONG_GIERVELD_ITEMS, MeasurementAnswer, scoreDeJongGierveld, statCell, WIJK_STATS_COLUMNS } from '@buurtbrug/monitoring';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BIG = 'WK040201';
const SMALL = 'WK040202';
const PASSWORD = 'een-goed-wachtwoord';
const DAY = 86_400_000;
const NOW = Date.now();
const FROM = new Date(NOW - 90 * DAY);
const TO = new Date(NOW + DAY);
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY);
const inPeriod = (d: Date | null | undefined) => !!d && d >= FROM && d < TO;

type MatchStatus = 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'FOLLOWED_UP';
interface SeedResident { id: string; wijk: string; createdAt: Date }
interface SeedPost { author: string; wijk: string; kind: 'OFFER' | 'REQUEST'; status: 'OPEN' | 'CLOSED'; createdAt: Date }
interface SeedMatch {
  kind: 'RESIDENT_ACTIVITY' | 'OFFER_REQUEST';
  resident: string;
  counterpart: string | null;
  wijk: string;
  status: MatchStatus;
  proposedAt: Date;
  residentAcceptedAt: Date | null;
  counterpartAcceptedAt: Date | null;
  respondedAt: Date | null;
}
interface SeedSignal { wijk: string; status: 'NEW' | 'CONTACTED' | 'INTAKE_DONE' | 'NO_ACTION'; createdAt: Date }
interface SeedBuddy { resident: string; wijk: string; startedOn: string; endedOn: string | null }
interface SeedMeasurement { resident: string; wijk: string; moment: 'T0' | 'T1'; answers: Answers; takenAt: Date }

const { YES, MORE_OR_LESS, NO } = MeasurementAnswer;
const ANSWER_SETS: MeasurementAnswer[][] = [
  [YES, YES, YES, NO, NO, NO],
  [YES, MORE_OR_LESS, NO, NO, YES, YES],
  [NO, NO, NO, YES, YES, YES],
  [MORE_OR_LESS, YES, NO, MORE_OR_LESS, NO, YES],
  [NO, YES, NO, YES, MORE_OR_LESS, YES],
];
const answersOf = (values: MeasurementAnswer[]) => Object.fromEntries(DE_JONG_GIERVELD_ITEMS.map((item, i) => [item.key, values[i]])) as Answers;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Buddy trajectories keep local (Amsterdam) calendar dates; the seed keeps clear of midnight. */
const localDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);

describe('wijk dashboard (wijkStats and its CSV)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let resident: string;
  let socialWorker: string;
  const residents: SeedResident[] = [];
  const posts: SeedPost[] = [];
  const signUps: { user: string; createdAt: Date }[] = [];
  const matches: SeedMatch[] = [];
  const signals: SeedSignal[] = [];
  const buddies: SeedBuddy[] = [];
  const measurements: SeedMeasurement[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const auth = t.app.get(AuthService);
    await db.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${BIG}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${SMALL}', 'Oost, "De Meent"', 'GM0402', 'Hilversum', 52.2260, 5.1950)`);
    await auth.createAccount({ email: 'beheer@example.nl', password: PASSWORD, displayName: 'Beheer', role: Role.ADMIN });
    await auth.createAccount({ email: 'inwoner@example.nl', password: PASSWORD, displayName: 'Inwoner', role: Role.RESIDENT });
    await auth.createAccount({ email: 'sociaal@example.nl', password: PASSWORD, displayName: 'Sociaal', role: Role.SOCIAL_WORKER, wijkCodes: [BIG] });
    admin = await login(t.url, 'beheer@example.nl', PASSWORD);
    resident = await login(t.url, 'inwoner@example.nl', PASSWORD);
    socialWorker = await login(t.url, 'sociaal@example.nl', PASSWORD);

    // ---- the seed, as data
    const ids = async (n: number) => ((await db.query(`INSERT INTO user_account (role, display_name) SELECT 'RESIDENT', 'Inwoner ' || g FROM generate_series(1, $1) g RETURNING id`, [n])) as { id: string }[]).map((r) => r.id);
    const big = await ids(30);
    const small = await ids(4);
    const [volunteer] = await ids(1);
    big.forEach((id, i) => residents.push({ id, wijk: BIG, createdAt: at(100 + i) }));
    small.forEach((id, i) => residents.push({ id, wijk: SMALL, createdAt: at(50 + i) }));
    // Registered after the period: counts nowhere in the share.
    const [late] = await ids(1);
    residents.push({ id: late, wijk: BIG, createdAt: new Date(NOW + 2 * DAY) });

    for (let i = 0; i < 12; i++) posts.push({ author: big[i], wijk: BIG, kind: 'OFFER', status: 'OPEN', createdAt: at(10 + i) });
    posts.push({ author: big[0], wijk: BIG, kind: 'OFFER', status: 'OPEN', createdAt: at(5) }); // a second offer of the same person
    for (let i = 12; i < 15; i++) posts.push({ author: big[i], wijk: BIG, kind: 'OFFER', status: 'CLOSED', createdAt: at(20) });
    for (let i = 15; i < 27; i++) posts.push({ author: big[i], wijk: BIG, kind: 'REQUEST', status: 'OPEN', createdAt: at(200) });
    posts.push({ author: small[0], wijk: SMALL, kind: 'REQUEST', status: 'OPEN', createdAt: at(3) });
    signUps.push({ user: big[27], createdAt: at(7) }, { user: big[28], createdAt: at(8) }, { user: big[29], createdAt: at(150) }, { user: small[1], createdAt: at(4) });

    const ra = (i: number, status: MatchStatus, days = 30): SeedMatch => ({
      kind: 'RESIDENT_ACTIVITY',
      resident: big[i],
      counterpart: null,
      wijk: BIG,
      status,
      proposedAt: at(days + 5),
      residentAcceptedAt: status === 'ACCEPTED' || status === 'FOLLOWED_UP' ? at(days) : null,
      counterpartAcceptedAt: null,
      respondedAt: status === 'OFFERED' ? null : at(days),
    });
    for (let i = 0; i < 10; i++) matches.push(ra(i, 'FOLLOWED_UP', 30 + i));
    for (let i = 10; i < 12; i++) matches.push(ra(i, 'ACCEPTED', 40));
    for (let i = 12; i < 16; i++) matches.push(ra(i, 'DECLINED'));
    for (let i = 16; i < 20; i++) matches.push(ra(i, 'OFFERED', 2));
    matches.push(ra(22, 'ACCEPTED', 120)); // before the period: a first match, but not in this period's funnel
    matches.push({
      kind: 'OFFER_REQUEST',
      resident: big[20],
      counterpart: big[21],
      wijk: BIG,
      status: 'ACCEPTED',
      proposedAt: at(50),
      residentAcceptedAt: at(48),
      counterpartAcceptedAt: at(45),
      respondedAt: at(45),
    });
    matches.push({ ...ra(0, 'OFFERED', 1), resident: small[2], wijk: SMALL });

    for (let i = 0; i < 11; i++) signals.push({ wijk: BIG, status: 'NEW', createdAt: at(5 + i) });
    for (let i = 0; i < 3; i++) signals.push({ wijk: BIG, status: 'CONTACTED', createdAt: at(20) });
    for (let i = 0; i < 10; i++) signals.push({ wijk: BIG, status: 'NO_ACTION', createdAt: at(30) });
    signals.push({ wijk: BIG, status: 'NEW', createdAt: at(200) }); // before the period
    signals.push({ wijk: SMALL, status: 'INTAKE_DONE', createdAt: at(10) });

    // T0 95 days ago, T1 2 days ago for 24 residents of BIG and 2 of SMALL; one T1 long ago.
    for (let i = 0; i < 24; i++) {
      measurements.push({ resident: big[i], wijk: BIG, moment: 'T0', answers: answersOf(ANSWER_SETS[i % 5]), takenAt: at(95) });
      measurements.push({ resident: big[i], wijk: BIG, moment: 'T1', answers: answersOf(ANSWER_SETS[(i * 2 + 1) % 5]), takenAt: at(2) });
    }
    measurements.push({ resident: big[24], wijk: BIG, moment: 'T0', answers: answersOf(ANSWER_SETS[0]), takenAt: at(300) });
    measurements.push({ resident: big[24], wijk: BIG, moment: 'T1', answers: answersOf(ANSWER_SETS[2]), takenAt: at(200) });
    measurements.push({ resident: big[25], wijk: BIG, moment: 'T0', answers: answersOf(ANSWER_SETS[0]), takenAt: at(20) }); // no T1 yet
    for (let i = 0; i < 2; i++) {
      measurements.push({ resident: small[i], wijk: SMALL, moment: 'T0', answers: answersOf(ANSWER_SETS[0]), takenAt: at(95) });
      measurements.push({ resident: small[i], wijk: SMALL, moment: 'T1', answers: answersOf(ANSWER_SETS[2]), takenAt: at(3) });
    }
    for (let i = 12; i < 24; i++) buddies.push({ resident: big[i], wijk: BIG, startedOn: localDay(at(80)), endedOn: i < 16 ? localDay(at(60)) : null });
    buddies.push({ resident: big[23], wijk: BIG, startedOn: localDay(at(400)), endedOn: localDay(at(300)) }); // long before T0: no overlap

    // ---- into the tables
    for (const r of residents) {
      await db.query(
        `INSERT INTO resident_profile (user_id, wijk_code, travel_radius_km, contact_preference, via_social_worker, wants_new_contacts, created_at)
         VALUES ($1, $2, 3, 'APP', false, true, $3)`,
        [r.id, r.wijk, r.createdAt],
      );
    }
    for (const p of posts) {
      await db.query(`INSERT INTO post (author_id, kind, title, wijk_code, status, created_at, expires_at) VALUES ($1, $2, 'Een bericht', $3, $4, $5, $6)`, [
        p.author,
        p.kind,
        p.wijk,
        p.status,
        p.createdAt,
        new Date(NOW + 30 * DAY),
      ]);
    }
    const [org] = (await db.query(`INSERT INTO organisation (name, kind, status, approved_at) VALUES ('Buurtwerk', 'WELFARE', 'APPROVED', now()) RETURNING id`)) as { id: string }[];
    const [activity] = (await db.query(
      `INSERT INTO activity (organisation_id, title, tags, wijk_code, location_name, starts_at, ends_at, capacity, status, published_at)
       VALUES ($1, 'Koffie', '{}', $2, 'Buurthuis', $3, $4, 100, 'PUBLISHED', now()) RETURNING id`,
      [org.id, BIG, new Date(NOW + 3 * DAY), new Date(NOW + 3 * DAY + 3_600_000)],
    )) as { id: string }[];
    for (const s of signUps) {
      await db.query(`INSERT INTO activity_sign_up (activity_id, user_id, occurrence_start, status, created_at) VALUES ($1, $2, $3, 'CONFIRMED', $4)`, [
        activity.id,
        s.user,
        new Date(NOW + 3 * DAY),
        s.createdAt,
      ]);
    }
    for (const m of matches) {
      const peer = m.kind === 'OFFER_REQUEST';
      await db.query(
        `INSERT INTO match (kind, resident_id, activity_id, offer_post_id, request_post_id, counterpart_resident_id, wijk_code, score, reasons, status,
                            proposed_at, offered_at, responded_at, resident_accepted_at, counterpart_accepted_at, followed_up_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0.5, '[]'::jsonb, $8, $9, $9, $10, $11, $12, $13)`,
        [
          m.kind,
          m.resident,
          peer ? null : activity.id,
          peer ? '00000000-0000-4000-8000-000000000001' : null,
          peer ? '00000000-0000-4000-8000-000000000002' : null,
          m.counterpart,
          m.wijk,
          m.status,
          m.proposedAt,
          m.respondedAt,
          m.residentAcceptedAt,
          m.counterpartAcceptedAt,
          m.status === 'FOLLOWED_UP' ? new Date(NOW - DAY) : null,
        ],
      );
    }
    for (const s of signals) {
      const closed = s.status === 'INTAKE_DONE' || s.status === 'NO_ACTION';
      await db.query(
        `INSERT INTO signal (wijk_code, source, status, how_to_reach, concern, person_aware, created_at, closed_at) VALUES ($1, 'PUBLIC', $2, 'via de buren', 'zie hem weinig', 'NO', $3, $4)`,
        [s.wijk, s.status, s.createdAt, closed ? new Date(NOW - DAY) : null],
      );
    }
    for (const b of buddies) {
      await db.query(
        `INSERT INTO buddy_trajectory (volunteer_id, resident_id, wijk_code, status, started_on, planned_end_on, ended_on, outcome)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [volunteer, b.resident, b.wijk, b.endedOn ? 'ENDED' : 'ACTIVE', b.startedOn, isoDay(new Date(NOW + 200 * DAY)), b.endedOn, b.endedOn ? 'GOAL_REACHED' : null],
      );
    }
    for (const m of measurements) {
      const s = scoreDeJongGierveld(m.answers);
      const a = m.answers;
      await db.query(
        `INSERT INTO measurement (resident_id, wijk_code, moment, item_1, item_2, item_3, item_4, item_5, item_6, emotional_score, social_score, total_score, taken_at, method)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'SELF')`,
        [m.resident, m.wijk, m.moment, a.emptiness, a.missPeople, a.abandoned, a.canRelyOn, a.trustFully, a.closeTo, s.emotional, s.social, s.total, m.takenAt],
      );
    }
  }, 120_000);

  afterAll(() => t?.close());

  /** The dashboard's definitions (see WijkStatsService), applied to the seed in plain JS. */
  function expected(wijk: string): Record<string, { value: number | null; people: number }> {
    const mine = residents.filter((r) => r.wijk === wijk);
    const isParty = (m: SeedMatch, id: string) => m.resident === id || m.counterpart === id;
    const accepted = (m: SeedMatch) => m.status === 'ACCEPTED' || m.status === 'FOLLOWED_UP';
    const active = mine.filter(
      (r) =>
        posts.some((p) => p.author === r.id && inPeriod(p.createdAt)) ||
        signUps.some((s) => s.user === r.id && inPeriod(s.createdAt)) ||
        matches.some(
          (m) =>
            (m.resident === r.id && inPeriod(m.residentAcceptedAt)) ||
            (m.counterpart === r.id && inPeriod(m.counterpartAcceptedAt)) ||
            (isParty(m, r.id) && m.status === 'DECLINED' && inPeriod(m.respondedAt)),
        ),
    );
    const open = (kind: 'OFFER' | 'REQUEST') => {
      const list = posts.filter((p) => p.wijk === wijk && p.kind === kind && p.status === 'OPEN' && p.createdAt < TO);
      return { value: list.length, people: new Set(list.map((p) => p.author)).size };
    };
    const funnelOf = (list: SeedMatch[]) => ({ value: list.length, people: new Set(list.flatMap((m) => [m.resident, m.counterpart].filter(Boolean))).size });
    const proposed = matches.filter((m) => m.wijk === wijk && inPeriod(m.proposedAt));
    const firstAccept = (id: string) =>
      matches
        .filter((m) => isParty(m, id) && accepted(m) && m.respondedAt)
        .map((m) => m.respondedAt!.getTime())
        .reduce<number | null>((min, x) => (min === null || x < min ? x : min), null);
    const firstInPeriod = mine.filter((r) => inPeriod(firstAccept(r.id) === null ? null : new Date(firstAccept(r.id)!)));
    const days = firstInPeriod.map((r) => (firstAccept(r.id)! - r.createdAt.getTime()) / DAY).sort((a, b) => a - b);
    const median = days.length === 0 ? null : days.length % 2 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
    const registered = mine.filter((r) => r.createdAt < TO);
    const withMatch = registered.filter((r) => firstAccept(r.id) !== null && firstAccept(r.id)! < TO.getTime());
    const signalCount = (status: SeedSignal['status']) => {
      const n = signals.filter((s) => s.wijk === wijk && s.status === status && inPeriod(s.createdAt)).length;
      return { value: n, people: n };
    };
    const pairs = measurements
      .filter((m) => m.moment === 'T1' && m.wijk === wijk && inPeriod(m.takenAt))
      .flatMap((t1) => {
        const t0 = measurements.find((m) => m.resident === t1.resident && m.moment === 'T0');
        if (!t0) return [];
        const between = (d: Date | null) => !!d && d >= t0.takenAt && d <= t1.takenAt;
        const activity = matches.some((m) => m.kind === 'RESIDENT_ACTIVITY' && m.resident === t1.resident && accepted(m) && between(m.respondedAt));
        const peer = matches.some((m) => m.kind === 'OFFER_REQUEST' && isParty(m, t1.resident) && accepted(m) && between(m.respondedAt));
        const buddy = buddies.some((b) => b.resident === t1.resident && b.startedOn <= localDay(t1.takenAt) && (b.endedOn ?? '9999-12-31') >= localDay(t0.takenAt));
        return [{ change: scoreDeJongGierveld(t1.answers).total - scoreDeJongGierveld(t0.answers).total, activity, peer, buddy }];
      });
    const mean = (list: typeof pairs) => ({ value: list.length ? list.reduce((s, p) => s + p.change, 0) / list.length : null, people: list.length });
    return {
      activeResidents: { value: active.length, people: active.length },
      openOffers: open('OFFER'),
      openRequests: open('REQUEST'),
      proposals: funnelOf(proposed),
      accepted: funnelOf(proposed.filter(accepted)),
      followedUp: funnelOf(proposed.filter((m) => m.status === 'FOLLOWED_UP')),
      medianDaysToFirstMatch: { value: median, people: firstInPeriod.length },
      shareWithAcceptedMatch: { value: registered.length ? withMatch.length / registered.length : null, people: Math.min(withMatch.length, registered.length) },
      signalsNew: signalCount('NEW'),
      signalsContacted: signalCount('CONTACTED'),
      signalsIntakeDone: signalCount('INTAKE_DONE'),
      signalsNoAction: signalCount('NO_ACTION'),
      changeAll: mean(pairs),
      changeActivity: mean(pairs.filter((p) => p.activity)),
      changeBuddy: mean(pairs.filter((p) => p.buddy)),
      changePeerMatch: mean(pairs.filter((p) => p.peer)),
      changeNone: mean(pairs.filter((p) => !p.activity && !p.buddy && !p.peer)),
    };
  }

  const CELL = '{ value suppressed display }';
  const QUERY = `query($from: DateTime!, $to: DateTime!, $wijken: [String!]) {
    wijkStats(from: $from, to: $to, wijkCodes: $wijken) { from to rows { wijkCode wijkName ${WIJK_STATS_COLUMNS.map((c) => `${c.key} ${CELL}`).join(' ')} } } }`;

  async function dashboard(wijken?: string[]) {
    const res = await gql(t.url, QUERY, { from: FROM.toISOString(), to: TO.toISOString(), wijken }, admin);
    expect(res.errors).toBeUndefined();
    return res.data!.wijkStats as { rows: Record<string, any>[] };
  }

  it('equals the figures computed directly from the seeded data, cell by cell', async () => {
    const stats = await dashboard();
    expect(stats.rows.map((r) => r.wijkCode).sort()).toEqual([BIG, SMALL]);
    for (const row of stats.rows) {
      const want = expected(row.wijkCode);
      for (const column of WIJK_STATS_COLUMNS) {
        const figure = want[column.key];
        const cell = statCell(figure.value, figure.people, column.format);
        expect({ wijk: row.wijkCode, column: column.key, ...row[column.key], value: null }).toEqual({ wijk: row.wijkCode, column: column.key, ...cell, value: null });
        if (cell.value === null) expect(row[column.key].value).toBeNull();
        else expect(row[column.key].value).toBeCloseTo(cell.value, 6);
      }
    }
  });

  it('is a seed that exercises both sides of the rule', async () => {
    const big = (await dashboard([BIG])).rows[0];
    // Shown: large enough groups.
    expect(big.activeResidents).toMatchObject({ suppressed: false, value: expected(BIG).activeResidents.value });
    expect(expected(BIG).activeResidents.value).toBeGreaterThanOrEqual(10);
    expect(big.openOffers).toEqual({ value: 13, suppressed: false, display: '13' }); // 13 offers by 12 people
    expect(big.openRequests).toEqual({ value: 12, suppressed: false, display: '12' });
    expect(big.followedUp).toEqual({ value: 10, suppressed: false, display: '10' });
    expect(big.signalsNew).toEqual({ value: 11, suppressed: false, display: '11' });
    expect(big.signalsNoAction.display).toBe('10');
    expect(big.changeAll.suppressed).toBe(false);
    expect(big.changeActivity.suppressed).toBe(false);
    expect(big.changeBuddy.suppressed).toBe(false);
    // Hidden: fewer than 10 people, zero included.
    expect(big.signalsContacted).toEqual({ value: null, suppressed: true, display: '<10' });
    expect(big.signalsIntakeDone).toEqual({ value: null, suppressed: true, display: '<10' });
    expect(big.changePeerMatch).toEqual({ value: null, suppressed: true, display: '<10' });
    const small = (await dashboard([SMALL])).rows[0];
    for (const column of WIJK_STATS_COLUMNS) expect(small[column.key]).toEqual({ value: null, suppressed: true, display: '<10' });
  });

  it('refuses a period that ends before it starts, and unknown wijken', async () => {
    const backwards = await gql(t.url, QUERY, { from: TO.toISOString(), to: FROM.toISOString() }, admin);
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknown = await gql(t.url, QUERY, { from: FROM.toISOString(), to: TO.toISOString(), wijken: ['WK999999'] }, admin);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('exports the same table as CSV for admins, "<10" included, and refuses everyone else', async () => {
    const stats = await dashboard();
    const url = `/monitoring/wijk-stats.csv?from=${encodeURIComponent(FROM.toISOString())}&to=${encodeURIComponent(TO.toISOString())}`;
    const res = await request(t.url).get(url).set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="wijkcijfers-/);
    const [header, ...lines] = parse(res.text) as string[][];
    expect(header).toEqual(['Wijkcode', 'Wijk', ...WIJK_STATS_COLUMNS.map((c) => c.nl)]);
    expect(lines.map((l) => l[0])).toEqual(stats.rows.map((r) => r.wijkCode));
    for (const [i, row] of stats.rows.entries()) {
      expect(lines[i]).toEqual([row.wijkCode, row.wijkName, ...WIJK_STATS_COLUMNS.map((c) => row[c.key].display)]);
    }
    expect(lines.find((l) => l[0] === SMALL)![1]).toBe('Oost, "De Meent"');
    expect(lines.flat()).toContain('<10');

    const english = await request(t.url).get(`${url}&lang=en&wijk=${BIG}`).set('authorization', `Bearer ${admin}`);
    const [enHeader, ...enLines] = parse(english.text) as string[][];
    expect(enHeader[2]).toBe('Active residents');
    expect(enLines.map((l) => l[0])).toEqual([BIG]);

    expect((await request(t.url).get(url)).status).toBe(401);
    expect((await request(t.url).get(url).set('authorization', `Bearer ${resident}`)).status).toBe(403);
    expect((await request(t.url).get(url).set('authorization', `Bearer ${socialWorker}`)).status).toBe(403);
    expect((await request(t.url).get(`/monitoring/wijk-stats.csv?from=gisteren&to=morgen`).set('authorization', `Bearer ${admin}`)).status).toBe(400);
  });
});
