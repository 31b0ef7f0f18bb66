import { gql } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CENTRUM, type MatchingCity, record, seedMatchingCity, sleep, tokenFor } from './matching-city.js';

const MATCH_FIELDS = 'id kind status score residentId activityId reasons { nl en } curated warmHandover curationNote offeredAt';

describe('matching end to end: publish → proposal pushed over graphql-ws', () => {
  let t: TestApp;
  let city: MatchingCity;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    city = await seedMatchingCity(t.app);
    for (const name of ['anna', 'bert', 'cor', 'aanbieder', 'fatima', 'sven']) tokens[name] = await tokenFor(t.url, name);
  });
  afterAll(() => t.close());

  it('pushes the proposal to the resident who fits, nothing to others, and to a curated resident only after approval', async () => {
    const anna = await record(t.wsUrl, tokens.anna, `subscription { matchProposed { ${MATCH_FIELDS} } }`);
    const bert = await record(t.wsUrl, tokens.bert, `subscription { matchProposed { ${MATCH_FIELDS} } }`);
    const cor = await record(t.wsUrl, tokens.cor, `subscription { matchProposed { ${MATCH_FIELDS} } }`);
    const fatimaQueue = await record(t.wsUrl, tokens.fatima, 'subscription { curationQueueChanged { wijkCode matchId change } }');
    const svenQueue = await record(t.wsUrl, tokens.sven, 'subscription { curationQueueChanged { wijkCode matchId change } }');
    try {
      const starts = new Date(Date.now() + 3 * 86_400_000);
      starts.setUTCHours(9, 0, 0, 0);
      const created = await gql<{ createActivity: { id: string } }>(
        t.url,
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
        {
          input: {
            title: 'Wandelen in het park',
            tags: ['wandelen'],
            wijkCode: CENTRUM,
            location: { name: 'Buurthuis De Brug' },
            schedule: { startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString() },
            capacity: 12,
            walkIn: true,
          },
        },
        tokens.aanbieder,
      );
      expect(created.errors).toBeUndefined();
      const activityId = created.data!.createActivity.id;
      const published = await gql(t.url, `mutation($id: ID!) { publishActivity(id: $id) { id status } }`, { id: activityId }, tokens.aanbieder);
      expect(published.errors).toBeUndefined();

      const proposed = (await anna.next()).data.matchProposed;
      expect(proposed).toMatchObject({ kind: 'RESIDENT_ACTIVITY', status: 'OFFERED', residentId: city.ids.anna, activityId, curated: false });
      expect(proposed.reasons[0]).toEqual({ nl: 'Je houdt van wandelen', en: 'You like walking' });
      expect(proposed.reasons).toContainEqual({ nl: 'Bij jou in de wijk', en: 'In your neighbourhood' });

      // Cor's proposal waits for Fatima; Sven (another wijk) hears nothing about it.
      const queued = (await fatimaQueue.next()).data.curationQueueChanged;
      expect(queued).toMatchObject({ wijkCode: CENTRUM, change: 'ADDED' });
      await sleep(1_500);
      expect(bert.events).toEqual([]);
      expect(cor.events).toEqual([]);
      expect(svenQueue.events).toEqual([]);

      // Cor sees nothing in his list either, until Fatima approves.
      const corBefore = await gql<{ matches: { nodes: unknown[] } }>(t.url, '{ matches { nodes { id } } }', {}, tokens.cor);
      expect(corBefore.data!.matches.nodes).toEqual([]);
      const queue = await gql<{ curationQueue: { nodes: { id: string; residentId: string }[] } }>(
        t.url,
        '{ curationQueue(filter: { wijkCode: "WK040201" }) { nodes { id residentId } } }',
        {},
        tokens.fatima,
      );
      expect(queue.data!.curationQueue.nodes).toEqual([{ id: queued.matchId, residentId: city.ids.cor }]);
      const forbidden = await gql(t.url, '{ curationQueue(filter: { wijkCode: "WK040201" }) { nodes { id } } }', {}, tokens.sven);
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const approve = `mutation($input: CurateMatchInput!) { curateMatch(input: $input) { id status warmHandover curationNote } }`;
      const approved = await gql(t.url, approve, { input: { id: queued.matchId, decision: 'APPROVE', note: 'Ik loop de eerste keer mee', warmHandover: true } }, tokens.fatima);
      expect(approved.errors).toBeUndefined();
      expect(approved.data!.curateMatch).toMatchObject({ status: 'OFFERED', warmHandover: true });
      const corProposal = (await cor.next()).data.matchProposed;
      expect(corProposal).toMatchObject({ id: queued.matchId, status: 'OFFERED', curated: true, warmHandover: true, curationNote: 'Ik loop de eerste keer mee' });
      expect((await fatimaQueue.next(2)).data.curationQueueChanged).toMatchObject({ matchId: queued.matchId, change: 'REMOVED' });

      // A second decision on the same proposal is refused.
      const again = await gql(t.url, approve, { input: { id: queued.matchId, decision: 'REJECT' } }, tokens.fatima);
      expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

      // Accepting signs Anna up for the activity.
      const accepted = await gql<{ respondToMatch: { status: string; signUpId: string } }>(
        t.url,
        `mutation($input: RespondToMatchInput!) { respondToMatch(input: $input) { status signUpId } }`,
        { input: { id: proposed.id, response: 'ACCEPT' } },
        tokens.anna,
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.respondToMatch.status).toBe('ACCEPTED');
      expect(accepted.data!.respondToMatch.signUpId).toBeTruthy();
      const bad = await gql(t.url, `mutation($input: RespondToMatchInput!) { respondToMatch(input: $input) { status } }`, { input: { id: 'not-a-uuid', response: 'MAYBE' } }, tokens.anna);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await Promise.all([anna, bert, cor, fatimaQueue, svenQueue].map((r) => r.dispose()));
    }
  });

  it('refuses matching queries without sign-in and subscriptions for the wrong role', async () => {
    const anonymous = await gql(t.url, '{ matches { nodes { id } } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const provider = await gql(t.url, '{ matches { nodes { id } } }', {}, tokens.aanbieder);
    expect(provider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
