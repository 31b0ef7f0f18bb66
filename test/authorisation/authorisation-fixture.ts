import { AuthService, Role } from '@buurtbrug/auth';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import type { TestApp } from '../support/test-app.js';

/** Who calls: every kind of caller the access rules tell apart. */
export const ACTORS = [
  'anonymous',
  'residentA',
  'residentB',
  'socialWorkerA',
  'socialWorkerOther',
  'providerX',
  'providerY',
  'admin',
  'tokenX',
] as const;
export type Actor = (typeof ACTORS)[number];

export const WIJK_A = 'WK040201';
/** More than 2.5 km from WIJK_A, so not its neighbour: its social worker sees nothing of WIJK_A. */
export const WIJK_OTHER = 'WK040204';
export const PASSWORD = 'een-goed-wachtwoord';

/**
 * Resident A's private profile, with values nobody else in the fixture has, so a response that
 * contains one of them to someone else is a leak. Free text carries unique markers; the enum
 * values chosen (UNDER_30, SUN_EVENING, WHEELCHAIR_ACCESS, language "fy", the MEASUREMENT
 * consent) occur in no other output type and in no other actor's data.
 */
export const A_PRIVATE = {
  surname: 'Markeerveld',
  postcode: '1299',
  ageBand: 'UNDER_30',
  languages: ['fy'],
  availability: ['SUN_EVENING'],
  needs: ['WHEELCHAIR_ACCESS'],
  interestsText: 'MARKER-interests-q7x2',
  talentsText: 'MARKER-talents-q7x2',
  wishesText: 'MARKER-wishes-q7x2',
  consentKind: 'MEASUREMENT',
};

/** Strings that must never reach anyone but A, A's social worker and admins. */
export const A_MARKERS = [A_PRIVATE.surname, A_PRIVATE.interestsText, A_PRIVATE.talentsText, A_PRIVATE.wishesText];
/** Values that only ever appear in a ResidentProfile (or its consents) of A. */
export const A_PRIVATE_VALUES = [A_PRIVATE.ageBand, A_PRIVATE.availability[0], A_PRIVATE.needs[0], A_PRIVATE.languages[0], A_PRIVATE.consentKind];

export const WIJKEN_CSV = `wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon
${WIJK_A},Centrum,GM0402,Hilversum,,,,52.2245,5.1745
${WIJK_OTHER},Hilversumse Meent,GM0402,Hilversum,,,,52.2500,5.2010
${WIJK_A},,,,BU04020101,Kerkbrink en Oude Haven,,52.2232,5.1738
${WIJK_A},,,,,,1211,,
${WIJK_A},,,,,,${A_PRIVATE.postcode},,
${WIJK_OTHER},,,,,,1218,,
`;

export const PROFILE_FIELDS = `userId displayName wijkCode buurtCode postcode ageBand languages interests talents wishes
  interestsText talentsText wishesText availability travelRadiusKm needs contactPreference viaSocialWorker
  wantsNewContacts onBehalf consents { kind givenAt withdrawnAt method recordedBy }`;
export const POST_FIELDS = 'id kind title text tags wijkCode wijkName status expiresAt createdAt updatedAt authorName isMine';
export const ACTIVITY_FIELDS = `id organisationId externalId title description tags wijkCode status capacity costCents free walkIn
  audience languages accessibility location { name addressLine } schedule { kind startsAt endsAt rrule durationMinutes }
  organisation { id name status } wijk { code name }`;
export const MATCH_FIELDS = `id kind status residentId activityId wijkCode score reasons { __typename } curated curationNote
  warmHandover offeredAt respondedAt followUpDueAt followedUpAt acceptedByMe counterpartContact`;

export const BUDDY_TRAJECTORY_FIELDS = `id status wijkCode startedOn plannedEndOn endedOn outcome goal checkInEveryWeeks myRole
  volunteer { userId displayName contact } resident { userId displayName contact } nextCheckInId nextCheckInOn endNote createdAt updatedAt`;
