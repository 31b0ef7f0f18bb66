import { Test, type TestingModule } from '@nestjs/testing';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuthModule, AuthService, Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService, CoreModule } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { DataSource } from 'typeorm';
import { OnBehalfIntakeService } from './on-behalf-intake.service.js';
import { PersonalDataRegistry } from './personal-data.registry.js';
import { PersonalDataService } from './personal-data.service.js';
import { ResidentDirectoryService } from './resident-directory.service.js';
import { ResidentProfileService } from './resident-profile.service.js';
import { ConsentKind, ConsentMethod, ContactPreference } from './resident-profile.enums.js';
import { RESIDENT_ERASED, RESIDENT_PROFILE_CHANGED, ResidentErased, ResidentProfileChanged } from './residents.events.js';
import { ResidentsModule } from './residents.module.js';

const ZUID = 'WK040205';
const CENTRUM = 'WK040201';
const OOST = 'WK040202';

function principal(userId: string, role: Role, wijkCodes: string[] = []): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes, organisationId: null };
}

describe('residents (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let auth: AuthService;
  let profiles: ResidentProfileService;
  let intake: OnBehalfIntakeService;
  let directory: ResidentDirectoryService;
  let personalData: PersonalDataService;
  let audit: AuditService;
  const events: { name: string; event: unknown }[] = [];

  /** Fatima works for Centrum and Oost; Sven only for Zuid. */
  let fatima: UserPrincipal;
  let sven: UserPrincipal;
  let admin: UserPrincipal;

  const count = async (sql: string, params: unknown[] = []) =>
    ((await dataSource.query(sql, params)) as { n: number }[])[0].n;

  async function resident(name: string): Promise<UserPrincipal> {
    const account = await auth.createAccount({ email: `${name.toLowerCase()}@example.nl`, password: 'een-goed-wachtwoord', displayName: name, role: Role.RESIDENT });
    return principal(account.id, Role.RESIDENT);
  }

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(test.runtime), AuthModule, ResidentsModule] }).compile();
    dataSource = moduleRef.get(DataSource);
    auth = moduleRef.get(AuthService);
    profiles = moduleRef.get(ResidentProfileService);
    intake = moduleRef.get(OnBehalfIntakeService);
    directory = moduleRef.get(ResidentDirectoryService);
    personalData = moduleRef.get(PersonalDataService);
    audit = moduleRef.get(AuditService);
    const emitter = moduleRef.get(EventEmitter2);
    for (const name of [RESIDENT_PROFILE_CHANGED, RESIDENT_ERASED]) emitter.on(name, (event: unknown) => events.push({ name, event }));

    await dataSource.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950),
        ('${ZUID}', 'Zuid', 'GM0402', 'Hilversum', 52.2050, 5.1750)`);
    await dataSource.query(`INSERT INTO buurt (code, wijk_code, name) VALUES ('BU04020101', '${CENTRUM}', 'Centrum-Noord')`);
    await dataSource.query(`INSERT INTO wijk_postcode (postcode, wijk_code) VALUES ('1211', '${CENTRUM}'), ('1217', '${OOST}')`);
    // This suite's own small taxonomy, in place of the standard one the migrations bring.
    await dataSource.query(`DELETE FROM tag`);
    await dataSource.query(`
      INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES
        ('wandelen', 'Wandelen', 'Walking', '{lopen}', 'interest'),
        ('koffie', 'Koffie drinken', 'Coffee', '{}', 'interest'),
        ('koken', 'Koken', 'Cooking', '{}', 'both')`);

    const sw1 = await auth.createAccount({ email: 'fatima@example.nl', password: 'een-goed-wachtwoord', displayName: 'Fatima', role: Role.SOCIAL_WORKER, wijkCodes: [CENTRUM, OOST] });
    const sw2 = await auth.createAccount({ email: 'sven@example.nl', password: 'een-goed-wachtwoord', displayName: 'Sven', role: Role.SOCIAL_WORKER, wijkCodes: [ZUID] });
    const adm = await auth.createAccount({ email: 'admin@example.nl', password: 'een-goed-wachtwoord', displayName: 'Beheer', role: Role.ADMIN });
    fatima = principal(sw1.id, Role.SOCIAL_WORKER, [CENTRUM, OOST]);
    sven = principal(sw2.id, Role.SOCIAL_WORKER, [ZUID]);
    admin = principal(adm.id, Role.ADMIN);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  beforeEach(() => {
    events.length = 0;
  });

  describe('a resident’s own profile', () => {
    it('is not saved without consent to process it, and nothing is written', async () => {
      const anna = await resident('Anna');
      await expect(profiles.updateMyProfile(anna, { wijkCode: CENTRUM })).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
        fields: [{ field: 'consents.profileProcessing' }],
      });
      expect(await profiles.myProfile(anna)).toBeNull();
      expect(await count(`SELECT count(*)::int AS n FROM resident_consent WHERE user_id = $1`, [anna.userId])).toBe(0);
    });

    it('is created on the first save with the consent recorded, and changed field by field after', async () => {
      const bert = await resident('Bert');
      const created = await profiles.updateMyProfile(bert, {
        wijkCode: CENTRUM,
        interests: ['Wandelen', 'lopen', 'koffie'],
        availability: ['THU_AFTERNOON', 'TUE_MORNING'],
        languages: ['nl', 'TUR'],
        consents: { profileProcessing: true, matching: true },
      });
      expect(created).toMatchObject({
        userId: bert.userId,
        wijkCode: CENTRUM,
        interests: ['wandelen', 'koffie'],
        availability: ['TUE_MORNING', 'THU_AFTERNOON'],
        languages: ['nl', 'tr'],
        onBehalf: false,
        viaSocialWorker: false,
        contactPreference: ContactPreference.APP,
      });
      expect(created.consents!.map((c) => [c.kind, c.method, c.recordedBy, c.withdrawnAt]).sort()).toEqual([
        [ConsentKind.MATCHING, ConsentMethod.APP, bert.userId, null],
        [ConsentKind.PROFILE_PROCESSING, ConsentMethod.APP, bert.userId, null],
      ]);
      expect(events).toEqual([{ name: RESIDENT_PROFILE_CHANGED, event: new ResidentProfileChanged(bert.userId, CENTRUM) }]);

      const changed = await profiles.updateMyProfile(bert, { displayName: '  Bert de Vries ', travelRadiusKm: 4, consents: { matching: false } });
      expect(changed).toMatchObject({ interests: ['wandelen', 'koffie'], availability: ['TUE_MORNING', 'THU_AFTERNOON'], travelRadiusKm: 4 });
      expect(changed.account!.displayName).toBe('Bert de Vries');
      const matching = changed.consents!.find((c) => c.kind === ConsentKind.MATCHING)!;
      expect(matching.withdrawnAt).toBeInstanceOf(Date);
      expect(await profiles.activeConsents(bert.userId)).toEqual([ConsentKind.PROFILE_PROCESSING]);
    });

    it('finds the wijk from a 4-digit postcode and keeps only the digits', async () => {
      const chris = await resident('Chris');
      const created = await profiles.updateMyProfile(chris, { postcode: '1217 AB', consents: { profileProcessing: true } });
      expect(created).toMatchObject({ wijkCode: OOST, postcode: '1217' });
      // A new postcode moves the resident, unless they choose a wijk themselves.
      expect(await profiles.updateMyProfile(chris, { postcode: '1211' })).toMatchObject({ wijkCode: CENTRUM, postcode: '1211' });
      expect(await profiles.updateMyProfile(chris, { postcode: '1217', wijkCode: ZUID })).toMatchObject({ wijkCode: ZUID, postcode: '1217' });
    });

    it('refuses an unknown postcode, wijk, buurt or tag, naming the field, and keeps the profile as it was', async () => {
      const dora = await resident('Dora');
      await profiles.updateMyProfile(dora, { wijkCode: CENTRUM, interests: ['koken'], consents: { profileProcessing: true } });
      await expect(profiles.updateMyProfile(dora, { postcode: '9999' })).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'postcode' }] });
      await expect(profiles.updateMyProfile(dora, { wijkCode: 'WK999999' })).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'wijkCode' }] });
      await expect(profiles.updateMyProfile(dora, { buurtCode: 'BU04020199' })).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'buurtCode' }] });
      await expect(profiles.updateMyProfile(dora, { interests: ['paragliding-op-mars'], displayName: 'Niet opgeslagen' })).rejects.toMatchObject({
        publicCode: 'BAD_USER_INPUT',
      });
      const after = await profiles.myProfile(dora);
      expect(after).toMatchObject({ wijkCode: CENTRUM, interests: ['koken'], postcode: null, buurtCode: null });
      expect(after!.account!.displayName).toBe('Dora');
      expect(await profiles.updateMyProfile(dora, { buurtCode: 'BU04020101' })).toMatchObject({ buurtCode: 'BU04020101' });
    });
  });

  describe('on-behalf intake', () => {
    it('creates an account without a login, the profile and the consent in one go, and audits it', async () => {
      const created = await intake.create(fatima, {
        displayName: 'Joop',
        wijkCode: OOST,
        interests: ['koffie'],
        consent: { profileProcessing: true, matching: true, method: ConsentMethod.SPOKEN },
      });
      expect(created).toMatchObject({ wijkCode: OOST, onBehalf: true, viaSocialWorker: true, contactPreference: ContactPreference.PHONE_VIA_SOCIAL_WORKER, createdBy: fatima.userId });
      const [account] = (await dataSource.query(`SELECT email, password_hash, role, display_name FROM user_account WHERE id = $1`, [created.userId])) as Record<string, unknown>[];
      expect(account).toEqual({ email: null, password_hash: null, role: 'RESIDENT', display_name: 'Joop' });
      expect(created.consents!.map((c) => [c.kind, c.method, c.recordedBy]).sort()).toEqual([
        [ConsentKind.MATCHING, ConsentMethod.SPOKEN, fatima.userId],
        [ConsentKind.PROFILE_PROCESSING, ConsentMethod.SPOKEN, fatima.userId],
      ]);
      const [entry] = (await audit.page({ subjectId: created.userId }, 10)).nodes;
      expect(entry).toMatchObject({ actorId: fatima.userId, action: 'RESIDENT_CREATED_ON_BEHALF', wijkCode: OOST, details: { consentMethod: 'SPOKEN' } });
      expect(events).toEqual([{ name: RESIDENT_PROFILE_CHANGED, event: new ResidentProfileChanged(created.userId, OOST) }]);
    });

    it('leaves no account behind when any part fails (not her wijk, no consent)', async () => {
      const accounts = await count(`SELECT count(*)::int AS n FROM user_account`);
      const entries = await count(`SELECT count(*)::int AS n FROM audit_log`);
      await expect(
        intake.create(fatima, { displayName: 'Els', wijkCode: ZUID, consent: { profileProcessing: true, method: ConsentMethod.WRITTEN } }),
      ).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      await expect(
        intake.create(fatima, { displayName: 'Els', postcode: '1211', consent: { profileProcessing: false, method: ConsentMethod.WRITTEN } }),
      ).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'consent.profileProcessing' }] });
      await expect(
        intake.create(fatima, { displayName: 'Els', wijkCode: CENTRUM, viaSocialWorker: false, consent: { profileProcessing: true, method: ConsentMethod.WRITTEN } }),
      ).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'viaSocialWorker' }] });
      expect(await count(`SELECT count(*)::int AS n FROM user_account`)).toBe(accounts);
      expect(await count(`SELECT count(*)::int AS n FROM audit_log`)).toBe(entries);
      expect(events).toEqual([]);
    });

    it('lets only a social worker of the wijk change an on-behalf profile, and audits which fields changed', async () => {
      const joke = await intake.create(fatima, { displayName: 'Joke', wijkCode: CENTRUM, consent: { profileProcessing: true, method: ConsentMethod.WRITTEN } });
      await expect(intake.update(sven, joke.userId, { travelRadiusKm: 2 })).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      await expect(intake.update(fatima, joke.userId, { wijkCode: ZUID })).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      const updated = await intake.update(fatima, joke.userId, {
        travelRadiusKm: 2,
        availability: ['WED_MORNING'],
        consent: { measurement: true, method: ConsentMethod.SPOKEN },
      });
      expect(updated).toMatchObject({ travelRadiusKm: 2, availability: ['WED_MORNING'], viaSocialWorker: true });
      expect(updated.consents!.find((c) => c.kind === ConsentKind.MEASUREMENT)).toMatchObject({ method: ConsentMethod.SPOKEN, recordedBy: fatima.userId });
      const [entry] = (await audit.page({ subjectId: joke.userId, action: 'RESIDENT_UPDATED_ON_BEHALF' }, 10)).nodes;
      expect(entry).toMatchObject({ actorId: fatima.userId, details: { fields: 'availability,consent,travelRadiusKm' } });

      // A resident with their own login manages their own profile.
      const eva = await resident('Eva');
      await profiles.updateMyProfile(eva, { wijkCode: CENTRUM, consents: { profileProcessing: true } });
      await expect(intake.update(fatima, eva.userId, { travelRadiusKm: 2 })).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    });
  });

  describe('social workers and their wijken', () => {
    let inZuid: string;
    let inCentrum: string;

    beforeAll(async () => {
      const frank = await resident('Frank');
      await profiles.updateMyProfile(frank, { wijkCode: ZUID, consents: { profileProcessing: true } });
      inZuid = frank.userId;
      const gerda = await resident('Gerda');
      await profiles.updateMyProfile(gerda, { wijkCode: CENTRUM, consents: { profileProcessing: true } });
      inCentrum = gerda.userId;
    });

    it('lists only the residents of the social worker’s own wijken, by name', async () => {
      const all: string[] = [];
      let after: string | undefined;
      do {
        const page = await directory.list(fatima, {}, 2, after);
        all.push(...page.nodes.map((p) => p.userId));
        for (const profile of page.nodes) expect([CENTRUM, OOST]).toContain(profile.wijkCode);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
      } while (after);
      expect(all).toContain(inCentrum);
      expect(all).not.toContain(inZuid);
      expect(new Set(all).size).toBe(all.length);

      const svens = await directory.list(sven, {}, 100);
      expect(svens.nodes.map((p) => p.userId)).toContain(inZuid);
      expect(svens.nodes.map((p) => p.userId)).not.toContain(inCentrum);
      expect(new Set(svens.nodes.map((p) => p.wijkCode))).toEqual(new Set([ZUID]));
      expect((await directory.list(fatima, { text: 'gerd' }, 100)).nodes.map((p) => p.userId)).toEqual([inCentrum]);
      expect((await directory.list(fatima, { text: 'Frank' }, 100)).nodes).toEqual([]);
      await expect(directory.list(fatima, { wijkCode: ZUID }, 100)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    });

    it('refuses a social worker of another wijk a profile, and audits every opening', async () => {
      await expect(directory.open(fatima, inZuid)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      await expect(directory.open(fatima, '00000000-0000-4000-8000-00000000abcd')).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      expect((await audit.page({ subjectId: inZuid, action: 'RESIDENT_PROFILE_OPENED' }, 10)).nodes).toEqual([]);

      expect((await directory.open(sven, inZuid)).userId).toBe(inZuid);
      expect((await directory.open(admin, inZuid)).userId).toBe(inZuid);
      const opened = (await audit.page({ subjectId: inZuid, action: 'RESIDENT_PROFILE_OPENED' }, 10)).nodes;
      expect(opened.map((e) => [e.actorId, e.wijkCode, e.details.role])).toEqual([
        [admin.userId, ZUID, 'ADMIN'],
        [sven.userId, ZUID, 'SOCIAL_WORKER'],
      ]);
    });

    it('refuses other residents and providers outright', async () => {
      const other = await resident('Hans');
      await expect(directory.open(other, inCentrum)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      await expect(directory.open(principal(other.userId, Role.PROVIDER), inCentrum)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    });
  });

  describe('AVG: export and erasure', () => {
    it('exports the account (without password hash), profile, consents, audit entries and every contributor’s part', async () => {
      moduleRef.get(PersonalDataRegistry).register({ section: 'testPosts', collect: async (userId) => [{ author: userId, title: 'Ik kan fietsen repareren' }] });
      const ilse = await resident('Ilse');
      await profiles.updateMyProfile(ilse, { wijkCode: CENTRUM, wishesText: 'Samen koken', consents: { profileProcessing: true } });
      await directory.open(fatima, ilse.userId);

      const document = JSON.parse(await personalData.exportFor(ilse)) as Record<string, any>;
      expect(document.account).toMatchObject({ id: ilse.userId, email: 'ilse@example.nl', displayName: 'Ilse', role: 'RESIDENT' });
      expect(JSON.stringify(document)).not.toMatch(/argon2|password/i);
      expect(document.profile).toMatchObject({ wijkCode: CENTRUM, wishesText: 'Samen koken' });
      expect(document.consents).toEqual([expect.objectContaining({ kind: 'PROFILE_PROCESSING', method: 'APP' })]);
      expect(document.auditLog.map((e: { action: string }) => e.action)).toEqual(['RESIDENT_PROFILE_OPENED', 'PERSONAL_DATA_EXPORTED']);
      expect(document.testPosts).toEqual([{ author: ilse.userId, title: 'Ik kan fietsen repareren' }]);
    });

    it('erases account, profile and consents only when confirmed, and records the fact without personal data', async () => {
      const jan = await resident('Jan');
      await profiles.updateMyProfile(jan, { wijkCode: OOST, talentsText: 'Fietsen repareren', consents: { profileProcessing: true, matching: true } });
      events.length = 0;

      await expect(personalData.eraseMe(jan, false)).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'confirm' }] });
      expect(await profiles.myProfile(jan)).not.toBeNull();

      await personalData.eraseMe(jan, true);
      expect(await count(`SELECT count(*)::int AS n FROM user_account WHERE id = $1`, [jan.userId])).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM resident_profile WHERE user_id = $1`, [jan.userId])).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM resident_consent WHERE user_id = $1`, [jan.userId])).toBe(0);
      await expect(auth.login('jan@example.nl', 'een-goed-wachtwoord', '127.0.0.1')).rejects.toMatchObject({ publicCode: 'UNAUTHENTICATED' });
      expect(events).toEqual([{ name: RESIDENT_ERASED, event: new ResidentErased(jan.userId, OOST) }]);

      const [entry] = (await audit.page({ subjectId: jan.userId, action: 'RESIDENT_ERASED' }, 10)).nodes;
      expect(entry).toMatchObject({ actorId: jan.userId, wijkCode: OOST, details: { requestedBy: 'RESIDENT', onBehalf: false, hadProfile: true } });
      expect(JSON.stringify(entry)).not.toMatch(/jan@example|Jan|Fietsen/);
    });

    it('lets the social worker of the wijk erase an on-behalf resident, and nobody else', async () => {
      const kees = await intake.create(fatima, { displayName: 'Kees', wijkCode: CENTRUM, consent: { profileProcessing: true, method: ConsentMethod.SPOKEN } });
      await expect(intake.erase(sven, kees.userId)).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
      events.length = 0;
      await intake.erase(fatima, kees.userId);
      expect(await count(`SELECT count(*)::int AS n FROM user_account WHERE id = $1`, [kees.userId])).toBe(0);
      expect(events).toEqual([{ name: RESIDENT_ERASED, event: new ResidentErased(kees.userId, CENTRUM) }]);
      const [entry] = (await audit.page({ subjectId: kees.userId, action: 'RESIDENT_ERASED' }, 10)).nodes;
      expect(entry).toMatchObject({ actorId: fatima.userId, details: { requestedBy: 'SOCIAL_WORKER', onBehalf: true } });
    });
  });
});
