/**
 * The authorisation matrix (issue #4): every query, mutation and subscription of the schema ×
 * every kind of caller → allowed, UNAUTHENTICATED, FORBIDDEN or NOT_FOUND (where the design hides
 * that something exists). The schema is introspected at run time: an operation without a row
 * here fails the first test, so nothing new ships without an authorisation decision.
 *
 * "Allowed" is strict: no error at all, the operation's data present, and (where a row says so)
 * the right data for that caller. Every case is built to succeed for an allowed caller: calls
 * that change or end something get a fresh target (or a fresh session) of their own.
 *
 * Field level: every answer to someone who may not see resident A's profile (resident B, the
 * social worker of another wijk, both providers, the organisation token, anonymous callers) is
 * scanned for A's private values and for any profile object that is not the caller's own.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  A_MARKERS,
  A_PRIVATE,
  A_PRIVATE_VALUES,
  ACTIVITY_FIELDS,
  type Actor,
  ACTORS,
  AuthorisationFixture,
  BUDDY_CHECK_IN_FIELDS,
  BUDDY_TRAJECTORY_FIELDS,
  MATCH_FIELDS,
  MEASUREMENT_ANSWERS,
  MEASUREMENT_FIELDS,
  PASSWORD,
  POST_FIELDS,
  PROFILE_FIELDS,
  unique,
  WIJK_A,
  WIJK_OTHER,
  WIJKEN_CSV,
} from './authorisation-fixture.js';

/** A = allowed, U = UNAUTHENTICATED, F = FORBIDDEN, N = NOT_FOUND (existence hidden). */
type Code = 'A' | 'U' | 'F' | 'N';
const PUBLIC_CODES: Record<Exclude<Code, 'A'>, string> = { U: 'UNAUTHENTICATED', F: 'FORBIDDEN', N: 'NOT_FOUND' };

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Another credential than the actor's own (a second session of the same account, a fresh account of the same role). */
  token?: string;
}

interface Row {
  operation: `Query.${string}` | `Mutation.${string}`;
  /** When an operation has more than one row: what this one is about. */
  label?: string;
  /** One code per actor, in the order of ACTORS (see the header above the table). */
  outcomes: string;
  call(actor: Actor): Call | Promise<Call>;
  /** For allowed callers: that the answer is the real thing for them. */
  verify?(data: any, actor: Actor): void;
}

interface SubscriptionRow {
  operation: `Subscription.${string}`;
  outcomes: string;
  /** A function when it needs ids the fixture makes. */
  query: string | (() => string);
}

function parseOutcomes(outcomes: string): Record<Actor, Code> {
  const codes = outcomes.trim().split(/\s+/) as Code[];
  if (codes.length !== ACTORS.length || codes.some((c) => !['A', 'U', 'F', 'N'].includes(c))) {
    throw new Error(`outcomes "${outcomes}" must have ${ACTORS.length} codes of A U F N`);
  }
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, codes[i]])) as Record<Actor, Code>;
}

const field = (row: { operation: string }) => row.operation.split('.')[1];
const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((n) => n.id);
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

let t: TestApp;
let f: AuthorisationFixture;
/** Everything answered to callers who must never see A's private profile. */
const answersToOthers: { actor: Actor; operation: string; body: GraphQLResponse }[] = [];
const MAY_SEE_A: Actor[] = ['residentA', 'socialWorkerA', 'admin'];