export const BUDDY_CHECK_IN_FIELDS = `id trajectoryId dueOn due doneAt howItGoes note recordedByMe trajectory { ${BUDDY_TRAJECTORY_FIELDS} }`;

/** Six answers for the questionnaire (De Jong Gierveld items in order). */
export const MEASUREMENT_ANSWERS = { emptiness: 'NO', missPeople: 'MORE_OR_LESS', abandoned: 'NO', canRelyOn: 'YES', trustFully: 'YES', closeTo: 'MORE_OR_LESS' };
export const MEASUREMENT_FIELDS = 'id residentId moment answers { emptiness missPeople abandoned canRelyOn trustFully closeTo } emotionalScore socialScore totalScore takenAt method';

let sequence = 0;
/** A unique suffix for names and emails created during the run. */
export const unique = (): string => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

interface Account {
  id: string;
  email: string;
  token: string;
}

/**
 * The actors and what they act on, created through the real GraphQL API (only the first admin
 * is created with the service, as `npm run admin:create` does: there is no API for it).
 */
export class AuthorisationFixture {
  readonly tokens = {} as Record<Actor, string | undefined>;
  readonly emails = {} as Record<Actor, string | undefined>;
  readonly ids = {} as Record<Actor, string | undefined>;
  organisationX = '';
  organisationY = '';
  /** Created by an admin and never approved: visible only to admins. */
  pendingOrganisation = '';
  /** A published one-off activity of X, with places, open for sign-up. */
  publishedActivity = '';
  /** A draft activity of X: only X's providers, X's token and admins may see it. */
  draftActivity = '';
  /** Resident A's open offer in WIJK_A. */
  postOfA = '';
  /** Resident A's sign-up for `publishedActivity`. */
  signUpOfA = '';
  /** A resident registered on their behalf by the social worker of WIJK_A. */
  onBehalfResident = '';
  /** Matches written in the matching table's shape (only the scorer creates them otherwise). */
  offeredMatchOfA = '';
  acceptedMatchOfA = '';
  curationMatch = '';
  /** Resident A's T0 questionnaire (A gave MEASUREMENT consent in the profile). */
  measurementOfA = '';
  /** A buddy trajectory in WIJK_A started by its social worker: resident A is the volunteer for Joop. */
  buddyTrajectoryOfA = '';
  /** A signal about someone in WIJK_A, filed by provider X. */
  signalInWijkA = '';
  /** A resident registered at a home visit by the social worker of WIJK_A. */
  homeVisitResident = '';
  loginAccount = { email: '', password: PASSWORD };

  constructor(private readonly t: TestApp) {}

  /** A GraphQL call that must succeed; returns the operation's data. */
  async ok<T = any>(token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await gql(this.t.url, query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`fixture call failed: ${query}\n${JSON.stringify(res.errors)}`);
    return Object.values(res.data)[0] as T;
  }

  async register(displayName: string): Promise<Account> {
    const email = `${unique()}@example.nl`;
    const payload = await this.ok<{ token: string; account: { id: string } }>(
      undefined,
      'mutation($input: RegisterInput!) { register(input: $input) { token account { id } } }',
      { input: { email, password: PASSWORD, displayName } },
    );
    return { id: payload.account.id, email, token: payload.token };
  }

