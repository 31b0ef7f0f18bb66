import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { MatchingService } from '@buurtbrug/matching';
import { DataSource } from 'typeorm';
import { gql } from '../support/graphql-client.js';
import { startTestAppOn, type TestApp } from '../support/test-app.js';
import { CENTRUM, type MatchingCity, record, seedMatchingCity, sleep, tokenFor } from './matching-city.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

/**
 * Two API instances on one database, fanning subscriptions out through one real redis-server:
 * an event raised on instance 1 reaches a client connected to instance 2, exactly once.
 */
describe('matching across two API instances (Redis pub/sub)', () => {
  let redis: RedisServer;
  let test: TestRuntime;
  let one: TestApp;
  let two: TestApp;
  let city: MatchingCity;

  beforeAll(async () => {
    redis = await startRedisServer();
    test = await createTestRuntime({ REDIS_URL: redis.url, JOBS_ENABLED: 'false' });
    one = await startTestAppOn(test);
    two = await startTestAppOn(test);
    city = await seedMatchingCity(one.app);
  });

  afterAll(async () => {
    await two?.close();
    await one?.close();
    await test?.dispose();
    await redis?.stop();
  });

  it('delivers a proposal made on instance 1 to the resident connected to instance 2, once; and a change made on 1 to the other party on 2', async () => {
    const annaToken = await tokenFor(two.url, 'anna');
    const proposedOnTwo = await record(two.wsUrl, annaToken, 'subscription { matchProposed { id status residentId } }');
    const updatedOnTwo = await record(two.wsUrl, annaToken, 'subscription { matchUpdated { id status } }');
    try {
      const db = one.app.get(DataSource);
      const starts = new Date(Date.now() + 4 * 86_400_000);
      const [activity] = (await db.query(
        `INSERT INTO activity (organisation_id, title, tags, wijk_code, location_name, starts_at, ends_at, capacity, status, published_at)
         VALUES ($1, 'Wandelclub', '{wandelen}', $2, 'Park', $3, $4, 10, 'PUBLISHED', now()) RETURNING id`,
        [city.organisationId, CENTRUM, starts, new Date(starts.getTime() + 3_600_000)],
      )) as { id: string }[];

      // Raised on instance 1 (its MatchingService publishes through its own Redis client).
      const made = await one.app.get(MatchingService).rematchActivity(activity.id);
      const forAnna = made.find((m) => m.resident_id === city.ids.anna)!;
      expect(forAnna).toBeDefined();
      expect((await proposedOnTwo.next()).data.matchProposed).toEqual({ id: forAnna.id, status: 'OFFERED', residentId: city.ids.anna });

      // Declining through instance 1's HTTP API pushes the update to instance 2's client.
      const declined = await gql(
        one.url,
        `mutation($input: RespondToMatchInput!) { respondToMatch(input: $input) { status } }`,
        { input: { id: forAnna.id, response: 'DECLINE', reason: 'Geen tijd' } },
        await tokenFor(one.url, 'anna'),
      );
      expect(declined.errors).toBeUndefined();
      expect((await updatedOnTwo.next()).data.matchUpdated).toEqual({ id: forAnna.id, status: 'DECLINED' });

      await sleep(1_500);
      expect(proposedOnTwo.events).toHaveLength(1);
      expect(updatedOnTwo.events).toHaveLength(1);
    } finally {
      await proposedOnTwo.dispose();
      await updatedOnTwo.dispose();
    }
  });
});