// prettier-ignore
const ROWS: Row[] = [
  //                                                       anon resA resB swA  swO  provX provY admin tokX
  // ------------------------------------------------------------------ queries
  {
    operation: 'Query.accounts', label: 'by the beginning of an email address', outcomes: 'U F F F F F F A F',
    call: () => ({ query: 'query($email: String!) { accounts(email: $email, first: 5) { nodes { id email displayName role } pageInfo { hasNextPage } } }', variables: { email: f.emails.residentA!.slice(0, 6).toUpperCase() } }),
    verify: (page: { nodes: { id: string; email: string }[] }) => {
      expect(page.nodes.map((n) => n.id)).toContain(f.ids.residentA);
      for (const node of page.nodes) expect(node.email.startsWith(f.emails.residentA!.slice(0, 6))).toBe(true);
    },
  },
  {
    operation: 'Query.activitySignUps', label: "organisation X's published activity", outcomes: 'U F F F F A F A A',
    call: () => ({ query: 'query($id: ID!) { activitySignUps(activityId: $id) { activityId startsAt endsAt capacity confirmed { signUpId name status signedUpAt } waiting { name status } } }', variables: { id: f.publishedActivity } }),
    // By first name only: A's surname is private (see A_MARKERS), also for the organisation A signed up with.
    verify: (dates: { confirmed: { signUpId: string; name: string; status: string }[] }[]) => {
      expect(dates).toHaveLength(1);
      expect(dates[0].confirmed).toContainEqual(expect.objectContaining({ signUpId: f.signUpOfA, name: 'Annemarie', status: 'CONFIRMED' }));
    },
  },
  {
    operation: 'Query.activitySignUps', label: 'a draft of organisation X', outcomes: 'U F F F F A N A A',
    call: () => ({ query: 'query($id: ID!) { activitySignUps(activityId: $id) { activityId startsAt confirmed { name } } }', variables: { id: f.draftActivity } }),
    verify: (dates: { confirmed: unknown[] }[]) => expect(dates.map((d) => d.confirmed)).toEqual([[]]),
  },
  {
    operation: 'Query.activities', outcomes:               'A    A    A    A    A    A    A    A    A',
    call: () => ({ query: `query($filter: ActivityFilterInput) { activities(first: 50, filter: $filter) { nodes { ${ACTIVITY_FIELDS} } } }`, variables: { filter: { wijkCode: WIJK_A } } }),
    verify: (page, actor) => {
      expect(ids(page)).toContain(f.publishedActivity);
      expect(ids(page).includes(f.draftActivity)).toBe(['providerX', 'tokenX', 'admin'].includes(actor));
    },
  },
  {
    operation: 'Query.activity', label: "a draft of organisation X", outcomes: 'N N N N N A N A A',
    call: () => ({ query: `query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`, variables: { id: f.draftActivity } }),
    verify: (activity) => expect(activity).toMatchObject({ id: f.draftActivity, status: 'DRAFT' }),
  },
  {
    operation: 'Query.activity', label: 'a published activity', outcomes: 'A A A A A A A A A',
    call: () => ({ query: `query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`, variables: { id: f.publishedActivity } }),
    verify: (activity) => expect(activity).toMatchObject({ id: f.publishedActivity, organisation: { id: f.organisationX } }),
  },
  {
    operation: 'Query.apiTokens', label: "organisation X's", outcomes: 'U F F F F A F A F',
    call: () => ({ query: 'query($org: ID) { apiTokens(organisationId: $org) { id name prefix organisationId } }', variables: { org: f.organisationX } }),
    verify: (tokens: { organisationId: string }[]) => {
      expect(tokens.length).toBeGreaterThan(0);
      expect(new Set(tokens.map((x) => x.organisationId))).toEqual(new Set([f.organisationX]));
    },
  },
  {
    operation: 'Query.apiTokens', label: 'without an organisation: admins get all, providers their own', outcomes: 'U F F F F A A A F',
    call: () => ({ query: '{ apiTokens { id name prefix organisationId } }' }),
    verify: (tokens: { organisationId: string }[], actor) => {
      const organisations = new Set(tokens.map((x) => x.organisationId));
      if (actor === 'providerX') expect(organisations).toEqual(new Set([f.organisationX]));
      if (actor === 'providerY') expect(organisations.has(f.organisationX)).toBe(false);
      if (actor === 'admin') expect(organisations.has(f.organisationX)).toBe(true);
    },
  },
  {
    operation: 'Query.auditLog', outcomes:                 'U    F    F    F    F    F    F    A    F',
    call: () => ({ query: '{ auditLog(first: 50) { nodes { id action actorId subjectId details } } }' }),
    verify: (page: { nodes: { action: string }[] }) => expect(page.nodes.map((n) => n.action)).toContain('RESIDENT_CREATED_ON_BEHALF'),
  },
  {
    operation: 'Query.buddyCheckIns', outcomes:            'U    A    A    A    A    F    F    A    F',
    call: () => ({ query: `{ buddyCheckIns(first: 100) { nodes { ${BUDDY_CHECK_IN_FIELDS} } } }` }),
    verify: (page: { nodes: { trajectoryId: string }[] }, actor) =>
      expect(page.nodes.some((n) => n.trajectoryId === f.buddyTrajectoryOfA)).toBe(['residentA', 'socialWorkerA', 'admin'].includes(actor)),
  },
  {
    operation: 'Query.buddyTrajectory', label: "A's trajectory with Joop", outcomes: 'U A N A N F F A F',
    call: () => ({ query: `query($id: ID!) { buddyTrajectory(id: $id) { ${BUDDY_TRAJECTORY_FIELDS} } }`, variables: { id: f.buddyTrajectoryOfA } }),
    verify: (trajectory, actor) =>
      expect(trajectory).toMatchObject({ id: f.buddyTrajectoryOfA, myRole: actor === 'residentA' ? 'VOLUNTEER' : null, resident: { userId: f.onBehalfResident } }),
  },
  {
    operation: 'Query.buddyTrajectories', outcomes:        'U    A    A    A    A    F    F    A    F',
    call: () => ({ query: `{ buddyTrajectories(first: 100) { nodes { ${BUDDY_TRAJECTORY_FIELDS} } } }` }),
    verify: (page, actor) => expect(ids(page).includes(f.buddyTrajectoryOfA)).toBe(['residentA', 'socialWorkerA', 'admin'].includes(actor)),
  },
  {
    operation: 'Query.curationQueue', label: "WIJK_A's queue", outcomes: 'U F F A F F F F F',
    call: () => ({ query: `query($wijk: String) { curationQueue(filter: { wijkCode: $wijk }) { nodes { ${MATCH_FIELDS} } } }`, variables: { wijk: WIJK_A } }),
    verify: (page) => expect(ids(page)).toContain(f.curationMatch),
  },
  {
    operation: 'Query.followUps', outcomes:                'U    A    A    A    A    F    F    F    F',
    call: () => ({ query: `{ followUps { nodes { ${MATCH_FIELDS} } } }` }),
    verify: (page, actor) => expect(ids(page).includes(f.acceptedMatchOfA)).toBe(actor === 'residentA'),
  },
  {
    operation: 'Query.matches', outcomes:                  'U    A    A    A    A    F    F    F    F',
    call: () => ({ query: `{ matches(first: 50) { nodes { ${MATCH_FIELDS} } } }` }),
    verify: (page, actor) => {
      expect(ids(page).includes(f.offeredMatchOfA)).toBe(actor === 'residentA');
      expect(ids(page).includes(f.curationMatch)).toBe(actor === 'socialWorkerA');
    },
  },
  {
    operation: 'Query.me', outcomes:                       'A    A    A    A    A    A    A    A    A',
    call: () => ({ query: '{ me { id email displayName role wijkCodes organisationId } }' }),
    verify: (me, actor) => expect(me?.id ?? null).toBe(f.ids[actor] ?? null),
  },
  {
    operation: 'Query.measurements', label: "A's", outcomes: 'U F F A F F F F F',
    call: () => ({ query: `query($id: ID!) { measurements(residentId: $id) { ${MEASUREMENT_FIELDS} } }`, variables: { id: f.ids.residentA } }),
    verify: (list: { id: string }[]) => expect(list.map((m) => m.id)).toEqual([f.measurementOfA]),
  },
  {
    operation: 'Query.myMeasurements', outcomes:           'U    A    A    F    F    F    F    F    F',
    call: () => ({ query: `{ myMeasurements { ${MEASUREMENT_FIELDS} } }` }),
    verify: (list: { id: string }[], actor) => expect(list.map((m) => m.id)).toEqual(actor === 'residentA' ? [f.measurementOfA] : []),
  },
  {
    operation: 'Query.wijkStats', outcomes:                'U    F    F    F    F    F    F    A    F',
    call: () => ({
      query: 'query($from: DateTime!, $to: DateTime!) { wijkStats(from: $from, to: $to) { rows { wijkCode activeResidents { value suppressed display } changeAll { display } } } }',
      variables: { from: later(-365), to: later(1) },
    }),
    // Aggregates only, and the fixture's wijken are small: every cell is "<10".
    verify: (stats) => expect(stats.rows.find((r: { wijkCode: string }) => r.wijkCode === WIJK_A)).toMatchObject({ activeResidents: { value: null, suppressed: true, display: '<10' } }),
  },
  {
    operation: 'Query.myPosts', outcomes:                  'U    A    A    F    F    F    F    F    F',
    call: () => ({ query: `{ myPosts { nodes { ${POST_FIELDS} } } }` }),
    verify: (page, actor) => expect(ids(page).includes(f.postOfA)).toBe(actor === 'residentA'),
  },
  {
    operation: 'Query.myProfile', outcomes:                'U    A    A    F    F    F    F    F    F',
    call: () => ({ query: `{ myProfile { ${PROFILE_FIELDS} } }` }),
    verify: (profile, actor) => {
      expect(profile.userId).toBe(f.ids[actor]);
      if (actor === 'residentA') expect(profile).toMatchObject({ interestsText: A_PRIVATE.interestsText, postcode: A_PRIVATE.postcode });
    },
  },
  {
    operation: 'Query.mySignUps', outcomes:                'U    A    A    A    A    A    A    A    F',
    call: () => ({ query: '{ mySignUps { id activityId occurrenceStart status } }' }),
  },
  {
    operation: 'Query.occurrences', label: 'the public wijkagenda', outcomes: 'A A A A A A A A A',
    call: () => ({
      query: 'query($wijk: String, $from: DateTime, $to: DateTime) { occurrences(wijkCode: $wijk, from: $from, to: $to) { activityId startsAt placesLeft activity { id title status } } }',
      variables: { wijk: WIJK_A, from: new Date().toISOString(), to: later(30) },
    }),
    verify: (list: { activityId: string }[]) => {
      expect(list.map((o) => o.activityId)).toContain(f.publishedActivity);
      expect(list.map((o) => o.activityId)).not.toContain(f.draftActivity);
    },
  },
  {
    operation: 'Query.organisation', label: 'one still pending approval', outcomes: 'N N N N N N N A N',
    call: () => ({ query: 'query($id: ID!) { organisation(id: $id) { id name status email } }', variables: { id: f.pendingOrganisation } }),
    verify: (organisation) => expect(organisation).toMatchObject({ id: f.pendingOrganisation, status: 'PENDING' }),
  },
  {
    operation: 'Query.organisations', outcomes:            'A    A    A    A    A    A    A    A    A',
    call: () => ({ query: '{ organisations(first: 100) { nodes { id name status } } }' }),
    verify: (page, actor) => {
      expect(ids(page)).toEqual(expect.arrayContaining([f.organisationX, f.organisationY]));
      expect(ids(page).includes(f.pendingOrganisation)).toBe(actor === 'admin');
    },
  },
  {
    operation: 'Query.post', label: "A's open offer in WIJK_A", outcomes: 'U A A A N F F A F',
    call: () => ({ query: `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`, variables: { id: f.postOfA } }),
    // A post names its author by first name only, whoever reads it.
    verify: (post, actor) => expect(post).toMatchObject({ id: f.postOfA, authorName: 'Annemarie', isMine: actor === 'residentA' }),
  },
  {
    operation: 'Query.posts', outcomes:                    'U    A    A    A    A    F    F    A    F',
    call: () => ({ query: `{ posts(first: 50) { nodes { ${POST_FIELDS} } } }` }),
    verify: (page, actor) => expect(ids(page).includes(f.postOfA)).toBe(actor !== 'socialWorkerOther'),
  },
  {
    operation: 'Query.resident', label: "A's profile", outcomes: 'U F F A F F F A F',
    call: () => ({ query: `query($id: ID!) { resident(userId: $id) { ${PROFILE_FIELDS} } }`, variables: { id: f.ids.residentA } }),
    verify: (profile) => expect(profile).toMatchObject({ userId: f.ids.residentA, wishesText: A_PRIVATE.wishesText, needs: A_PRIVATE.needs }),
  },
  {
    operation: 'Query.residents', label: 'of WIJK_A', outcomes: 'U F F A F F F F F',
    call: () => ({ query: 'query($wijk: String) { residents(first: 50, filter: { wijkCode: $wijk }) { nodes { userId displayName wijkCode onBehalf } } }', variables: { wijk: WIJK_A } }),
    verify: (page: { nodes: { userId: string }[] }) => expect(page.nodes.map((n) => n.userId)).toEqual(expect.arrayContaining([f.ids.residentA, f.onBehalfResident])),
  },
  {
    operation: 'Query.signals', label: "the caller's wijken", outcomes: 'U F F A A F F A F',
    call: () => ({ query: '{ signals(first: 100) { nodes { id wijkCode status concern howToReach } } }' }),
    // Another wijk's social worker gets their own (empty) list: never WIJK_A's signal.
    verify: (page, actor) => expect(ids(page).includes(f.signalInWijkA)).toBe(['socialWorkerA', 'admin'].includes(actor)),
  },
  {
    operation: 'Query.signal', label: 'a signal in WIJK_A', outcomes: 'U F F A N F F A F',
    call: () => ({ query: 'query($id: ID!) { signal(id: $id) { id wijkCode status concern history { toStatus } } }', variables: { id: f.signalInWijkA } }),
    verify: (signal) => expect(signal).toMatchObject({ id: f.signalInWijkA, wijkCode: WIJK_A }),
  },
  {
    operation: 'Query.homeVisits', label: 'of a resident visited in WIJK_A', outcomes: 'U F F A F F F A F',
    call: () => ({ query: 'query($id: ID!) { homeVisits(residentId: $id) { id residentId livingSituation contactFrequency mobility notes } }', variables: { id: f.homeVisitResident } }),
    verify: (visits) => expect(visits).toEqual([expect.objectContaining({ residentId: f.homeVisitResident, livingSituation: 'ALONE' })]),
  },
  {
    operation: 'Query.search', label: 'everything the caller may see', outcomes: 'A A A A A A A A A',
    call: () => ({ query: 'query($input: SearchInput) { search(first: 50, input: $input) { nodes { type id title wijkCodes tags } totalCount } }', variables: { input: { text: 'computer' } } }),
    // Offers and requests are for residents and social work only (and never beyond their wijken).
    verify: (result: { nodes: { type: string; id: string }[] }, actor) => {
      const posts = result.nodes.filter((hit) => hit.type === 'POST').map((hit) => hit.id);
      if (['anonymous', 'providerX', 'providerY', 'admin', 'tokenX'].includes(actor)) expect(posts).toEqual([]);
      if (actor === 'socialWorkerOther') expect(posts).not.toContain(f.postOfA);
    },
  },
  {
    operation: 'Query.tags', outcomes:                     'A    A    A    A    A    A    A    A    A',
    call: () => ({ query: '{ tags { slug labelNl labelEn category synonyms } }' }),
    verify: (tags: { slug: string }[]) => expect(tags.map((x) => x.slug)).toContain('wandelen'),
  },
  {
    operation: 'Query.wijk', outcomes:                     'A    A    A    A    A    A    A    A    A',
    call: () => ({ query: 'query($code: String!) { wijk(code: $code) { code name postcodes buurten { code name } neighbours } }', variables: { code: WIJK_A } }),
  },
  {
    operation: 'Query.wijkForPostcode', outcomes:          'A    A    A    A    A    A    A    A    A',
    call: () => ({ query: '{ wijkForPostcode(postcode: "1211 AB") { code name } }' }),
    verify: (wijk) => expect(wijk).toEqual({ code: WIJK_A, name: 'Centrum' }),
  },
  {
    operation: 'Query.wijken', outcomes:                   'A    A    A    A    A    A    A    A    A',
    call: () => ({ query: '{ wijken { code name municipalityCode } }' }),
  },

  // ------------------------------------------------------------------ mutations
  {
    operation: 'Mutation.approveOrganisation', outcomes:   'U    F    F    F    F    F    F    A    F',
    call: async (actor) => ({
      query: 'mutation($id: ID!) { approveOrganisation(id: $id) { id status } }',
      variables: { id: actor === 'admin' ? await f.pendingOrganisationByAdmin() : f.pendingOrganisation },
    }),
    verify: (organisation) => expect(organisation.status).toBe('APPROVED'),
  },
  {
    operation: 'Mutation.assignRole', label: 'resident B as admin (others: a new account)', outcomes: 'U F F F F F F A F',
    call: async (actor) => ({
      query: 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id role wijkCodes } }',
      variables: {
        input: actor === 'admin'
          ? { userId: (await f.register('Nieuwe collega')).id, role: 'SOCIAL_WORKER', wijkCodes: [WIJK_OTHER] }
          : { userId: f.ids.residentB, role: 'ADMIN' },
      },
    }),
    verify: (account) => expect(account.role).toBe('SOCIAL_WORKER'),
  },
  {
    operation: 'Mutation.cancelActivity', label: "an activity of X", outcomes: 'U F F F F A F A A',
    call: async (actor) => ({
      query: 'mutation($id: ID!) { cancelActivity(id: $id, reason: "De zaal is niet beschikbaar.") { id status } }',
      variables: { id: ['providerX', 'admin', 'tokenX'].includes(actor) ? await f.publishedActivityOfX() : f.publishedActivity },
    }),
    verify: (activity) => expect(activity.status).toBe('CANCELLED'),
  },
  {
    operation: 'Mutation.cancelSignUp', label: "A's sign-up", outcomes: 'U A N N N N N N F',
    call: () => ({ query: 'mutation($id: ID!) { cancelSignUp(id: $id) { id status } }', variables: { id: f.signUpOfA } }),
    verify: (signUp) => expect(signUp).toEqual({ id: f.signUpOfA, status: 'CANCELLED' }),
  },
  {
    operation: 'Mutation.closePost', label: "A's offer", outcomes: 'U A F F N F F F F',
    call: async (actor) => ({
      query: `mutation($id: ID!) { closePost(id: $id) { ${POST_FIELDS} } }`,
      variables: { id: actor === 'residentA' ? await f.postByA() : f.postOfA },
    }),
    verify: (post) => expect(post.status).toBe('CLOSED'),
  },
  {
    operation: 'Mutation.endBuddyTrajectory', label: 'an active trajectory in WIJK_A (fresh for its social worker)', outcomes: 'U F F A N F F F F',
    call: async (actor) => ({
      query: `mutation($input: EndBuddyTrajectoryInput!) { endBuddyTrajectory(input: $input) { ${BUDDY_TRAJECTORY_FIELDS} } }`,
      variables: {
        input: {
          id: actor === 'socialWorkerA' ? await f.buddyTrajectory(f.ids.residentB!, await f.onBehalfResidentInWijkA()) : f.buddyTrajectoryOfA,
          outcome: 'GOAL_REACHED',
        },
      },
    }),
    verify: (trajectory) => expect(trajectory).toMatchObject({ status: 'ENDED', outcome: 'GOAL_REACHED' }),
  },
  {
    operation: 'Mutation.createActivity', label: 'for organisation X', outcomes: 'U F F F F A F A A',
    call: () => ({
      query: `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${ACTIVITY_FIELDS} } }`,
      variables: {
        input: {
          organisationId: f.organisationX,
          title: 'Samen wandelen',
          wijkCode: WIJK_A,
          tags: ['wandelen'],
          location: { name: 'Voor het buurthuis' },
          schedule: { startsAt: later(5), rrule: 'FREQ=WEEKLY;BYDAY=TU', durationMinutes: 60 },
        },
      },
    }),
    verify: (activity) => expect(activity).toMatchObject({ organisationId: f.organisationX, status: 'DRAFT' }),
  },
  {
    operation: 'Mutation.createApiToken', label: 'for organisation X', outcomes: 'U F F F F A F A F',
    call: () => ({
      query: 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id organisationId } } }',
      variables: { input: { name: `Koppeling ${unique()}`, organisationId: f.organisationX } },
    }),
    verify: (created) => expect(created.apiToken.organisationId).toBe(f.organisationX),
  },
  {
    // Creating an organisation makes its creator a provider: residents' cases use a fresh
    // resident account, so A and B stay residents for the rest of the table.
    operation: 'Mutation.createOrganisation', outcomes:    'U    A    A    F    F    F    F    A    F',
    call: async (actor) => ({
      query: 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id status } }',
      variables: { input: { name: `Buurtinitiatief ${unique()}`, kind: 'OTHER', wijkCodes: [WIJK_A] } },
      token: actor === 'residentA' || actor === 'residentB' ? (await f.register('Nieuwe bewoner')).token : undefined,
    }),
    verify: (organisation) => expect(organisation.status).toBe('PENDING'),
  },
  {
    operation: 'Mutation.createPost', label: 'as yourself, or (social work) for Joop', outcomes: 'U A A A F F F F F',
    call: (actor) => ({
      query: `mutation($input: CreatePostInput!, $for: ID) { createPost(input: $input, onBehalfOf: $for) { ${POST_FIELDS} } }`,
      variables: {
        input: { kind: 'REQUEST', title: 'Wie wandelt mee?', tags: ['wandelen'] },
        for: actor === 'socialWorkerA' || actor === 'socialWorkerOther' ? f.onBehalfResident : null,
      },
    }),
    verify: (post) => expect(post).toMatchObject({ status: 'OPEN', wijkCode: WIJK_A }),
  },
  {
    operation: 'Mutation.createPost', label: 'on behalf of another resident', outcomes: 'U F F F F F F F F',
    call: (actor) => ({
      query: 'mutation($input: CreatePostInput!, $for: ID) { createPost(input: $input, onBehalfOf: $for) { id } }',
      variables: { input: { kind: 'OFFER', title: 'Namens een ander' }, for: actor === 'residentA' ? f.ids.residentB : f.ids.residentA },
    }),
  },
  {
    operation: 'Mutation.createResidentOnBehalf', label: 'in WIJK_A', outcomes: 'U F F A F F F F F',
    call: () => ({
      query: `mutation($input: CreateResidentOnBehalfInput!) { createResidentOnBehalf(input: $input) { ${PROFILE_FIELDS} } }`,
      variables: { input: { displayName: 'Els', wijkCode: WIJK_A, consent: { profileProcessing: true, method: 'WRITTEN' } } },
    }),
    verify: (profile) => expect(profile).toMatchObject({ wijkCode: WIJK_A, onBehalf: true }),
  },
  {
    operation: 'Mutation.curateMatch', label: "a proposal for Joop (curated in WIJK_A)", outcomes: 'U F F A F F F F F',
    call: () => ({
      query: `mutation($input: CurateMatchInput!) { curateMatch(input: $input) { ${MATCH_FIELDS} } }`,
      variables: { input: { id: f.curationMatch, decision: 'REJECT', note: 'Past nu niet.' } },
    }),
    verify: (match) => expect(match).toMatchObject({ id: f.curationMatch, status: 'REJECTED' }),
  },
  {
    operation: 'Mutation.deleteTag', outcomes:             'U    F    F    F    F    F    F    A    F',
    call: async (actor) => ({ query: 'mutation($slug: String!) { deleteTag(slug: $slug) { slug } }', variables: { slug: actor === 'admin' ? await f.tag() : 'wandelen' } }),
  },
  {
    // Residents' cases erase a fresh resident account, not A or B.
    operation: 'Mutation.eraseMe', outcomes:               'U    A    A    F    F    F    F    F    F',
    call: async (actor) => ({
      query: 'mutation { eraseMe(confirm: true) }',
      token: actor === 'residentA' || actor === 'residentB' ? (await f.register('Wil weg')).token : undefined,
    }),
    verify: (erased) => expect(erased).toBe(true),
  },
  {
    operation: 'Mutation.eraseResidentOnBehalf', label: "a resident registered on their behalf in WIJK_A", outcomes: 'U F F A F F F F F',
    call: async (actor) => ({
      query: 'mutation($id: ID!) { eraseResidentOnBehalf(userId: $id) }',
      variables: { id: actor === 'socialWorkerA' ? await f.onBehalfResidentInWijkA() : f.onBehalfResident },
    }),
    verify: (erased) => expect(erased).toBe(true),
  },
  {
    operation: 'Mutation.exportMyData', outcomes:          'U    A    A    F    F    F    F    F    F',
    call: () => ({ query: 'mutation { exportMyData }' }),
    verify: (json: string, actor) => expect(json.includes(A_PRIVATE.interestsText)).toBe(actor === 'residentA'),
  },
  {
    operation: 'Mutation.extendPost', label: "A's offer", outcomes: 'U A F F N F F F F',
    call: () => ({ query: `mutation($id: ID!) { extendPost(id: $id) { ${POST_FIELDS} } }`, variables: { id: f.postOfA } }),
    verify: (post) => expect(post.status).toBe('OPEN'),
  },
  {
    operation: 'Mutation.importWijken', outcomes:          'U    F    F    F    F    F    F    A    F',
    call: () => ({ query: 'mutation($csv: String!) { importWijken(csv: $csv) { imported updated unchanged errors { line } } }', variables: { csv: WIJKEN_CSV } }),
    verify: (report) => expect(report).toMatchObject({ imported: 0, updated: 0, errors: [] }),
  },
  {
    operation: 'Mutation.login', outcomes:                 'A    A    A    A    A    A    A    A    A',
    call: () => ({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token account { email role } } }',
      variables: { input: { email: f.loginAccount.email, password: PASSWORD } },
    }),
    verify: (payload) => expect(payload.account).toEqual({ email: f.loginAccount.email, role: 'RESIDENT' }),
  },
  {
    // Each account logs out a second session of its own, so its main token keeps working.
    operation: 'Mutation.logout', outcomes:                'U    A    A    A    A    A    A    A    F',
    call: async (actor) => ({ query: 'mutation { logout }', token: await f.secondSession(actor) }),
    verify: (done) => expect(done).toBe(true),
  },
  {
    operation: 'Mutation.publishActivity', label: "a draft of X", outcomes: 'U F F F F A N A A',
    call: async (actor) => ({
      query: 'mutation($id: ID!) { publishActivity(id: $id) { id status } }',
      variables: { id: ['providerX', 'admin', 'tokenX'].includes(actor) ? await f.draftActivityOfX() : f.draftActivity },
    }),
    verify: (activity) => expect(activity.status).toBe('PUBLISHED'),
  },
  {
    operation: 'Mutation.recordBuddyCheckIn', label: "a check-in of A's trajectory", outcomes: 'U A N A N F F F F',
    call: async () => ({
      query: `mutation($input: RecordBuddyCheckInInput!) { recordBuddyCheckIn(input: $input) { ${BUDDY_CHECK_IN_FIELDS} } }`,
      variables: { input: { checkInId: await f.openBuddyCheckIn(f.buddyTrajectoryOfA), howItGoes: 'GOOD' } },
    }),
    verify: (checkIn) => expect(checkIn).toMatchObject({ trajectoryId: f.buddyTrajectoryOfA, howItGoes: 'GOOD', recordedByMe: true }),
  },
  {
    operation: 'Mutation.fileSignal', label: 'about someone in WIJK_A', outcomes: 'A A A A A A A A A',
    call: () => ({
      query: 'mutation($input: FileSignalInput!) { fileSignal(input: $input) { reference wijkCode wijkName } }',
      variables: { input: { wijkCode: WIJK_A, howToReach: 'Naast het buurthuis', concern: 'Zien we niet meer.', personAware: 'UNSURE' } },
    }),
    verify: (receipt) => expect(receipt).toEqual({ reference: expect.stringMatching(/^[0-9A-F]{8}$/), wijkCode: WIJK_A, wijkName: 'Centrum' }),
  },
  {
    operation: 'Mutation.triageSignal', label: 'a new signal in WIJK_A', outcomes: 'U F F A N F F F F',
    call: async (actor) => ({
      query: 'mutation($input: TriageSignalInput!) { triageSignal(input: $input) { id status triageNote } }',
      variables: { input: { id: actor === 'socialWorkerA' ? await f.signalOfWijkA() : f.signalInWijkA, status: 'CONTACTED', note: 'Gebeld.', expectedStatus: 'NEW' } },
    }),
    verify: (signal) => expect(signal).toMatchObject({ status: 'CONTACTED', triageNote: 'Gebeld.' }),
  },
  {
    operation: 'Mutation.recordHomeVisit', label: 'in WIJK_A', outcomes: 'U F F A F F F F F',
    call: () => ({
      query: 'mutation($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { homeVisit { id residentId wijkCode } residentId displayName } }',
      variables: { input: f.homeVisitInput('Riet') },
    }),
    verify: (result) => expect(result).toMatchObject({ displayName: 'Riet', residentId: result.homeVisit.residentId, homeVisit: { wijkCode: WIJK_A } }),
  },
  {
    operation: 'Mutation.recordMeasurement', label: 'a first questionnaire in WIJK_A', outcomes: 'U A A A F F F F F',
    call: async (actor) => {
      const self = actor === 'residentA' || actor === 'residentB';
      const residentId = self ? undefined : actor === 'socialWorkerA' ? await f.onBehalfResidentInWijkA() : f.onBehalfResident;
      return {
        query: `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { ${MEASUREMENT_FIELDS} } }`,
        variables: { input: { residentId, moment: 'T0', answers: MEASUREMENT_ANSWERS, consent: self ? { given: true } : { given: true, method: 'SPOKEN' } } },
        token: self ? await f.freshResidentOfWijkA() : undefined,
      };
    },
    verify: (m, actor) => expect(m).toMatchObject({ moment: 'T0', totalScore: 2, method: actor === 'socialWorkerA' ? 'ON_BEHALF' : 'SELF' }),
  },
  {
    operation: 'Mutation.recordFollowUp', label: "A's accepted match", outcomes: 'U A N N N F F F F',
    call: () => ({
      query: `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { ${MATCH_FIELDS} } }`,
      variables: { input: { matchId: f.acceptedMatchOfA, outcome: { wentWell: true, wantsMore: true } } },
    }),
    verify: (match) => expect(match).toMatchObject({ id: f.acceptedMatchOfA, status: 'FOLLOWED_UP' }),
  },
  {
    operation: 'Mutation.register', outcomes:              'A    A    A    A    A    A    A    A    A',
    call: () => ({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { token account { role } } }',
      variables: { input: { email: `${unique()}@example.nl`, password: PASSWORD, displayName: 'Nieuw' } },
    }),
    verify: (payload) => expect(payload.account.role).toBe('RESIDENT'),
  },
  {
    operation: 'Mutation.respondToMatch', label: "A's offered match", outcomes: 'U A N N N F F F F',
    call: () => ({
      query: `mutation($input: RespondToMatchInput!) { respondToMatch(input: $input) { ${MATCH_FIELDS} } }`,
      variables: { input: { id: f.offeredMatchOfA, response: 'DECLINE', reason: 'Andere keer.' } },
    }),
    verify: (match) => expect(match).toMatchObject({ id: f.offeredMatchOfA, status: 'DECLINED' }),
  },
  {
    operation: 'Mutation.revokeApiToken', label: "a token of X", outcomes: 'U F F F F A N A F',
    call: async () => ({ query: 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }', variables: { id: await f.apiTokenOfX() } }),
    verify: (token) => expect(token.revokedAt).not.toBeNull(),
  },
  {
    operation: 'Mutation.startBuddyTrajectory', label: 'resident B for a resident of WIJK_A (a fresh one for its social worker)', outcomes: 'U F F A F F F F F',
    call: async (actor) => ({
      query: `mutation($input: StartBuddyTrajectoryInput!) { startBuddyTrajectory(input: $input) { ${BUDDY_TRAJECTORY_FIELDS} } }`,
      variables: {
        input: {
          volunteerId: f.ids.residentB,
          residentId: actor === 'socialWorkerA' ? await f.onBehalfResidentInWijkA() : f.onBehalfResident,
          startsOn: later(0).slice(0, 10),
          plannedEndOn: later(90).slice(0, 10),
        },
      },
    }),
    verify: (trajectory) => expect(trajectory).toMatchObject({ status: 'ACTIVE', wijkCode: WIJK_A, volunteer: { userId: f.ids.residentB }, checkInEveryWeeks: 4 }),
  },
  {
    operation: 'Mutation.signUp', label: 'a published activity', outcomes: 'U A A A A A A A F',
    call: () => ({ query: 'mutation($id: ID!) { signUp(activityId: $id) { id status activityId } }', variables: { id: f.publishedActivity } }),
    verify: (signUp) => expect(signUp).toMatchObject({ activityId: f.publishedActivity, status: 'CONFIRMED' }),
  },
  {
    operation: 'Mutation.signUp', label: 'a draft (looks like no activity)', outcomes: 'U N N N N N N N F',
    call: () => ({ query: 'mutation($id: ID!) { signUp(activityId: $id) { id } }', variables: { id: f.draftActivity } }),
  },
  {
    operation: 'Mutation.updateActivity', label: "a published activity of X", outcomes: 'U F F F F A F A A',
    call: (actor) => ({
      query: 'mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id description } }',
      variables: { input: { id: f.publishedActivity, description: `Bijgewerkt door ${actor}.` } },
    }),
    verify: (activity, actor) => expect(activity.description).toBe(`Bijgewerkt door ${actor}.`),
  },
  {
    operation: 'Mutation.updateActivity', label: 'a draft of X (looks like no activity to Y)', outcomes: 'U F F F F A N A A',
    call: () => ({ query: 'mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }', variables: { input: { id: f.draftActivity, capacity: 12 } } }),
  },
  {
    operation: 'Mutation.updateMyProfile', outcomes:       'U    A    A    F    F    F    F    F    F',
    call: () => ({ query: `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { ${PROFILE_FIELDS} } }`, variables: { input: { travelRadiusKm: 4 } } }),
    verify: (profile, actor) => expect(profile).toMatchObject({ userId: f.ids[actor], travelRadiusKm: 4 }),
  },
  {
    operation: 'Mutation.updateOrganisation', label: 'organisation X', outcomes: 'U F F F F A F A A',
    call: (actor) => ({
      query: 'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id description } }',
      variables: { input: { id: f.organisationX, description: `Bijgewerkt door ${actor}.` } },
    }),
    verify: (organisation, actor) => expect(organisation.description).toBe(`Bijgewerkt door ${actor}.`),
  },
  {
    operation: 'Mutation.updatePost', label: "A's offer", outcomes: 'U A F F N F F F F',
    call: () => ({
      query: `mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { ${POST_FIELDS} } }`,
      variables: { id: f.postOfA, input: { title: 'Ik help met computer en tablet' } },
    }),
    verify: (post) => expect(post.title).toBe('Ik help met computer en tablet'),
  },
  {
    operation: 'Mutation.updateResidentOnBehalf', label: 'Joop, registered on his behalf in WIJK_A', outcomes: 'U F F A F F F F F',
    call: () => ({
      query: `mutation($id: ID!, $input: UpdateResidentOnBehalfInput!) { updateResidentOnBehalf(userId: $id, input: $input) { ${PROFILE_FIELDS} } }`,
      variables: { id: f.onBehalfResident, input: { travelRadiusKm: 1.5 } },
    }),
    verify: (profile) => expect(profile).toMatchObject({ userId: f.onBehalfResident, travelRadiusKm: 1.5 }),
  },
  {
    operation: 'Mutation.updateResidentOnBehalf', label: 'resident A, who keeps her own profile', outcomes: 'U F F F F F F F F',
    call: () => ({
      query: `mutation($id: ID!, $input: UpdateResidentOnBehalfInput!) { updateResidentOnBehalf(userId: $id, input: $input) { ${PROFILE_FIELDS} } }`,
      variables: { id: f.ids.residentA, input: { travelRadiusKm: 10 } },
    }),
  },
  {
    operation: 'Mutation.upsertActivities', label: 'for organisation X', outcomes: 'U F F F F A F A A',
    call: (actor) => ({
      query: 'mutation($items: [ActivityItemInput!]!, $org: ID) { upsertActivities(items: $items, organisationId: $org) { created updated unchanged failed } }',
      variables: {
        org: f.organisationX,
        items: [{
          externalId: `matrix-${actor}`,
          title: 'Taalcafé',
          wijkCode: WIJK_A,
          location: { name: 'Bibliotheek' },
          schedule: { startsAt: later(3), rrule: 'FREQ=WEEKLY;BYDAY=TH', durationMinutes: 90 },
        }],
      },
    }),
    verify: (result) => expect(result).toMatchObject({ created: 1, failed: 0 }),
  },
  {
    operation: 'Mutation.upsertTag', outcomes:             'U    F    F    F    F    F    F    A    F',
    call: () => ({
      query: 'mutation($input: UpsertTagInput!) { upsertTag(input: $input) { slug labelNl } }',
      variables: { input: { slug: 'wandelen', labelNl: 'Wandelen', labelEn: 'Walking', category: 'INTEREST', synonyms: ['lopen'] } },
    }),
  },
];

