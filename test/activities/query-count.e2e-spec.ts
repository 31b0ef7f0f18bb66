import type { Principal } from '@buurtbrug/auth';
import { ActivityUpsertService } from '@buurtbrug/activities';
import { OrganisationKind, OrganisationsService } from '@buurtbrug/organisations';
import { STANDARD_TAGS, TagsService } from '@buurtbrug/tags';
import { readHilversumWijkenCsv, WijkImportService } from '@buurtbrug/wijken';
import { DataSource, type Logger } from 'typeorm';
import { gql } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WIJKEN = ['WK040201', 'WK040202', 'WK040203', 'WK040204', 'WK040205', 'WK040206', 'WK040207'];

describe('activities: a page costs a fixed number of SQL queries', () => {
  let t: TestApp;
  const queries: string[] = [];
  let counting = false;

  beforeAll(async () => {
    // No background jobs: nothing but the request under test talks to the database.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    await t.app.get(WijkImportService).importCsv(await readHilversumWijkenCsv());
    await t.app.get(TagsService).upsertMany(STANDARD_TAGS);
    const organisations = t.app.get(OrganisationsService);
    const upserts = t.app.get(ActivityUpsertService);
    // 6 organisations × 5 activities, spread over 7 wijken: a page of 20 touches many of each.
    for (let o = 0; o < 6; o++) {
      const organisation = await organisations.createApproved({
        name: `Organisatie ${o}`,
        kind: OrganisationKind.CLUB,
        wijkCodes: WIJKEN,
        description: '',
      });
      const principal: Principal = { kind: 'token', tokenId: 'test', organisationId: organisation.id };
      const items = Array.from({ length: 5 }, (_, i) => {
        const start = new Date(Date.now() + (1 + i * 6 + o) * 86_400_000);
        return {
          externalId: `o${o}-${i}`,
          title: `Activiteit ${o}-${i}`,
          tags: ['wandelen', 'koffie-drinken'],
          wijkCode: WIJKEN[(o + i) % WIJKEN.length],
          location: { name: 'Ergens' },
          schedule: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() },
        };
      });
      const report = await upserts.upsert(principal, items);
      expect(report.created).toBe(5);
    }

    // TypeORM hands every statement to the data source's logger, whatever the log level.
    const dataSource = t.app.get(DataSource);
    const logger = dataSource.logger as Logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      if (counting) queries.push(query);
      return original(query, parameters, queryRunner);
    };
  });
  afterAll(() => t.close());

  it('loads a page of 20 activities with organisation, wijk and tags in one query', async () => {
    counting = true;
    const res = await gql(
      t.url,
      `{ activities(first: 20) {
          nodes { id title tags wijk { code name } organisation { id name kind wijkCodes } }
          pageInfo { hasNextPage endCursor } } }`,
    );
    counting = false;
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.activities.nodes as { tags: string[]; wijk: { code: string }; organisation: { id: string } }[];
    expect(nodes).toHaveLength(20);
    // The page really spans several organisations and wijken (otherwise one query each would be trivial).
    expect(new Set(nodes.map((n) => n.organisation.id)).size).toBeGreaterThan(3);
    expect(new Set(nodes.map((n) => n.wijk.code)).size).toBeGreaterThan(3);
    expect(nodes.every((n) => n.tags.length === 2)).toBe(true);
    // One statement: the activities with their organisation and wijk joined in.
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/FROM activity a\s+LEFT JOIN organisation o[\s\S]*LEFT JOIN wijk w/);
  });

  it('loads the agenda with its activities, organisations, wijken and free places in at most 4 queries', async () => {
    queries.length = 0;
    counting = true;
    const res = await gql(
      t.url,
      `{ occurrences(first: 25) { startsAt placesLeft activity { title wijk { name } organisation { name } } } }`,
    );
    counting = false;
    expect(res.errors).toBeUndefined();
    expect(res.data!.occurrences.length).toBeGreaterThan(10);
    // placesLeft is null for unlimited activities and costs no query then.
    expect(queries.length).toBeLessThanOrEqual(4);
  });
});