  async build(): Promise<void> {
    const auth = this.t.app.get(AuthService);
    const adminEmail = `beheer-${unique()}@example.nl`;
    this.ids.admin = (await auth.createAccount({ email: adminEmail, password: PASSWORD, displayName: 'Beheer', role: Role.ADMIN })).id;
    this.emails.admin = adminEmail;
    const admin = (this.tokens.admin = await login(this.t.url, adminEmail, PASSWORD));

    const report = await this.ok(admin, 'mutation($csv: String!) { importWijken(csv: $csv) { imported errors { line field message } } }', {
      csv: WIJKEN_CSV,
    });
    if (report.errors.length > 0) throw new Error(`wijken CSV refused: ${JSON.stringify(report.errors)}`);
    for (const [slug, labelNl, labelEn, category] of [
      ['wandelen', 'Wandelen', 'Walking', 'INTEREST'],
      ['koffie-drinken', 'Koffie drinken', 'Having coffee', 'INTEREST'],
      ['computerhulp', 'Hulp met computer en telefoon', 'Computer help', 'TALENT'],
    ]) {
      await this.ok(admin, 'mutation($input: UpsertTagInput!) { upsertTag(input: $input) { slug } }', {
        input: { slug, labelNl, labelEn, category },
      });
    }

    const accounts: [Actor, string][] = [
      ['residentA', `Annemarie ${A_PRIVATE.surname}`],
      ['residentB', 'Bram Bakker'],
      ['socialWorkerA', 'Fatima'],
      ['socialWorkerOther', 'Sven'],
      ['providerX', 'Xandra'],
      ['providerY', 'Yusuf'],
    ];
    for (const [actor, name] of accounts) {
      const account = await this.register(name);
      this.tokens[actor] = account.token;
      this.emails[actor] = account.email;
      this.ids[actor] = account.id;
    }
    const loginAccount = await this.register('Lotte');
    this.loginAccount = { email: loginAccount.email, password: PASSWORD };

    const assign = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id role } }';
    await this.ok(admin, assign, { input: { userId: this.ids.socialWorkerA, role: 'SOCIAL_WORKER', wijkCodes: [WIJK_A] } });
    await this.ok(admin, assign, { input: { userId: this.ids.socialWorkerOther, role: 'SOCIAL_WORKER', wijkCodes: [WIJK_OTHER] } });

    const createOrganisation = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';
    this.organisationX = (
      await this.ok(this.tokens.providerX, createOrganisation, {
        input: { name: 'Buurthuis X', kind: 'COMMUNITY_CENTRE', wijkCodes: [WIJK_A], description: 'Koffie en meer.' },
      })
    ).id;
    this.organisationY = (
      await this.ok(this.tokens.providerY, createOrganisation, {
        input: { name: 'Sportclub Y', kind: 'CLUB', wijkCodes: [WIJK_OTHER], description: 'Bewegen.' },
      })
    ).id;
    for (const id of [this.organisationX, this.organisationY]) {
      await this.ok(admin, 'mutation($id: ID!) { approveOrganisation(id: $id) { id status } }', { id });
    }
    this.pendingOrganisation = await this.pendingOrganisationByAdmin();
    this.tokens.tokenX = (
      await this.ok(this.tokens.providerX, 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', {
        input: { name: 'Agenda-koppeling' },
      })
    ).secret;

    await this.ok(this.tokens.residentA, `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { userId } }`, {
      input: {
        postcode: A_PRIVATE.postcode,
        ageBand: A_PRIVATE.ageBand,
        languages: A_PRIVATE.languages,
        interests: ['wandelen'],
        interestsText: A_PRIVATE.interestsText,
        talentsText: A_PRIVATE.talentsText,
        wishesText: A_PRIVATE.wishesText,
        availability: A_PRIVATE.availability,
        needs: A_PRIVATE.needs,
        travelRadiusKm: 3,
        // No matching consent: the scorer leaves A alone, so the matches below are the only ones.
        consents: { profileProcessing: true, measurement: true, matching: false },
      },
    });
    await this.ok(this.tokens.residentB, `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { userId } }`, {
      input: {
        wijkCode: WIJK_A,
        ageBand: 'AGE_65_TO_74',
        languages: ['nl'],
        interests: ['koffie-drinken'],
        availability: ['MON_MORNING'],
        consents: { profileProcessing: true },
      },
    });
    this.onBehalfResident = await this.onBehalfResidentInWijkA();
    this.signalInWijkA = await this.signalOfWijkA();
    this.homeVisitResident = (
      await this.ok(this.tokens.socialWorkerA, 'mutation($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { residentId } }', {
        input: this.homeVisitInput('Mien'),
      })
    ).residentId;

    this.postOfA = await this.postByA();
    this.publishedActivity = await this.publishedActivityOfX();
    this.draftActivity = await this.draftActivityOfX();
    this.signUpOfA = (
      await this.ok(this.tokens.residentA, 'mutation($id: ID!) { signUp(activityId: $id) { id status } }', { id: this.publishedActivity })
    ).id;

    this.offeredMatchOfA = await this.insertMatch(this.ids.residentA!, 'OFFERED');
    this.acceptedMatchOfA = await this.insertMatch(this.ids.residentA!, 'ACCEPTED');
    this.curationMatch = await this.insertMatch(this.onBehalfResident, 'AWAITING_CURATION');
    this.measurementOfA = (
      await this.ok(this.tokens.residentA, `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`, {
        input: { moment: 'T0', answers: MEASUREMENT_ANSWERS },
      })
    ).id;
    this.buddyTrajectoryOfA = await this.buddyTrajectory(this.ids.residentA!, this.onBehalfResident);
  }

  // ---------------------------------------------------------------- fresh targets

  async pendingOrganisationByAdmin(): Promise<string> {
    return (
      await this.ok(this.tokens.admin, 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id status } }', {
        input: { name: `Nog niet goedgekeurd ${unique()}`, kind: 'OTHER', wijkCodes: [WIJK_A] },
      })
    ).id;
  }

  async publishedActivityOfX(title = 'Koffieochtend X'): Promise<string> {
    const externalId = `agenda-${unique()}`;
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const result = await this.ok(
      this.tokens.tokenX,
      'mutation($items: [ActivityItemInput!]!) { upsertActivities(items: $items) { created failed items { activityId } errors { fields { field message } } } }',
      {
        items: [
          {
            externalId,
            title,
            wijkCode: WIJK_A,
            tags: ['koffie-drinken'],
            capacity: 20,
            location: { name: 'Buurthuis X' },
            schedule: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString() },
          },
        ],
      },
    );
    if (result.created !== 1) throw new Error(`activity not created: ${JSON.stringify(result)}`);
    return result.items[0].activityId;
  }

  async draftActivityOfX(): Promise<string> {
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    return (
      await this.ok(this.tokens.providerX, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id status } }', {
        input: {
          title: 'Concept van X',
          wijkCode: WIJK_A,
          location: { name: 'Buurthuis X' },
          schedule: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() },
        },
      })
    ).id;
  }

  async postByA(): Promise<string> {
    return (
      await this.ok(this.tokens.residentA, 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
        input: { kind: 'OFFER', title: 'Ik help met de computer', text: 'Op zondagmiddag.', tags: ['computerhulp'] },
      })
    ).id;
  }

  async onBehalfResidentInWijkA(): Promise<string> {
    return (
      await this.ok(
        this.tokens.socialWorkerA,
        'mutation($input: CreateResidentOnBehalfInput!) { createResidentOnBehalf(input: $input) { userId } }',
        { input: { displayName: 'Joop', wijkCode: WIJK_A, interests: ['wandelen'], consent: { profileProcessing: true, method: 'SPOKEN' } } },
      )
    ).userId;
  }

  /** A new signal in WIJK_A filed by provider X; its id from the database (the receipt names only a reference). */
  async signalOfWijkA(): Promise<string> {
    const receipt = await this.ok(this.tokens.providerX, 'mutation($input: FileSignalInput!) { fileSignal(input: $input) { reference } }', {
      input: { wijkCode: WIJK_A, howToReach: 'Via de balie', concern: 'Komt niet meer.', personAware: 'NO' },
    });
    const [row] = (await this.t.app.get(DataSource).query(`SELECT id FROM signal WHERE upper(left(id::text, 8)) = $1`, [receipt.reference])) as { id: string }[];
    return row.id;
  }

  homeVisitInput(displayName: string): Record<string, unknown> {
    return {
      displayName,
      wijkCode: WIJK_A,
      livingSituation: 'ALONE',
      contactFrequency: 'WEEKLY',
      mobility: 'WALKING_AID',
      wantsNewContacts: true,
      interests: ['wandelen'],
      consent: { profileProcessing: true, method: 'SPOKEN' },
    };
  }

  async apiTokenOfX(): Promise<string> {
    return (
      await this.ok(this.tokens.providerX, 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }', {
        input: { name: `Tijdelijk ${unique()}` },
      })
    ).apiToken.id;
  }

  async tag(): Promise<string> {
    const slug = `tijdelijk-${unique()}`;
    await this.ok(this.tokens.admin, 'mutation($input: UpsertTagInput!) { upsertTag(input: $input) { slug } }', {
      input: { slug, labelNl: `Tijdelijk ${slug}`, labelEn: `Temporary ${slug}`, category: 'INTEREST' },
    });
    return slug;
  }

  /** A buddy trajectory in WIJK_A, started by its social worker, with a check-in every two weeks for half a year. */
  async buddyTrajectory(volunteerId: string, residentId: string): Promise<string> {
    const startsOn = new Date().toISOString().slice(0, 10);
    const plannedEndOn = new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10);
    return (
      await this.ok(this.tokens.socialWorkerA, 'mutation($input: StartBuddyTrajectoryInput!) { startBuddyTrajectory(input: $input) { id } }', {
        input: { volunteerId, residentId, startsOn, plannedEndOn, goal: 'Samen wandelen', checkInEveryWeeks: 2 },
      })
    ).id;
  }

  /** The earliest check-in of a trajectory nobody answered yet. */
  async openBuddyCheckIn(trajectoryId: string): Promise<string> {
    const [row] = (await this.t.app.get(DataSource).query(
      `SELECT id FROM buddy_check_in WHERE trajectory_id = $1 AND done_at IS NULL ORDER BY due_on LIMIT 1`,
      [trajectoryId],
    )) as { id: string }[];
    if (!row) throw new Error('no open check-in left');
    return row.id;
  }

  /** A new resident of WIJK_A who saved a profile: a fresh target for a first questionnaire. */
  async freshResidentOfWijkA(): Promise<string> {
    const account = await this.register('Nieuwe buur');
    await this.ok(account.token, `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { userId } }`, {
      input: { wijkCode: WIJK_A, consents: { profileProcessing: true } },
    });
    return account.token;
  }

  /** A second session of the same account, for calls that end a session (logout). */
  async secondSession(actor: Actor): Promise<string | undefined> {
    const email = this.emails[actor];
    return email ? login(this.t.url, email, PASSWORD) : this.tokens[actor];
  }

  /**
   * Matches come only from the scorer, which runs on events and jobs; the test writes the three
   * states it needs in the shape of the matching migration, each on an activity of its own.
   */
  private async insertMatch(residentId: string, status: 'OFFERED' | 'ACCEPTED' | 'AWAITING_CURATION'): Promise<string> {
    const activityId = await this.publishedActivityOfX(`Voorstel ${status.toLowerCase()}`);
    const curated = status === 'AWAITING_CURATION';
    const [row] = (await this.t.app.get(DataSource).query(
      `INSERT INTO match (kind, resident_id, activity_id, wijk_code, curation_wijk_code, score, reasons, status,
                          offered_at, responded_at, resident_accepted_at, follow_up_due_at)
       VALUES ('RESIDENT_ACTIVITY', $1, $2, $3, $4, 0.8, '[]'::jsonb, $5,
               CASE WHEN $5 <> 'AWAITING_CURATION' THEN now() END,
               CASE WHEN $5 = 'ACCEPTED' THEN now() END,
               CASE WHEN $5 = 'ACCEPTED' THEN now() END,
               CASE WHEN $5 = 'ACCEPTED' THEN now() - interval '1 day' END)
       RETURNING id`,
      [residentId, activityId, WIJK_A, curated ? WIJK_A : null, status],
    )) as { id: string }[];
    return row.id;
  }
}