// prettier-ignore
const SUBSCRIPTION_ROWS: SubscriptionRow[] = [
  //                                                                   anon resA resB swA  swO  provX provY admin tokX
  { operation: 'Subscription.accountUpdated', outcomes:               'U    A    A    A    A    A    A    A    F', query: 'subscription { accountUpdated { id role } }' },
  { operation: 'Subscription.activitySignUpsChanged', outcomes:       'U    F    F    F    F    A    F    A    A', query: () => `subscription { activitySignUpsChanged(activityId: "${f.publishedActivity}") { activityId occurrenceStart } }` },
  { operation: 'Subscription.curationQueueChanged', outcomes:         'U    F    F    A    A    F    F    F    F', query: 'subscription { curationQueueChanged { matchId wijkCode change } }' },
  { operation: 'Subscription.matchProposed', outcomes:                'U    A    A    F    F    F    F    F    F', query: `subscription { matchProposed { ${MATCH_FIELDS} } }` },
  { operation: 'Subscription.matchUpdated', outcomes:                 'U    A    A    A    A    F    F    F    F', query: `subscription { matchUpdated { ${MATCH_FIELDS} } }` },
  // As Query.signals: the social workers (of any wijk: each hears only their own) and admins.
  { operation: 'Subscription.signalFiled', outcomes:                  'U    F    F    A    A    F    F    A    F', query: 'subscription { signalFiled { signalId wijkCode wijkName status createdAt } }' },
];

