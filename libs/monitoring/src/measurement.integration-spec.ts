import { Test, type TestingModule } from '@nestjs/testing';
import { AuthModule, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule, DomainError } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { PersonalDataRegistry, ResidentsModule } from '@buurtbrug/residents';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { MeasurementAnswer } from './de-jong-gierveld.js';
import type { RecordMeasurementInput } from './dto/record-measurement.input.js';
import { MeasurementMoment } from './measurement.enums.js';
import { MeasurementService } from './measurement.service.js';
import { MonitoringModule } from './monitoring.module.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';
const { YES, MORE_OR_LESS, NO } = MeasurementAnswer;

function principal(userId: string, role: Role, wijkCodes: string[] = []): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes, organisationId: null };
}

const answers = { emptiness: YES, missPeople: MORE_OR_LESS, abandoned: NO, canRelyOn: NO, trustFully: MORE_OR_LESS, closeTo: YES };

/** The error a call fails with, as (public code, domain code, fields). */
async function failure(promise: Promise<unknown>): Promise<{ publicCode: string; code: string; fields: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { publicCode: error.publicCode, code: error.code, fields: (error.fields ?? []).map((f) => f.field) };
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('measurements (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let db: DataSource;
  let service: MeasurementService;
  let worker: UserPrincipal;
  let otherWorker: UserPrincipal;

  const count = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { n: number }[])[0].n;

  async function resident(name: string, wijk = CENTRUM): Promise<UserPrincipal> {
    const [row] = (await db.query(`INSERT INTO user_account (role, display_name) VALUES ('RESIDENT', $1) RETURNING id`, [name])) as { id: string }[];
    await db.query(
      `INSERT INTO resident_profile (user_id, wijk_code, travel_radius_km, contact_preference, via_social_worker, wants_new_contacts)
       VALUES ($1, $2, 3, 'APP', false, true)`,
      [row.id, wijk],
    );
    await db.query(`INSERT INTO resident_consent (user_id, kind, method) VALUES ($1, 'PROFILE_PROCESSING', 'APP')`, [row.id]);
    return principal(row.id, Role.RESIDENT);
  }

  const input = (moment: MeasurementMoment, extra: Partial<RecordMeasurementInput> = {}): RecordMeasurementInput =>
    ({ moment, answers: { ...answers }, ...extra }) as RecordMeasurementInput;

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(test.runtime), AuthModule, WijkenModule, TagsModule, ResidentsModule, MonitoringModule],
    }).compile();
    await moduleRef.init();
    db = moduleRef.get(DataSource);
    service = moduleRef.get(MeasurementService);
    await db.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950)`);
    const account = async (name: string, wijk: string) =>
      ((await db.query(`INSERT INTO user_account (role, display_name, wijk_codes) VALUES ('SOCIAL_WORKER', $1, $2) RETURNING id`, [name, [wijk]])) as { id: string }[])[0].id;
    worker = principal(await account('Fatima', CENTRUM), Role.SOCIAL_WORKER, [CENTRUM]);
    otherWorker = principal(await account('Sven', OOST), Role.SOCIAL_WORKER, [OOST]);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  it('records a T0 with the consent given in the app, and scores it', async () => {
    const anna = await resident('Anna');
    const m = await service.record(anna, input(MeasurementMoment.T0, { consent: { given: true } }));
    // Items: 1 ja (1), 2 min of meer (1), 3 nee (0) | 4 nee (1), 5 min of meer (1), 6 ja (0).
    expect(m).toMatchObject({ residentId: anna.userId, wijkCode: CENTRUM, moment: 'T0', emotionalScore: 2, socialScore: 2, totalScore: 4, method: 'SELF' });
    const consents = (await db.query(`SELECT method, recorded_by FROM resident_consent WHERE user_id = $1 AND kind = 'MEASUREMENT' AND withdrawn_at IS NULL`, [
      anna.userId,
    ])) as { method: string; recorded_by: string }[];
    expect(consents).toEqual([{ method: 'APP', recorded_by: anna.userId }]);
    expect((await service.mine(anna)).map((x) => x.id)).toEqual([m.id]);
  });

  it('refuses without consent and writes nothing', async () => {
    const bert = await resident('Bert');
    expect(await failure(service.record(bert, input(MeasurementMoment.T0)))).toEqual({
      publicCode: 'BAD_USER_INPUT',
      code: 'CONSENT_REQUIRED',
      fields: ['consent.given'],
    });
    expect(await failure(service.record(bert, input(MeasurementMoment.T0, { consent: { given: false } })))).toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(await count(`SELECT count(*)::int AS n FROM measurement WHERE resident_id = $1`, [bert.userId])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM resident_consent WHERE user_id = $1 AND kind = 'MEASUREMENT'`, [bert.userId])).toBe(0);
  });

  it('turns a double submit into one measurement and a CONFLICT', async () => {
    const carla = await resident('Carla');
    const results = await Promise.allSettled([
      service.record(carla, input(MeasurementMoment.T0, { consent: { given: true } })),
      service.record(carla, input(MeasurementMoment.T0, { consent: { given: true } })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ publicCode: 'CONFLICT', code: 'ALREADY_RECORDED' });
    expect(await count(`SELECT count(*)::int AS n FROM measurement WHERE resident_id = $1`, [carla.userId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM resident_consent WHERE user_id = $1 AND kind = 'MEASUREMENT'`, [carla.userId])).toBe(1);
    // And later, once more on its own.
    expect(await failure(service.record(carla, input(MeasurementMoment.T0)))).toMatchObject({ publicCode: 'CONFLICT', fields: ['moment'] });
  });

  it('refuses a T1 before a T0 and before 10 weeks, and takes it after', async () => {
    const dirk = await resident('Dirk');
    expect(await failure(service.record(dirk, input(MeasurementMoment.T1, { consent: { given: true } })))).toEqual({
      publicCode: 'BAD_USER_INPUT',
      code: 'T0_MISSING',
      fields: ['moment'],
    });
    // The consent given with the refused T1 was rolled back with it.
    expect(await count(`SELECT count(*)::int AS n FROM resident_consent WHERE user_id = $1 AND kind = 'MEASUREMENT'`, [dirk.userId])).toBe(0);
    const t0 = await service.record(dirk, input(MeasurementMoment.T0, { consent: { given: true } }));
    expect(await failure(service.record(dirk, input(MeasurementMoment.T1)))).toMatchObject({ code: 'T1_TOO_EARLY', fields: ['moment'] });
    // Three months pass.
    await db.query(`UPDATE measurement SET taken_at = taken_at - interval '91 days' WHERE id = $1`, [t0.id]);
    const t1 = await service.record(dirk, input(MeasurementMoment.T1, { answers: { emptiness: NO, missPeople: NO, abandoned: NO, canRelyOn: YES, trustFully: MORE_OR_LESS, closeTo: YES } }));
    expect(t1).toMatchObject({ moment: 'T1', emotionalScore: 0, socialScore: 1, totalScore: 1 });
    expect((await service.mine(dirk)).map((m) => m.moment)).toEqual(['T0', 'T1']);
    expect(await count(`SELECT count(*)::int AS n FROM measurement WHERE resident_id = $1`, [dirk.userId])).toBe(2);
  });

  it('lets a social worker of the wijk record on behalf with spoken consent, audited; another wijk gets nothing', async () => {
    const eva = await resident('Eva');
    expect(await failure(service.record(otherWorker, input(MeasurementMoment.T0, { residentId: eva.userId, consent: { given: true, method: 'SPOKEN' as never } })))).toMatchObject({
      publicCode: 'FORBIDDEN',
    });
    expect(await failure(service.record(worker, input(MeasurementMoment.T0, { residentId: eva.userId, consent: { given: true } })))).toMatchObject({
      publicCode: 'BAD_USER_INPUT',
      fields: ['consent.method'],
    });
    expect(await failure(service.record(worker, input(MeasurementMoment.T0, { consent: { given: true, method: 'SPOKEN' as never } })))).toMatchObject({
      fields: ['residentId'],
    });
    expect(await count(`SELECT count(*)::int AS n FROM resident_consent WHERE user_id = $1 AND kind = 'MEASUREMENT'`, [eva.userId])).toBe(0);

    const m = await service.record(worker, input(MeasurementMoment.T0, { residentId: eva.userId, consent: { given: true, method: 'SPOKEN' as never } }));
    expect(m).toMatchObject({ method: 'ON_BEHALF', recordedBy: worker.userId, residentId: eva.userId });
    expect(await db.query(`SELECT method, recorded_by FROM resident_consent WHERE user_id = $1 AND kind = 'MEASUREMENT'`, [eva.userId])).toEqual([
      { method: 'SPOKEN', recorded_by: worker.userId },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'MEASUREMENT_RECORDED_ON_BEHALF' AND subject_id = $1`, [eva.userId])).toBe(1);

    expect((await service.ofResident(worker, eva.userId)).map((x) => x.id)).toEqual([m.id]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'MEASUREMENTS_OPENED' AND subject_id = $1 AND actor_id = $2`, [eva.userId, worker.userId])).toBe(1);
    expect(await failure(service.ofResident(otherWorker, eva.userId))).toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await failure(service.ofResident(worker, '00000000-0000-4000-8000-00000000abcd'))).toMatchObject({ publicCode: 'NOT_FOUND' });
  });

  it('is part of the data export and goes with the account', async () => {
    const frits = await resident('Frits');
    await service.record(frits, input(MeasurementMoment.T0, { consent: { given: true } }));
    const section = moduleRef.get(PersonalDataRegistry).all().find((c) => c.section === 'measurements')!;
    expect(await section.collect(frits.userId)).toEqual([
      expect.objectContaining({ moment: 'T0', answers: ['YES', 'MORE_OR_LESS', 'NO', 'NO', 'MORE_OR_LESS', 'YES'], totalScore: 4, method: 'SELF' }),
    ]);
    // What the residents library's erasure does: delete the account (in its transaction).
    await db.query(`DELETE FROM user_account WHERE id = $1`, [frits.userId]);
    expect(await count(`SELECT count(*)::int AS n FROM measurement WHERE resident_id = $1`, [frits.userId])).toBe(0);
  });
});
