import { Test, type TestingModule } from '@nestjs/testing';
import { ActivitiesModule, ActivitiesService, ActivityUpsertService, fromWallClock, toWallClock } from '@buurtbrug/activities';
import { AuthModule, AuthService, type Principal, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { OrganisationKind, OrganisationsModule, OrganisationsService } from '@buurtbrug/organisations';
import { ResidentProfileService, ResidentsModule } from '@buurtbrug/residents';
import { STANDARD_TAGS, TagsModule, TagsService } from '@buurtbrug/tags';
import { PostExpiryService, PostKind, PostService, TalentsWantsModule } from '@buurtbrug/talents-wants';
import { readHilversumWijkenCsv, WijkenModule, WijkImportService } from '@buurtbrug/wijken';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { type NearInput, SearchInput } from './dto/search.input.js';
import { SearchIndexManager } from './search-index.manager.js';
import { SearchReindexService } from './search-reindex.service.js';
import { SearchSyncService } from './search-sync.service.js';
import { SearchModule } from './search.module.js';
import { SearchSort, SearchType } from './search.enums.js';
import { type SearchOutcome, SearchService } from './search.service.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';
const NOORDOOST = 'WK040203';
const ZUID = 'WK040208';
const ZUIDWEST = 'WK040209';
const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function user(userId: string, role: Role, organisationId: string | null = null): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes: [], organisationId };
}

/** The next day (from tomorrow) that is `weekday` in Amsterdam, at hh:00 local time. */
function nextLocal(weekday: string, hour: number, fromDays = 1): Date {
  const today = toWallClock(new Date());
  for (let i = fromDays; i < fromDays + 7; i++) {
    const wall = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + i, hour));
    if (WEEKDAYS[wall.getUTCDay()] === weekday) return fromWallClock(wall);
  }
  throw new Error('unreachable');
}

function weekly(weekday: string, minutes = 90) {
  return { startsAt: nextLocal(weekday, 10), rrule: `FREQ=WEEKLY;BYDAY=${weekday}`, durationMinutes: minutes };
}