/** The outcome of one call: 'A', or the error code (anything unexpected shows in the diff). */
async function outcomeOf(row: Row, actor: Actor): Promise<{ code: string; detail?: string }> {
  const call = await row.call(actor);
  const res = await gql(t.url, call.query, call.variables, call.token ?? f.tokens[actor]);
  if (!MAY_SEE_A.includes(actor)) answersToOthers.push({ actor, operation: row.operation, body: res });
  const name = field(row);
  if (res.errors?.length) {
    const codes = [...new Set(res.errors.map((e) => e.extensions?.code ?? 'NO_CODE'))].join('+');
    // A refusal never comes with the refused data.
    if (res.data && res.data[name] != null) return { code: `${codes} WITH DATA` };
    return { code: codes, detail: res.errors[0].message };
  }
  if (res.status !== 200 || !res.data || !(name in res.data)) return { code: `HTTP ${res.status} without data` };
  try {
    row.verify?.(res.data[name], actor);
  } catch (error) {
    return { code: 'A but wrong data', detail: (error as Error).message };
  }
  return { code: 'A' };
}

async function subscriptionOutcome(query: string, token: string | undefined): Promise<string> {
  const client = createClient({
    url: t.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  try {
    return await new Promise<string>((resolve) => {
      // Refusals come at once (the guard runs when the subscription starts); an accepted one stays
      // open. The wait is generous: on a loaded machine a refusal can take over a second, and
      // reading a late refusal as "allowed" would be a false pass.
      const timer = setTimeout(() => resolve('A'), 3_000);
      client.subscribe(
        { query },
        {
          next: (value) => {
            if (value.errors?.length) {
              clearTimeout(timer);
              resolve(String(value.errors[0].extensions?.code ?? 'NO_CODE'));
            }
          },
          error: (error) => {
            clearTimeout(timer);
            const errors = Array.isArray(error) ? error : [error];
            const code = (errors[0] as { extensions?: { code?: string } })?.extensions?.code;
            resolve(code ?? `closed: ${JSON.stringify(error).slice(0, 200)}`);
          },
          complete: () => {
            clearTimeout(timer);
            resolve('completed without events');
          },
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

function expectedCodes(outcomes: string): Record<Actor, string> {
  const parsed = parseOutcomes(outcomes);
  return Object.fromEntries(ACTORS.map((a) => [a, parsed[a] === 'A' ? 'A' : PUBLIC_CODES[parsed[a]]])) as Record<Actor, string>;
}

describe('authorisation matrix', () => {
  beforeAll(async () => {
    t = await startTestApp();
    f = new AuthorisationFixture(t);
    await f.build();
  }, 120_000);
  afterAll(() => t?.close());

  it('has a row for every query, mutation and subscription in the schema, and none for operations that do not exist', async () => {
    const res = await gql(t.url, '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }');
    const schema = res.data!.__schema;
    const inSchema = [
      ...schema.queryType.fields.map((x: { name: string }) => `Query.${x.name}`),
      ...(schema.mutationType?.fields ?? []).map((x: { name: string }) => `Mutation.${x.name}`),
      ...(schema.subscriptionType?.fields ?? []).map((x: { name: string }) => `Subscription.${x.name}`),
    ].sort();
    const inTable = [...new Set([...ROWS, ...SUBSCRIPTION_ROWS].map((row) => row.operation))].sort();
    expect({ withoutAuthorisationRow: inSchema.filter((op) => !inTable.includes(op)) }).toEqual({ withoutAuthorisationRow: [] });
    expect({ rowsForUnknownOperations: inTable.filter((op) => !inSchema.includes(op)) }).toEqual({ rowsForUnknownOperations: [] });
    for (const row of [...ROWS, ...SUBSCRIPTION_ROWS]) expect(() => parseOutcomes(row.outcomes)).not.toThrow();
  });

  describe.each(ROWS.map((row) => [`${row.operation}${row.label ? ` (${row.label})` : ''}`, row] as const))('%s', (_name, row) => {
    it('allows and refuses exactly the callers in the table', async () => {
      const expected = expectedCodes(row.outcomes);
      const actual = {} as Record<Actor, string>;
      const details: string[] = [];
      // Refused callers first: an allowed call may change or end the shared target.
      const order = [...ACTORS].sort((a, b) => Number(expected[a] === 'A') - Number(expected[b] === 'A'));
      for (const actor of order) {
        const outcome = await outcomeOf(row, actor);
        actual[actor] = outcome.code;
        if (outcome.code !== expected[actor] && outcome.detail) details.push(`${actor}: ${outcome.detail}`);
      }
      const inActorOrder = (r: Record<Actor, string>) => Object.fromEntries(ACTORS.map((a) => [a, r[a]]));
      expect({ outcomes: inActorOrder(actual), details }).toEqual({ outcomes: inActorOrder(expected), details: [] });
    });
  });

  describe.each(SUBSCRIPTION_ROWS.map((row) => [row.operation, row] as const))('%s', (_name, row) => {
    it('allows and refuses exactly the callers in the table', async () => {
      const expected = expectedCodes(row.outcomes);
      const query = typeof row.query === 'function' ? row.query() : row.query;
      const results = await Promise.all(ACTORS.map((actor) => subscriptionOutcome(query, f.tokens[actor])));
      const actual = Object.fromEntries(ACTORS.map((actor, i) => [actor, results[i]]));
      expect(actual).toEqual(expected);
    });
  });

  describe("resident A's private profile", () => {
    it('was asked for often enough to mean something', () => {
      // Every row ran for every actor; the scan below covers the answers to all who may not see A.
      const actors = new Set(answersToOthers.map((a) => a.actor));
      expect([...actors].sort()).toEqual(ACTORS.filter((a) => !MAY_SEE_A.includes(a)).sort());
      expect(answersToOthers.length).toBe(ROWS.length * actors.size);
    });

    it('never reaches another resident, the social worker of another wijk, a provider, a token or the public', () => {
      const PROFILE_KEYS = ['postcode', 'ageBand', 'availability', 'needs', 'consents', 'interestsText', 'talentsText', 'wishesText', 'travelRadiusKm', 'contactPreference'];
      const leaks: string[] = [];
      for (const { actor, operation, body } of answersToOthers) {
        const text = JSON.stringify({ data: body.data, errors: body.errors });
        for (const marker of A_MARKERS) if (text.includes(marker)) leaks.push(`${operation} → ${actor}: contains "${marker}"`);
        const walk = (value: unknown, path: string): void => {
          if (typeof value === 'string') {
            if (A_PRIVATE_VALUES.includes(value)) leaks.push(`${operation} → ${actor}: ${path} = "${value}"`);
            return;
          }
          if (!value || typeof value !== 'object') return;
          if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
          const record = value as Record<string, unknown>;
          const privateKeys = PROFILE_KEYS.filter((key) => key in record);
          // A profile object is only ever the caller's own.
          if (privateKeys.length > 0 && (record.userId === undefined || record.userId !== f.ids[actor])) {
            leaks.push(`${operation} → ${actor}: ${path} holds ${privateKeys.join(', ')} of ${String(record.userId)}`);
          }
          if (record.postcode === A_PRIVATE.postcode) leaks.push(`${operation} → ${actor}: ${path}.postcode`);
          for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
        };
        walk(body.data, 'data');
      }
      expect(leaks).toEqual([]);
    });
  });
});
