import { Test, type TestingModule } from '@nestjs/testing';
import { AuthModule, AuthService, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule, type DomainError, PUB_SUB } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { ConsentMethod, ContactFrequency, HomeVisitService, LivingSituation, Mobility, ResidentsModule } from '@buurtbrug/residents';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { SignalJobs } from './signal-jobs.service.js';
import { SignalService } from './signal.service.js';
import { PersonAware, SignalSource, SignalStatus } from './signal-status.enum.js';
import { SIGNAL_FILED_FOR_ADMINS, signalFiledForWijk } from './signals.events.js';
import { SignalsModule } from './signals.module.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';
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

describe('signals (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let sut: SignalService;
  let jobs: SignalJobs;
  let homeVisits: HomeVisitService;
  let fatima: UserPrincipal;
  let sven: UserPrincipal;
  let admin: UserPrincipal;
  let provider: UserPrincipal;
  let ipCounter = 0;
  const nextIp = () => `10.0.0.${++ipCounter}`;

  const count = async (sql: string, params: unknown[] = []) => Number(((await dataSource.query(sql, params)) as { n: string }[])[0].n);
  const file = (wijkCode: string, concern = 'Ik zie haar niet meer buiten.') =>
    sut.file(undefined, nextIp(), { wijkCode, howToReach: 'Huis naast de bakker', concern, personAware: PersonAware.NO });
  const idOf = async (reference: string) =>
    ((await dataSource.query(`SELECT id FROM signal WHERE upper(left(id::text, 8)) = $1`, [reference])) as { id: string }[])[0].id;

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(test.runtime), AuthModule, ResidentsModule, SignalsModule] }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    sut = moduleRef.get(SignalService);
    jobs = moduleRef.get(SignalJobs);
    homeVisits = moduleRef.get(HomeVisitService);
    const auth = moduleRef.get(AuthService);
    await dataSource.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950),
        ('${ZUID}', 'Zuid', 'GM0402', 'Hilversum', 52.2050, 5.1750)`);
    await dataSource.query(`INSERT INTO wijk_postcode (postcode, wijk_code) VALUES ('1211', '${CENTRUM}')`);
    // This suite's own small taxonomy, in place of the standard one the migrations bring.
    await dataSource.query(`DELETE FROM tag`);
    await dataSource.query(`INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES ('wandelen', 'Wandelen', 'Walking', '{}', 'interest')`);
    const make = async (name: string, role: Role, wijkCodes: string[] = []) =>
      principal((await auth.createAccount({ email: `${name}@example.nl`, password: 'een-goed-wachtwoord', displayName: name, role, wijkCodes })).id, role, wijkCodes);
    fatima = await make('fatima', Role.SOCIAL_WORKER, [CENTRUM, OOST]);
    sven = await make('sven', Role.SOCIAL_WORKER, [ZUID]);
    admin = await make('beheer', Role.ADMIN);
    provider = await make('kees', Role.PROVIDER);
  });
  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  it('files a public signal for the wijk of a postcode, audited, and echoes nothing of it', async () => {
    const receipt = await sut.file(undefined, nextIp(), { postcode: '1211 AB', howToReach: ' 06-12345678 ', concern: 'Post stapelt zich op.', personAware: PersonAware.UNSURE });
    expect(receipt).toEqual({ reference: expect.stringMatching(/^[0-9A-F]{8}$/), wijkCode: CENTRUM, wijkName: 'Centrum' });
    const id = await idOf(receipt.reference);
    const [row] = await dataSource.query(`SELECT * FROM signal WHERE id = $1`, [id]);
    expect(row).toMatchObject({ wijk_code: CENTRUM, source: SignalSource.PUBLIC, status: 'NEW', filed_by: null, how_to_reach: '06-12345678', closed_at: null });
    expect(await count(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_FILED' AND subject_id = $1`, [id])).toBe(1);
  });

  it('announces a filed signal after commit on its wijk’s and the admins’ triggers, with nothing of its content', async () => {
    const pubSub = moduleRef.get<PubSubEngine>(PUB_SUB);
    const heard: { trigger: string; message: Record<string, any>; stored: Promise<number> }[] = [];
    const listen = (trigger: string) =>
      pubSub.subscribe(
        trigger,
        (message: Record<string, any>) =>
          // Looked up from another connection: the signal is there (committed) by the time the push goes out.
          heard.push({ trigger, message, stored: count(`SELECT count(*) n FROM signal WHERE id = $1`, [message.signalFiled.signalId]) }),
        {},
      );
    const subscriptions = await Promise.all([listen(signalFiledForWijk(CENTRUM)), listen(signalFiledForWijk(ZUID)), listen(SIGNAL_FILED_FOR_ADMINS)]);
    try {
      const id = await idOf((await file(CENTRUM, 'Het licht brandt niet meer.')).reference);
      await failure(sut.file(undefined, nextIp(), { postcode: '9999', howToReach: 'x', concern: 'y', personAware: PersonAware.NO }));
      await new Promise((r) => setTimeout(r, 100));
      expect(heard.map((h) => h.trigger).sort()).toEqual([SIGNAL_FILED_FOR_ADMINS, signalFiledForWijk(CENTRUM)].sort());
      for (const { message, stored } of heard) {
        expect(message).toEqual({ signalFiled: { signalId: id, wijkCode: CENTRUM, wijkName: 'Centrum', status: 'NEW', createdAt: expect.any(String) } });
        expect(JSON.stringify(message)).not.toMatch(/licht|bakker/);
        expect(await stored).toBe(1);
      }
    } finally {
      subscriptions.forEach((sub) => pubSub.unsubscribe(sub));
    }
  });

  it('records a partner as the source and refuses an unknown postcode or wijk without writing', async () => {
    const receipt = await sut.file(provider, '10.9.9.9', { wijkCode: OOST, howToReach: 'Via de bibliotheek', concern: 'Komt niet meer lezen.', personAware: PersonAware.YES });
    const [row] = await dataSource.query(`SELECT source, filed_by FROM signal WHERE id = $1`, [await idOf(receipt.reference)]);
    expect(row).toEqual({ source: SignalSource.PROVIDER, filed_by: provider.userId });

    const before = await count(`SELECT count(*) n FROM signal`);
    const unknownPostcode = await failure(sut.file(undefined, nextIp(), { postcode: '9999', howToReach: 'x', concern: 'y', personAware: PersonAware.NO }));
    expect(unknownPostcode).toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'postcode' }] });
    const unknownWijk = await failure(sut.file(undefined, nextIp(), { wijkCode: 'WK999999', howToReach: 'x', concern: 'y', personAware: PersonAware.NO }));
    expect(unknownWijk).toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'wijkCode' }] });
    const blank = await failure(sut.file(undefined, nextIp(), { wijkCode: CENTRUM, howToReach: '   ', concern: 'y', personAware: PersonAware.NO }));
    expect(blank).toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'howToReach' }] });
    expect(await count(`SELECT count(*) n FROM signal`)).toBe(before);
  });

  it('lists only the reader’s wijken and audits one SIGNAL_READ per signal shown', async () => {
    const zuid = await idOf((await file(ZUID, 'In Zuid')).reference);
    const centrum = await idOf((await file(CENTRUM, 'In Centrum')).reference);
    const auditedBefore = await count(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_READ' AND actor_id = $1`, [fatima.userId]);
    const page = await sut.list(fatima, { status: SignalStatus.NEW }, 100);
    const ids = page.nodes.map((s) => s.id);
    expect(ids).toContain(centrum);
    expect(ids).not.toContain(zuid);
    expect(new Set(page.nodes.map((s) => s.wijkCode))).toEqual(new Set([CENTRUM, OOST]));
    const audited = (await dataSource.query(
      `SELECT subject_id, details->>'via' AS via FROM audit_log WHERE action = 'SIGNAL_READ' AND actor_id = $1 ORDER BY id`,
      [fatima.userId],
    )) as { subject_id: string; via: string }[];
    expect(audited).toHaveLength(auditedBefore + ids.length);
    expect(audited.slice(auditedBefore).map((a) => a.subject_id).sort()).toEqual([...ids].sort());
    expect(audited.slice(auditedBefore).every((a) => a.via === 'LIST')).toBe(true);

    expect((await sut.list(sven, null, 100)).nodes.map((s) => s.id)).toEqual([zuid]);
    expect((await sut.list(admin, { wijkCode: ZUID }, 100)).nodes.map((s) => s.id)).toEqual([zuid]);
    expect(await failure(sut.list(sven, { wijkCode: CENTRUM }, 100))).toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await failure(sut.list(provider, null, 100))).toMatchObject({ publicCode: 'FORBIDDEN' });
  });

  it('pages newest first with a cursor', async () => {
    for (let i = 0; i < 3; i++) await file(OOST, `Pagina ${i}`);
    const first = await sut.list(fatima, { wijkCode: OOST }, 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await sut.list(fatima, { wijkCode: OOST }, 2, first.pageInfo.endCursor!);
    const all = [...first.nodes, ...second.nodes];
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const times = all.map((s) => s.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('opens one signal for its wijk (audited) and hides it from another wijk as NOT_FOUND', async () => {
    const id = await idOf((await file(CENTRUM)).reference);
    const detail = await sut.get(fatima, id);
    expect(detail.signal).toMatchObject({ id, concern: 'Ik zie haar niet meer buiten.' });
    expect(await count(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_READ' AND subject_id = $1 AND details->>'via' = 'DETAIL'`, [id])).toBe(1);
    expect(await failure(sut.get(sven, id))).toMatchObject({ publicCode: 'NOT_FOUND' });
    expect(await failure(sut.get(sven, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ publicCode: 'NOT_FOUND' });
    expect(await failure(sut.get(provider, id))).toMatchObject({ publicCode: 'FORBIDDEN' });
    await sut.get(admin, id);
    expect(await count(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_READ' AND subject_id = $1`, [id])).toBe(2);
  });

  it('triages along the transition table, keeps the history and refuses illegal steps', async () => {
    const id = await idOf((await file(CENTRUM)).reference);
    const contacted = await sut.triage(fatima, { id, status: SignalStatus.CONTACTED, note: 'Gebeld, afspraak gemaakt.', expectedStatus: SignalStatus.NEW });
    expect(contacted.signal).toMatchObject({ status: 'CONTACTED', triageNote: 'Gebeld, afspraak gemaakt.', closedAt: null });
    expect(await failure(sut.triage(fatima, { id, status: SignalStatus.NEW }))).toMatchObject({ publicCode: 'CONFLICT', code: 'ILLEGAL_TRANSITION' });
    const closed = await sut.triage(fatima, { id, status: SignalStatus.NO_ACTION, note: 'Heeft genoeg mensen om zich heen.' });
    expect(closed.signal.closedAt).toBeInstanceOf(Date);
    expect(closed.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      ['NEW', 'CONTACTED'],
      ['CONTACTED', 'NO_ACTION'],
    ]);
    expect(await failure(sut.triage(fatima, { id, status: SignalStatus.INTAKE_DONE }))).toMatchObject({ publicCode: 'CONFLICT' });
    expect(await failure(sut.triage(sven, { id, status: SignalStatus.CONTACTED }))).toMatchObject({ publicCode: 'NOT_FOUND' });
    expect(await failure(sut.triage(admin, { id, status: SignalStatus.CONTACTED }))).toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await count(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_TRIAGED' AND subject_id = $1`, [id])).toBe(2);
  });

  it('lets one of two social workers triaging at once win; the other gets CONFLICT and nothing half-written', async () => {
    const auth = moduleRef.get(AuthService);
    const colleague = principal(
      (await auth.createAccount({ email: 'collega@example.nl', password: 'een-goed-wachtwoord', displayName: 'Collega', role: Role.SOCIAL_WORKER, wijkCodes: [CENTRUM] })).id,
      Role.SOCIAL_WORKER,
      [CENTRUM],
    );
    for (const [a, b] of [
      [SignalStatus.CONTACTED, SignalStatus.NO_ACTION],
      [SignalStatus.CONTACTED, SignalStatus.CONTACTED],
    ]) {
      const id = await idOf((await file(CENTRUM)).reference);
      const results = await Promise.allSettled([
        sut.triage(fatima, { id, status: a, note: 'Fatima', expectedStatus: SignalStatus.NEW }),
        sut.triage(colleague, { id, status: b, note: 'Collega', expectedStatus: SignalStatus.NEW }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ publicCode: 'CONFLICT' });
      expect(await count(`SELECT count(*) n FROM signal_triage WHERE signal_id = $1`, [id])).toBe(1);
      expect(await count(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_TRIAGED' AND subject_id = $1`, [id])).toBe(1);
    }
  });

  it('retention deletes signals older than six months unless they led to an intake, and audits only the number', async () => {
    const insert = async (status: SignalStatus, age: string) =>
      ((await dataSource.query(
        `INSERT INTO signal (wijk_code, source, status, how_to_reach, concern, person_aware, created_at, closed_at)
         VALUES ($1, 'PUBLIC', $2, 'x', 'y', 'NO', now() - $3::interval, CASE WHEN $2 IN ('INTAKE_DONE', 'NO_ACTION') THEN now() END) RETURNING id`,
        [CENTRUM, status, age],
      )) as { id: string }[])[0].id;
    const oldNew = await insert(SignalStatus.NEW, '7 months');
    const oldContacted = await insert(SignalStatus.CONTACTED, '6 months 1 day');
    const oldNoAction = await insert(SignalStatus.NO_ACTION, '1 year');
    const oldIntake = await insert(SignalStatus.INTAKE_DONE, '2 years');
    const young = await insert(SignalStatus.NEW, '5 months 27 days');
    await dataSource.query(`INSERT INTO signal_triage (signal_id, from_status, to_status) VALUES ($1, 'NEW', 'NO_ACTION')`, [oldNoAction]);

    const deleted = await jobs.retention();
    expect(deleted).toBe(3);
    const left = ((await dataSource.query(`SELECT id FROM signal WHERE id = ANY($1)`, [[oldNew, oldContacted, oldNoAction, oldIntake, young]])) as { id: string }[]).map((r) => r.id);
    expect(left.sort()).toEqual([oldIntake, young].sort());
    expect(await count(`SELECT count(*) n FROM signal_triage WHERE signal_id = $1`, [oldNoAction])).toBe(0);
    const [entry] = await dataSource.query(`SELECT actor_id, subject_id, details FROM audit_log WHERE action = 'SIGNALS_DELETED_BY_RETENTION' ORDER BY id DESC LIMIT 1`);
    expect(entry).toEqual({ actor_id: null, subject_id: 'retention', details: { deleted: 3 } });
    expect(await jobs.retention()).toBe(0);
  });

  it('a home visit started from a signal closes it as INTAKE_DONE with the new resident; another wijk’s visit does not', async () => {
    const id = await idOf((await file(CENTRUM)).reference);
    const visit = (signalId: string, by: UserPrincipal, wijkCode: string) =>
      homeVisits.record(by, {
        displayName: 'Mien',
        wijkCode,
        signalId,
        livingSituation: LivingSituation.ALONE,
        contactFrequency: ContactFrequency.RARELY,
        wantsNewContacts: true,
        mobility: Mobility.WALKING_AID,
        interests: ['wandelen'],
        consent: { profileProcessing: true, method: ConsentMethod.SPOKEN },
      });
    await visit(id, sven, ZUID);
    expect((await dataSource.query(`SELECT status FROM signal WHERE id = $1`, [id]))[0].status).toBe('NEW');

    const { profile } = await visit(id, fatima, CENTRUM);
    const [row] = await dataSource.query(`SELECT status, closed_at, intake_resident_id FROM signal WHERE id = $1`, [id]);
    expect(row).toMatchObject({ status: 'INTAKE_DONE', intake_resident_id: profile.userId });
    expect(row.closed_at).toBeInstanceOf(Date);
    expect(await count(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_INTAKE_RECORDED' AND subject_id = $1`, [id])).toBe(1);
    // Kept by retention even when old.
    await dataSource.query(`UPDATE signal SET created_at = now() - interval '1 year' WHERE id = $1`, [id]);
    await jobs.retention();
    expect(await count(`SELECT count(*) n FROM signal WHERE id = $1`, [id])).toBe(1);
  });
});