describe('search (real PostgreSQL and Meilisearch)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let meili: Meilisearch;
  let search: SearchService;
  let sync: SearchSyncService;
  let indexes: SearchIndexManager;
  let activities: ActivitiesService;
  let upserts: ActivityUpsertService;
  let posts: PostService;
  let organisationId: string;
  let provider: Principal;
  let admin: UserPrincipal;
  const ids: Record<string, string> = {};
  let lezingStart: Date;

  const outboxCount = async () => ((await dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`)) as { n: number }[])[0].n;
  const find = (input: Partial<SearchInput>, principal?: Principal, first = 20): Promise<SearchOutcome> =>
    search.search(principal, Object.assign(new SearchInput(), input), { first });
  const titles = (outcome: SearchOutcome) => outcome.hits.map((hit) => hit.title);
  const idsOf = (outcome: SearchOutcome) => outcome.hits.map((hit) => hit.id);
  const inIndex = async (kind: 'activity' | 'organisation' | 'post', id: string) =>
    meili
      .index(indexes.indexName(kind))
      .getDocument(id)
      .then(() => true)
      .catch(() => false);

  async function account(role: Role, name: string) {
    return moduleRef.get(AuthService).createAccount({ email: `${name}@example.nl`, password: 'een-goed-wachtwoord', displayName: name, role });
  }

  async function resident(name: string, wijkCode: string): Promise<UserPrincipal> {
    const who = user((await account(Role.RESIDENT, name)).id, Role.RESIDENT);
    await moduleRef.get(ResidentProfileService).updateMyProfile(who, { wijkCode, consents: { profileProcessing: true } });
    return who;
  }

  async function upsert(items: Record<string, unknown>[]): Promise<void> {
    const report = await upserts.upsert(provider, items);
    if (report.failed > 0) throw new Error(JSON.stringify(report.errors));
    for (const item of report.items) ids[item.externalId] = item.activityId;
  }

  beforeAll(async () => {
    test = await createTestRuntime({ JOBS_ENABLED: 'false' });
    moduleRef = await Test.createTestingModule({
      imports: [
        CoreModule.forRoot(test.runtime),
        AuthModule,
        WijkenModule,
        TagsModule,
        OrganisationsModule,
        ActivitiesModule,
        ResidentsModule,
        TalentsWantsModule,
        SearchModule,
      ],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    meili = moduleRef.get(Meilisearch);
    search = moduleRef.get(SearchService);
    sync = moduleRef.get(SearchSyncService);
    indexes = moduleRef.get(SearchIndexManager);
    activities = moduleRef.get(ActivitiesService);
    upserts = moduleRef.get(ActivityUpsertService);
    posts = moduleRef.get(PostService);

    await moduleRef.get(WijkImportService).importCsv(await readHilversumWijkenCsv());
    await moduleRef.get(TagsService).upsertMany(STANDARD_TAGS);
    admin = user((await account(Role.ADMIN, 'beheer')).id, Role.ADMIN);
    const founder = user((await account(Role.RESIDENT, 'oprichter')).id, Role.RESIDENT);
    const organisations = moduleRef.get(OrganisationsService);
    const organisation = await organisations.create(founder, {
      name: 'Buurthuis De Geus',
      kind: OrganisationKind.COMMUNITY_CENTRE,
      wijkCodes: [OOST],
      description: 'Het buurthuis van Oost. De koffie staat altijd klaar.',
      email: 'info@degeus.example.nl',
      phone: '035 555 12 34',
    });
    await organisations.approve(admin, organisation.id);
    organisationId = organisation.id;
    provider = { kind: 'token', tokenId: '00000000-0000-4000-8000-000000000001', organisationId };

    const oost = { name: 'Buurthuis De Geus', addressLine: 'Geuzenweg 14, 1217 HR Hilversum', latitude: 52.2285, longitude: 5.1935 };
    const centrum = { name: 'Bibliotheek Hilversum', latitude: 52.2245, longitude: 5.1745 };
    const lezing = nextLocal('WE', 14, 9);
    lezingStart = lezing;
    await upsert([
      { externalId: 'wandelgroep', title: 'Wandelgroep Hilversum Oost', description: 'Elke dinsdagochtend wandelen we een uur in een rustig tempo door de wijk en het park.', tags: ['wandelen', 'gezelschap'], wijkCode: OOST, location: oost, schedule: weekly('TU'), walkIn: true },
      { externalId: 'walking-football', title: 'Walking football', description: 'Voetballen zonder te rennen.', tags: ['sport', 'bewegen'], wijkCode: ZUID, location: { name: 'Sportpark Zuid', latitude: 52.209, longitude: 5.176 }, schedule: weekly('SA'), costCents: 300 },
      { externalId: 'koffie-centrum', title: 'Koffieochtend', description: 'Kom gezellig een kopje koffie drinken.', tags: ['koffie-drinken', 'gezelschap'], wijkCode: CENTRUM, location: centrum, schedule: weekly('WE') },
      { externalId: 'koffie-oost', title: 'Koffieochtend', description: 'Kom gezellig een kopje koffie drinken in Oost.', tags: ['koffie-drinken'], wijkCode: OOST, location: { ...oost, latitude: 52.2287 }, schedule: weekly('TH') },
      { externalId: 'handwerk', title: 'Handwerkcafé', description: 'Neem je breiwerk mee, of leer het hier.', tags: ['handwerken'], wijkCode: CENTRUM, location: centrum, schedule: weekly('TU'), accessibility: ['WHEELCHAIR'] },
      { externalId: 'lezing', title: 'Lezing: Hilversum van vroeger', description: 'Met oude foto’s over de geschiedenis van Hilversum.', tags: ['geschiedenis'], wijkCode: CENTRUM, location: centrum, schedule: { startsAt: lezing, endsAt: new Date(lezing.getTime() + 90 * 60_000) }, accessibility: ['HEARING_LOOP', 'WHEELCHAIR'] },
      { externalId: 'fietstocht', title: 'Fietstocht door het Gooi', description: 'Ongeveer 30 kilometer met koffie en appeltaart.', tags: ['fietsen', 'natuur'], wijkCode: NOORDOOST, location: { name: 'Station Noord' }, schedule: weekly('SA', 180) },
      { externalId: 'fotowandeling', title: 'Fotowandeling', description: 'We maken foto’s met de telefoon.', tags: ['fotografie'], wijkCode: ZUID, location: { name: 'Zuid' }, schedule: weekly('FR') },
      { externalId: 'geheim', title: 'Geheime wandeling', description: 'Nog niet klaar.', tags: ['wandelen'], wijkCode: OOST, location: oost, schedule: weekly('MO'), status: 'DRAFT' },
    ]);
    await sync.drain();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  describe('the outbox drain', () => {
    it('indexed what was published, and left the outbox empty', async () => {
      expect(await outboxCount()).toBe(0);
      expect(await inIndex('activity', ids.wandelgroep)).toBe(true);
      expect(await inIndex('organisation', organisationId)).toBe(true);
    });

    it('never indexes a draft or an organisation that is not approved', async () => {
      expect(await inIndex('activity', ids.geheim)).toBe(false);
      const pending = await moduleRef.get(OrganisationsService).create(user((await account(Role.RESIDENT, 'wachtend')).id, Role.RESIDENT), {
        name: 'Nog niet goedgekeurd',
        kind: OrganisationKind.CLUB,
        wijkCodes: [OOST],
        description: '',
      });
      await sync.drain();
      expect(await inIndex('organisation', pending.id)).toBe(false);
      expect(titles(await find({ text: 'goedgekeurd' }))).toEqual([]);
    });

    it('removes a cancelled activity', async () => {
      await upsert([{ externalId: 'afgelast', title: 'Bingo in de buurt', tags: ['bingo'], wijkCode: CENTRUM, location: { name: 'Zaal' }, schedule: weekly('FR') }]);
      await sync.drain();
      expect(titles(await find({ text: 'bingo' }))).toEqual(['Bingo in de buurt']);
      await activities.cancel(provider, ids.afgelast, 'De zaal is dicht');
      expect(await outboxCount()).toBe(1);
      await sync.drain();
      expect(await inIndex('activity', ids.afgelast)).toBe(false);
      expect(titles(await find({ text: 'bingo' }))).toEqual([]);
    });

    it('shows open posts only to residents nearby, and removes closed, expired and erased ones', async () => {
      const anna = await resident('anna', OOST);
      const bert = await resident('bert', OOST);
      const carla = await resident('carla', ZUIDWEST);
      const closed = await posts.create(anna, { kind: PostKind.OFFER, title: 'Samen schaken op woensdag', text: 'Ik heb een mooi bord.', tags: ['schaken'] });
      const expiring = await posts.create(anna, { kind: PostKind.REQUEST, title: 'Wie leert mij schaken?', tags: ['schaken'] });
      const erased = await posts.create(bert, { kind: PostKind.OFFER, title: 'Schaakles voor beginners', tags: ['schaken'] });
      await sync.drain();

      const seenBy = async (who?: Principal) => titles(await find({ text: 'schaken', types: [SearchType.POST] }, who)).sort();
      expect(await seenBy(anna)).toEqual(['Samen schaken op woensdag', 'Schaakles voor beginners', 'Wie leert mij schaken?']);
      expect(await seenBy(undefined)).toEqual([]);
      expect(await seenBy(provider)).toEqual([]);
      expect(await seenBy(carla)).toEqual([]); // Zuidwest is about 3 km from Oost: not a neighbour
      expect(await seenBy(admin)).toEqual([]);
      // A post hit carries nothing of its author.
      const hit = (await find({ text: 'schaakles', types: [SearchType.POST] }, anna)).hits[0];
      expect(JSON.stringify(hit)).not.toContain(bert.userId);

      await posts.close(anna, closed.post.id);
      expect(await outboxCount()).toBe(1);
      await sync.drain();
      expect(await seenBy(anna)).toEqual(['Schaakles voor beginners', 'Wie leert mij schaken?']);
      // The hourly expiry job queues the removal of posts past their date.
      await dataSource.query(`UPDATE post SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.post.id]);
      await moduleRef.get(PostExpiryService).expireDue();
      await sync.drain();
      expect(await seenBy(anna)).toEqual(['Schaakles voor beginners']);
      // Erasure deletes the account; its posts go by cascade and the trigger queues their removal.
      await dataSource.query(`DELETE FROM user_account WHERE id = $1`, [bert.userId]);
      expect(await outboxCount()).toBe(1);
      await sync.drain();
      expect(await seenBy(anna)).toEqual([]);
      for (const id of [closed.post.id, expiring.post.id, erased.post.id]) expect(await inIndex('post', id)).toBe(false);
    });

    it('lets concurrent drainers share the outbox without taking a row twice', async () => {
      expect(await outboxCount()).toBe(0);
      const rows = (await dataSource.query(
        `INSERT INTO activity (organisation_id, title, wijk_code, location_name, starts_at, ends_at, status, published_at)
         SELECT $1, 'Parallel ' || i, $2, 'Zaal', now() + interval '3 days', now() + interval '3 days 1 hour', 'PUBLISHED', now()
           FROM generate_series(1, 60) i RETURNING id`,
        [organisationId, CENTRUM],
      )) as { id: string }[];
      await dataSource.query(`INSERT INTO search_outbox (kind, entity_id, op) SELECT 'activity', unnest($1::uuid[]), 'upsert'`, [rows.map((r) => r.id)]);
      const reports = await Promise.all([sync.drainOnce(25), sync.drainOnce(25), sync.drainOnce(25)]);
      expect(reports.reduce((sum, r) => sum + r.processed, 0)).toBe(60);
      expect(await outboxCount()).toBe(0);
      expect((await find({ text: 'parallel', types: [SearchType.ACTIVITY] }, undefined, 100)).totalCount).toBe(60);
      await dataSource.query(`UPDATE activity SET status = 'CANCELLED', cancelled_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      await dataSource.query(`INSERT INTO search_outbox (kind, entity_id, op) SELECT 'activity', unnest($1::uuid[]), 'delete'`, [rows.map((r) => r.id)]);
      await sync.drain();
    });
  });

  describe('relevance on the fixtures', () => {
    it("finds 'wandelen' typed as 'wandlen' (a typo)", async () => {
      const result = await find({ text: 'wandlen' });
      expect(result.hits[0].id).toBe(ids.wandelgroep);
      expect(idsOf(result)).not.toContain(ids.geheim);
    });

    it("finds the walking group for 'lopen' (a synonym from the taxonomy), before 'Walking football'", async () => {
      const result = idsOf(await find({ text: 'lopen' }));
      expect(result[0]).toBe(ids.wandelgroep);
    });

    it("finds by English label: 'walking' and 'needlework'", async () => {
      expect(idsOf(await find({ text: 'walking' }))[0]).toBe(ids.wandelgroep);
      expect(idsOf(await find({ text: 'needlework' }))[0]).toBe(ids.handwerk);
    });

    it('keeps to a wijk filter, and counts facets per wijk, tag and type', async () => {
      const result = await find({ text: 'koffie', wijkCodes: [OOST] });
      expect(result.hits[0].id).toBe(ids['koffie-oost']);
      expect(result.hits.every((hit) => JSON.stringify(hit.wijkCode).includes(OOST))).toBe(true);
      expect(idsOf(result)).toContain(organisationId);
      expect(result.facets.wijken).toEqual([{ value: OOST, label: 'Hilversum Oost', labelEn: 'Hilversum Oost', count: 2 }]);
      expect(result.facets.types.map((f) => [f.value, f.count])).toEqual([
        ['ACTIVITY', 1],
        ['ORGANISATION', 1],
      ]);
      expect(result.facets.tags).toEqual([{ value: 'koffie-drinken', label: 'Koffie drinken', labelEn: 'Having coffee', count: 1 }]);
      const all = await find({ text: 'koffie' });
      expect(all.facets.wijken.find((f) => f.value === CENTRUM)?.count).toBe(1);
    });

    it('keeps to a date range: only activities with a date inside it', async () => {
      const lezing = await find({ from: lezingStart, to: new Date(lezingStart.getTime() + 3_600_000) });
      expect(idsOf(lezing)).toEqual([ids.lezing]);
      const tuesday = nextLocal('TU', 0);
      const onTuesday = await find({ text: 'wandelen', from: tuesday, to: new Date(tuesday.getTime() + DAY) });
      expect(idsOf(onTuesday)[0]).toBe(ids.wandelgroep);
      const wednesday = nextLocal('WE', 0);
      expect(idsOf(await find({ text: 'wandelen', from: wednesday, to: new Date(wednesday.getTime() + DAY) }))).not.toContain(ids.wandelgroep);
    });

    it("sorts 'near me' by distance: from Oost, the activities in Oost come first", async () => {
      const result = await find({ types: [SearchType.ACTIVITY], near: { wijkCode: OOST, radiusKm: 10 } as NearInput, sort: SearchSort.DISTANCE });
      expect(idsOf(result).slice(0, 2).sort()).toEqual([ids.wandelgroep, ids['koffie-oost']].sort());
      expect(result.hits[0]._geoDistance).toBeLessThan(100);
      const distances = result.hits.map((hit) => hit._geoDistance ?? Infinity);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      // A resident's "near me" without a place is their own wijk.
      const anna = await resident('nora', OOST);
      const mine = await find({ types: [SearchType.ACTIVITY], near: { radiusKm: 1 } as NearInput }, anna);
      expect(idsOf(mine).sort()).toEqual([ids.wandelgroep, ids['koffie-oost']].sort());
    });

    it('highlights the matching words in title and snippet', async () => {
      const hit = (await find({ text: 'geschiedenis' })).hits[0];
      expect(hit.id).toBe(ids.lezing);
      expect(String(hit._formatted?.description)).toContain('\uE000geschiedenis\uE001');
    });

    it('refuses unknown tags and wijken as BAD_USER_INPUT naming the field', async () => {
      await expect(find({ tags: ['onbekend-ding'] })).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'tags' }] });
      await expect(find({ wijkCodes: ['WK999999'] })).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT' });
      await expect(find({ sort: SearchSort.DISTANCE })).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'near' }] });
    });
  });

  describe('reindex', () => {
    it('builds fresh indexes and swaps them in while searches keep answering; writes made meanwhile follow', async () => {
      const rows = (await dataSource.query(
        `INSERT INTO activity (organisation_id, title, description, tags, wijk_code, location_name, starts_at, ends_at, status, published_at)
         SELECT $1, 'Reeks ' || i, 'Een activiteit uit een grote agenda', '{gezelschap}', $2, 'Zaal', now() + (i % 60 + 1) * interval '1 day',
                now() + (i % 60 + 1) * interval '1 day' + interval '1 hour', 'PUBLISHED', now()
           FROM generate_series(1, 4000) i RETURNING id`,
        [organisationId, CENTRUM],
      )) as { id: string }[];
      const before = (await find({ text: 'wandelgroep' })).totalCount;
      expect(before).toBe(1);

      let searches = 0;
      let failures = 0;
      let reindexing = true;
      const searching = (async () => {
        while (reindexing) {
          const result = await find({ text: 'wandelgroep' }).catch(() => null);
          if (result?.hits[0]?.id === ids.wandelgroep) searches++;
          else failures++;
        }
      })();
      const progress: number[] = [];
      const reindex = moduleRef.get(SearchReindexService).reindex({ batchSize: 500, onProgress: (p) => progress.push(p.done) });
      // Drains hold off while the reindex runs: a write made meanwhile stays in the outbox until
      // the swap, then reaches the new index.
      while (progress.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      expect((await sync.drainOnce()).blocked).toBe(true);
      await upsert([{ externalId: 'tijdens', title: 'Tekenles tijdens de herbouw', tags: ['schilderen'], wijkCode: CENTRUM, location: { name: 'Atelier' }, schedule: weekly('MO') }]);
      const report = await reindex;
      reindexing = false;
      await searching;

      expect(failures).toBe(0);
      expect(searches).toBeGreaterThan(0);
      expect(report.documents.activity).toBeGreaterThanOrEqual(4000 + 7);
      expect(progress.at(-1)).toBe(progress.reduce((a, b) => Math.max(a, b), 0));
      expect((await find({ text: 'reeks', types: [SearchType.ACTIVITY] })).totalCount).toBe(4000);
      expect((await meili.index(indexes.indexName('activity')).getStats()).numberOfDocuments).toBe(report.documents.activity);
      // Only the live indexes are left.
      const uids = (await meili.getIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.startsWith(indexes.prefix));
      expect(uids.sort()).toEqual([indexes.indexName('activity'), indexes.indexName('organisation'), indexes.indexName('post')].sort());

      await sync.drain();
      expect(titles(await find({ text: 'tekenles' }))).toEqual(['Tekenles tijdens de herbouw']);
      expect(rows.length).toBe(4000);
    });
  });
});
