import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AuthService, Role } from '@buurtbrug/auth';
import { getNamedType, isObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';
const ZUID = 'WK040205';
const PASSWORD = 'een-goed-wachtwoord';

const PROFILE_FIELDS = `userId displayName wijkCode postcode ageBand languages interests wishes wishesText availability
  travelRadiusKm needs contactPreference viaSocialWorker wantsNewContacts onBehalf
  consents { kind method givenAt withdrawnAt recordedBy }`;

describe('residents over GraphQL', () => {
  let t: TestApp;
  let socialWorker: string;
  let otherSocialWorker: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    await db.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950),
        ('${ZUID}', 'Zuid', 'GM0402', 'Hilversum', 52.2050, 5.1750)`);
    await db.query(`INSERT INTO wijk_postcode (postcode, wijk_code) VALUES ('1211', '${CENTRUM}'), ('1217', '${OOST}')`);
    // This suite's own small taxonomy, in place of the standard one the migrations bring.
    await db.query(`DELETE FROM tag`);
    await db.query(`
      INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES
        ('wandelen', 'Wandelen', 'Walking', '{lopen}', 'interest'),
        ('koffie', 'Koffie drinken', 'Coffee', '{}', 'interest'),
        ('koken', 'Koken', 'Cooking', '{}', 'both')`);
    const auth = t.app.get(AuthService);
    await auth.createAccount({ email: 'fatima@example.nl', password: PASSWORD, displayName: 'Fatima', role: Role.SOCIAL_WORKER, wijkCodes: [CENTRUM, OOST] });
    await auth.createAccount({ email: 'sven@example.nl', password: PASSWORD, displayName: 'Sven', role: Role.SOCIAL_WORKER, wijkCodes: [ZUID] });
    await auth.createAccount({ email: 'admin@example.nl', password: PASSWORD, displayName: 'Beheer', role: Role.ADMIN });
    socialWorker = await login(t.url, 'fatima@example.nl', PASSWORD);
    otherSocialWorker = await login(t.url, 'sven@example.nl', PASSWORD);
    admin = await login(t.url, 'admin@example.nl', PASSWORD);
  });
  afterAll(() => t.close());

  it('offers the private profile types only through myProfile and the social-work and admin operations', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const private_ = new Set(['ResidentProfile', 'ResidentConsent', 'ResidentSummary', 'ResidentSummaryPage']);
    const paths: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (private_.has(getNamedType(field.type).name)) paths.push(`${type.name}.${field.name}`);
      }
    }
    expect(paths.sort()).toEqual([
      'Mutation.createResidentOnBehalf',
      'Mutation.updateMyProfile',
      'Mutation.updateResidentOnBehalf',
      'Query.myProfile',
      'Query.resident',
      'Query.residents',
      'ResidentProfile.consents',
      'ResidentSummaryPage.nodes',
    ]);
  });

  it('lets a social worker register a resident on their behalf, with consent, and audits it', async () => {
    const created = await gql(
      t.url,
      `mutation($input: CreateResidentOnBehalfInput!) { createResidentOnBehalf(input: $input) { ${PROFILE_FIELDS} } }`,
      {
        input: {
          displayName: 'Joop',
          postcode: '1217',
          ageBand: 'AGE_75_PLUS',
          interests: ['koffie', 'Wandelen'],
          availability: ['WED_MORNING'],
          needs: ['SOMEONE_TO_GO_ALONG'],
          consent: { profileProcessing: true, matching: true, method: 'SPOKEN' },
        },
      },
      socialWorker,
    );
    expect(created.errors).toBeUndefined();
    const joop = created.data!.createResidentOnBehalf;
    expect(joop).toMatchObject({
      displayName: 'Joop',
      wijkCode: OOST,
      postcode: '1217',
      interests: ['koffie', 'wandelen'],
      onBehalf: true,
      viaSocialWorker: true,
      contactPreference: 'PHONE_VIA_SOCIAL_WORKER',
    });
    expect(joop.consents.map((c: { kind: string; method: string }) => `${c.kind}:${c.method}`).sort()).toEqual(['MATCHING:SPOKEN', 'PROFILE_PROCESSING:SPOKEN']);

    // Listed for her, not for the social worker of another wijk, who may not open the profile either.
    const list = await gql(t.url, '{ residents(first: 50) { nodes { userId displayName onBehalf } pageInfo { hasNextPage } } }', undefined, socialWorker);
    expect(list.data!.residents.nodes).toContainEqual({ userId: joop.userId, displayName: 'Joop', onBehalf: true });
    const others = await gql(t.url, '{ residents(first: 50) { nodes { userId } } }', undefined, otherSocialWorker);
    expect(others.data!.residents.nodes).toEqual([]);
    const forbidden = await gql(t.url, 'query($id: ID!) { resident(userId: $id) { userId } }', { id: joop.userId }, otherSocialWorker);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.data).toBeNull();
    const otherWijk = await gql(t.url, `{ residents(filter: { wijkCode: "${OOST}" }) { nodes { userId } } }`, undefined, otherSocialWorker);
    expect(otherWijk.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const opened = await gql(t.url, `query($id: ID!) { resident(userId: $id) { ${PROFILE_FIELDS} } }`, { id: joop.userId }, socialWorker);
    expect(opened.data!.resident).toEqual(joop);

    const edited = await gql(
      t.url,
      'mutation($id: ID!, $input: UpdateResidentOnBehalfInput!) { updateResidentOnBehalf(userId: $id, input: $input) { travelRadiusKm availability } }',
      { id: joop.userId, input: { travelRadiusKm: 1.5, availability: ['WED_MORNING', 'FRI_MORNING'] } },
      socialWorker,
    );
    expect(edited.data!.updateResidentOnBehalf).toEqual({ travelRadiusKm: 1.5, availability: ['WED_MORNING', 'FRI_MORNING'] });

    const log = await gql(
      t.url,
      'query($id: ID!) { auditLog(filter: { subjectId: $id }) { nodes { action actorId wijkCode details } } }',
      { id: joop.userId },
      admin,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog.nodes.map((e: { action: string }) => e.action)).toEqual([
      'RESIDENT_UPDATED_ON_BEHALF',
      'RESIDENT_PROFILE_OPENED',
      'RESIDENT_CREATED_ON_BEHALF',
    ]);
    expect(JSON.parse(log.data!.auditLog.nodes[2].details)).toEqual({ consentMethod: 'SPOKEN' });
    const notForSocialWorkers = await gql(t.url, '{ auditLog { nodes { action } } }', undefined, socialWorker);
    expect(notForSocialWorkers.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const erased = await gql(t.url, 'mutation($id: ID!) { eraseResidentOnBehalf(userId: $id) }', { id: joop.userId }, socialWorker);
    expect(erased.data).toEqual({ eraseResidentOnBehalf: true });
    const gone = await gql(t.url, 'query($id: ID!) { resident(userId: $id) { userId } }', { id: joop.userId }, admin);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an on-behalf registration without consent or with consent "in the app"', async () => {
    const noConsent = await gql(
      t.url,
      'mutation { createResidentOnBehalf(input: { displayName: "Els", wijkCode: "WK040201", consent: { profileProcessing: false, method: WRITTEN } }) { userId } }',
      undefined,
      socialWorker,
    );
    expect(noConsent.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(noConsent.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'consent.profileProcessing' })]);
    const viaApp = await gql(
      t.url,
      'mutation { createResidentOnBehalf(input: { displayName: "Els", wijkCode: "WK040201", consent: { profileProcessing: true, method: APP } }) { userId } }',
      undefined,
      socialWorker,
    );
    expect(viaApp.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['consent.method']);
  });

  it('lets a resident keep a profile, export their data, erase themselves, and then no longer sign in', async () => {
    const registered = await gql(t.url, 'mutation { register(input: { email: "anna@example.nl", password: "een-goed-wachtwoord", displayName: "Anna" }) { token account { id } } }');
    const token: string = registered.data!.register.token;
    const userId: string = registered.data!.register.account.id;

    expect((await gql(t.url, '{ myProfile { userId } }', undefined, token)).data).toEqual({ myProfile: null });
    const withoutConsent = await gql(t.url, 'mutation { updateMyProfile(input: { wijkCode: "WK040201" }) { userId } }', undefined, token);
    expect(withoutConsent.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(withoutConsent.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['consents.profileProcessing']);

    const badInput = await gql(
      t.url,
      'mutation { updateMyProfile(input: { wijkCode: null, travelRadiusKm: 40, availability: [TUE_MORNING], postcode: "Kerkstraat 1" }) { userId } }',
      undefined,
      token,
    );
    expect(badInput.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect([...new Set(badInput.errors?.[0].extensions?.fields?.map((f) => f.field))].sort()).toEqual(['postcode', 'travelRadiusKm', 'wijkCode']);

    const created = await gql(
      t.url,
      `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { ${PROFILE_FIELDS} } }`,
      {
        input: {
          postcode: '1211 AB',
          interests: ['lopen', 'koffie'],
          wishesText: '  Iemand om mee te wandelen ',
          availability: ['THU_AFTERNOON', 'TUE_MORNING'],
          languages: ['nl', 'en'],
          consents: { profileProcessing: true, matching: true },
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.updateMyProfile).toMatchObject({
      wijkCode: CENTRUM,
      postcode: '1211',
      interests: ['wandelen', 'koffie'],
      wishesText: 'Iemand om mee te wandelen',
      availability: ['TUE_MORNING', 'THU_AFTERNOON'],
      onBehalf: false,
      viaSocialWorker: false,
    });

    const changed = await gql(
      t.url,
      'mutation { updateMyProfile(input: { displayName: "Anna B.", ageBand: AGE_65_TO_74, needs: [HEARING_LOOP] }) { displayName ageBand needs interests } }',
      undefined,
      token,
    );
    expect(changed.data!.updateMyProfile).toEqual({ displayName: 'Anna B.', ageBand: 'AGE_65_TO_74', needs: ['HEARING_LOOP'], interests: ['wandelen', 'koffie'] });

    // Other residents and providers cannot reach it.
    const other = await gql(t.url, 'mutation { register(input: { email: "bob@example.nl", password: "een-goed-wachtwoord", displayName: "Bob" }) { token } }');
    const peek = await gql(t.url, 'query($id: ID!) { resident(userId: $id) { wishesText } }', { id: userId }, other.data!.register.token);
    expect(peek.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(peek.data).toBeNull();

    // The social worker of her wijk opens it: that shows up in her export.
    await gql(t.url, 'query($id: ID!) { resident(userId: $id) { userId } }', { id: userId }, socialWorker);

    const exported = await gql(t.url, 'mutation { exportMyData }', undefined, token);
    expect(exported.errors).toBeUndefined();
    const document = JSON.parse(exported.data!.exportMyData);
    expect(document.account).toMatchObject({ id: userId, email: 'anna@example.nl', displayName: 'Anna B.' });
    expect(document.account.passwordHash).toBeUndefined();
    expect(document.profile).toMatchObject({ wijkCode: CENTRUM, ageBand: 'AGE_65_TO_74', needs: ['HEARING_LOOP'], wishesText: 'Iemand om mee te wandelen' });
    expect(document.consents.map((c: { kind: string }) => c.kind).sort()).toEqual(['MATCHING', 'PROFILE_PROCESSING']);
    expect(document.auditLog.map((e: { action: string }) => e.action)).toEqual(['RESIDENT_PROFILE_OPENED', 'PERSONAL_DATA_EXPORTED']);

    const unconfirmed = await gql(t.url, 'mutation { eraseMe(confirm: false) }', undefined, token);
    expect(unconfirmed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(t.url, '{ myProfile { userId } }', undefined, token)).data!.myProfile).toEqual({ userId });

    const erased = await gql(t.url, 'mutation { eraseMe(confirm: true) }', undefined, token);
    expect(erased.data).toEqual({ eraseMe: true });
    const after = await gql(t.url, '{ myProfile { userId } }', undefined, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = await gql(t.url, 'mutation { login(input: { email: "anna@example.nl", password: "een-goed-wachtwoord" }) { token } }');
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const log = await gql(t.url, 'query($id: ID!) { auditLog(filter: { subjectId: $id, action: "RESIDENT_ERASED" }) { nodes { actorId details } } }', { id: userId }, admin);
    expect(log.data!.auditLog.nodes).toHaveLength(1);
    expect(log.data!.auditLog.nodes[0].actorId).toBe(userId);
    expect(log.data!.auditLog.nodes[0].details).not.toMatch(/anna|Anna/);
  });
});
