import { Test, type TestingModule } from '@nestjs/testing';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuthModule, AuthService, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule, type DomainError } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { DataSource } from 'typeorm';
import type { RecordHomeVisitInput } from './dto/record-home-visit.input.js';
import { ContactFrequency, LivingSituation, Mobility } from './home-visit.enums.js';
import { HOME_VISIT_RECORDED, type HomeVisitRecorded } from './home-visit.events.js';
import { HomeVisitModel } from './home-visit.model.js';
import { HomeVisitService } from './home-visit.service.js';
import { OnBehalfIntakeService } from './on-behalf-intake.service.js';
import { PersonalDataService } from './personal-data.service.js';
import { AgeBand, ConsentMethod, ContactPreference, ResidentNeed } from './resident-profile.enums.js';
import { ResidentsModule } from './residents.module.js';

const CENTRUM = 'WK040201';
const ZUID = 'WK040205';

function principal(userId: string, role: Role, wijkCodes: string[] = []): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes, organisationId: null };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a failure');
}

describe('home-visit checklist (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let sut: HomeVisitService;
  let fatima: UserPrincipal;
  let sven: UserPrincipal;
  let admin: UserPrincipal;
  const events: HomeVisitRecorded[] = [];
  const count = async (sql: string, params: unknown[] = []) => Number(((await dataSource.query(sql, params)) as { n: string }[])[0].n);
  const rowsWritten = () =>
    Promise.all(['user_account', 'resident_profile', 'resident_consent', 'home_visit', 'audit_log'].map((table) => count(`SELECT count(*) n FROM ${table}`)));

  const input = (overrides: Partial<RecordHomeVisitInput> = {}): RecordHomeVisitInput => ({
    displayName: 'Mien',
    postcode: '1211',
    livingSituation: LivingSituation.ALONE,
    contactFrequency: ContactFrequency.RARELY,
    contactsNote: 'Dochter woont in Groningen.',
    interests: ['wandelen'],
    interestsText: 'Vroeger zong ze in een koor.',
    wishes: ['koffie'],
    wishesText: 'Iemand om samen koffie mee te drinken.',
    wantsNewContacts: true,
    mobility: Mobility.WHEELCHAIR,
    languages: ['nl', 'pap'],
    languageNote: 'Spreekt liever Papiaments.',
    notes: 'Aardige buurvrouw kijkt soms even.',
    consent: { profileProcessing: true, matching: true, method: ConsentMethod.SPOKEN },
    ...overrides,
  });

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(test.runtime), AuthModule, ResidentsModule] }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    sut = moduleRef.get(HomeVisitService);
    moduleRef.get(EventEmitter2).on(HOME_VISIT_RECORDED, (event: HomeVisitRecorded) => events.push(event));
    await dataSource.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${ZUID}', 'Zuid', 'GM0402', 'Hilversum', 52.2050, 5.1750)`);
    await dataSource.query(`INSERT INTO wijk_postcode (postcode, wijk_code) VALUES ('1211', '${CENTRUM}')`);
    // This suite's own small taxonomy, in place of the standard one the migrations bring.
    await dataSource.query(`DELETE FROM tag`);
    await dataSource.query(`
      INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES
        ('wandelen', 'Wandelen', 'Walking', '{}', 'interest'), ('koffie', 'Koffie drinken', 'Coffee', '{}', 'interest')`);
    const auth = moduleRef.get(AuthService);
    const make = async (name: string, role: Role, wijkCodes: string[] = []) =>
      principal((await auth.createAccount({ email: `${name}@example.nl`, password: 'een-goed-wachtwoord', displayName: name, role, wijkCodes })).id, role, wijkCodes);
    fatima = await make('fatima', Role.SOCIAL_WORKER, [CENTRUM]);
    sven = await make('sven', Role.SOCIAL_WORKER, [ZUID]);
    admin = await make('beheer', Role.ADMIN);
  });
  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  it('creates the on-behalf profile, its consent and the checklist answers in one go, and announces the visit', async () => {
    const signalId = '5a1e0000-0000-4000-8000-000000000001';
    const { homeVisit, profile } = await sut.record(fatima, input({ signalId }));
    expect(profile).toMatchObject({
      wijkCode: CENTRUM,
      postcode: '1211',
      ageBand: AgeBand.AGE_75_PLUS,
      onBehalf: true,
      viaSocialWorker: true,
      contactPreference: ContactPreference.PHONE_VIA_SOCIAL_WORKER,
      interests: ['wandelen'],
      wishes: ['koffie'],
      languages: ['nl', 'pap'],
      wantsNewContacts: true,
      travelRadiusKm: 1,
    });
    expect([...profile.needs].sort()).toEqual([ResidentNeed.SOMEONE_TO_GO_ALONG, ResidentNeed.WHEELCHAIR_ACCESS].sort());
    expect(homeVisit).toMatchObject({
      residentId: profile.userId,
      wijkCode: CENTRUM,
      visitedBy: fatima.userId,
      signalId,
      livingSituation: 'ALONE',
      contactFrequency: 'RARELY',
      mobility: 'WHEELCHAIR',
      languageNote: 'Spreekt liever Papiaments.',
    });
    expect(homeVisit.visitedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await count(`SELECT count(*) n FROM resident_consent WHERE user_id = $1 AND method = 'SPOKEN' AND recorded_by = $2`, [profile.userId, fatima.userId])).toBe(2);
    expect(await count(`SELECT count(*) n FROM audit_log WHERE subject_id = $1 AND action IN ('RESIDENT_CREATED_ON_BEHALF', 'HOME_VISIT_RECORDED')`, [profile.userId])).toBe(2);
    expect(events.at(-1)).toMatchObject({ homeVisitId: homeVisit.id, residentId: profile.userId, wijkCode: CENTRUM, signalId, visitedBy: fatima.userId, visitorWijkCodes: [CENTRUM] });
  });

  it.each([
    ['an unknown tag', { interests: ['bestaat-niet'] }, 'interests'],
    ['no consent to keep the profile', { consent: { profileProcessing: false, method: ConsentMethod.SPOKEN } }, 'consent'],
    ['a wijk the social worker does not work for', { postcode: null, wijkCode: ZUID }, 'wijkCode'],
    ['a visit in the future', { visitedOn: '2999-01-01' }, 'visitedOn'],
  ])('writes nothing for %s', async (_case, overrides, field) => {
    const before = await rowsWritten();
    const eventsBefore = events.length;
    const error = await failure(sut.record(fatima, input(overrides as Partial<RecordHomeVisitInput>)));
    expect(error.publicCode).toMatch(/BAD_USER_INPUT|FORBIDDEN/);
    expect(error.fields?.map((f) => f.field.split('.')[0])).toContain(field);
    expect(await rowsWritten()).toEqual(before);
    expect(events).toHaveLength(eventsBefore);
  });

  it('rolls the resident back when the checklist row itself fails', async () => {
    const before = await rowsWritten();
    // Past the column's limit: only the database refuses it, after the account and profile were written.
    const error = await failure(sut.record(fatima, input({ contactsNote: 'x'.repeat(501) })));
    expect(error).toBeDefined();
    expect(await rowsWritten()).toEqual(before);
  });

  it('shows a resident’s visits to their social worker and admins (audited), to nobody else', async () => {
    const { profile } = await sut.record(fatima, input({ displayName: 'Bep' }));
    const visits = await sut.forResident(fatima, profile.userId);
    expect(visits).toHaveLength(1);
    // Who visited, by name, for the resident page.
    expect(HomeVisitModel.from(visits[0])).toMatchObject({ visitedBy: fatima.userId, visitedByName: 'fatima' });
    await sut.forResident(admin, profile.userId);
    expect(await count(`SELECT count(*) n FROM audit_log WHERE action = 'HOME_VISITS_OPENED' AND subject_id = $1`, [profile.userId])).toBe(2);
    expect(await failure(sut.forResident(sven, profile.userId))).toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await failure(sut.record(admin, input()))).toMatchObject({ publicCode: 'FORBIDDEN' });
  });

  it('includes the answers in the data export and removes them with the resident', async () => {
    const { profile, homeVisit } = await sut.record(fatima, input({ displayName: 'Truus' }));
    const exported = JSON.parse(await moduleRef.get(PersonalDataService).exportFor(principal(profile.userId, Role.RESIDENT)));
    expect(exported.homeVisits).toEqual([expect.objectContaining({ id: homeVisit.id, living_situation: 'ALONE', notes: 'Aardige buurvrouw kijkt soms even.' })]);
    await moduleRef.get(OnBehalfIntakeService).erase(fatima, profile.userId);
    expect(await count(`SELECT count(*) n FROM home_visit WHERE resident_id = $1`, [profile.userId])).toBe(0);
  });
});
