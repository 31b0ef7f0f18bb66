import { Test, type TestingModule } from '@nestjs/testing';
import { AuthModule, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { PersonalDataRegistry, ResidentsModule } from '@buurtbrug/residents';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { BuddyOutcome, BuddyTrajectoryStatus, HowItGoes } from './buddies.enums.js';
import { BuddiesModule } from './buddies.module.js';
import { BuddyCheckInModel } from './buddy-check-in.model.js';
import { BuddyCheckInService } from './buddy-check-in.service.js';
import { BuddyTrajectoryModel } from './buddy-trajectory.model.js';
import { BuddyTrajectoryService } from './buddy-trajectory.service.js';
import { addDays } from './check-in-schedule.js';
import type { StartBuddyTrajectoryInput } from './dto/start-buddy-trajectory.input.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';

function principal(userId: string, role: Role, wijkCodes: string[] = []): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes, organisationId: null };
}

async function refusal(promise: Promise<unknown>): Promise<{ publicCode: string; code: string; fields?: { field: string }[] }> {
  try {
    await promise;
  } catch (error) {
    return error as { publicCode: string; code: string; fields?: { field: string }[] };
  }
  throw new Error('expected a refusal');
}

describe('buddy trajectories (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let db: DataSource;
  let trajectories: BuddyTrajectoryService;
  let checkIns: BuddyCheckInService;
  let worker: UserPrincipal;
  let otherWorker: UserPrincipal;
  let today: string;

  const count = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { n: number }[])[0].n;

  async function account(name: string, role = Role.RESIDENT, wijkCodes: string[] = []): Promise<string> {
    const [row] = (await db.query(`INSERT INTO user_account (role, display_name, wijk_codes) VALUES ($1, $2, $3) RETURNING id`, [role, name, wijkCodes])) as { id: string }[];
    return row.id;
  }

  async function resident(name: string, options: { wijk?: string; onBehalf?: boolean } = {}): Promise<string> {
    const id = await account(name);
    await db.query(
      `INSERT INTO resident_profile (user_id, wijk_code, age_band, languages, interests, availability, travel_radius_km, needs, contact_preference,
                                     via_social_worker, wants_new_contacts, on_behalf, wishes_text)
       VALUES ($1, $2, 'AGE_75_PLUS', '{nl}', '{}', '{}', 3, '{}', CASE WHEN $3 THEN 'PHONE_VIA_SOCIAL_WORKER' ELSE 'APP' END, $3, true, $3, 'PRIVATE-wish')`,
      [id, options.wijk ?? CENTRUM, options.onBehalf ?? false],
    );
    return id;
  }

  const input = (volunteerId: string, residentId: string, extra: Partial<StartBuddyTrajectoryInput> = {}): StartBuddyTrajectoryInput =>
    Object.assign({ volunteerId, residentId, startsOn: today, plannedEndOn: addDays(today, 182), goal: 'Samen naar de markt', checkInEveryWeeks: 4 }, extra);

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(test.runtime), AuthModule, WijkenModule, TagsModule, ResidentsModule, BuddiesModule],
    }).compile();
    await moduleRef.init();
    db = moduleRef.get(DataSource);
    trajectories = moduleRef.get(BuddyTrajectoryService);
    checkIns = moduleRef.get(BuddyCheckInService);
    await db.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950)`);
    worker = principal(await account('Fatima', Role.SOCIAL_WORKER, [CENTRUM]), Role.SOCIAL_WORKER, [CENTRUM]);
    otherWorker = principal(await account('Sven', Role.SOCIAL_WORKER, [OOST]), Role.SOCIAL_WORKER, [OOST]);
    today = ((await db.query(`SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date::text AS today`)) as { today: string }[])[0].today;
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  it('starts a trajectory with its check-ins planned for the whole period, audited, visible to both people', async () => {
    const vera = await resident('Vera');
    const joop = await resident('Joop', { onBehalf: true });
    const started = await trajectories.start(worker, input(vera, joop, { residentContact: '035 123 45 67' }));
    expect(started).toMatchObject({ status: 'ACTIVE', wijkCode: CENTRUM, startedOn: today, volunteerName: 'Vera', residentName: 'Joop', nextCheckInDueOn: addDays(today, 28) });
    const planned = (await db.query(`SELECT due_on::text AS d FROM buddy_check_in WHERE trajectory_id = $1 ORDER BY due_on`, [started.id])) as { d: string }[];
    expect(planned.map((r) => r.d)).toEqual([28, 56, 84, 112, 140, 168].map((n) => addDays(today, n)));
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'BUDDY_TRAJECTORY_STARTED' AND subject_id = $1 AND actor_id = $2`, [started.id, worker.userId])).toBe(1);

    const asVolunteer = BuddyTrajectoryModel.from((await trajectories.list(principal(vera, Role.RESIDENT), { first: 10 })).nodes[0], principal(vera, Role.RESIDENT));
    expect(asVolunteer).toMatchObject({ id: started.id, myRole: 'VOLUNTEER', resident: { displayName: 'Joop', contact: '035 123 45 67' }, endNote: null });
    expect(JSON.stringify(asVolunteer)).not.toContain('PRIVATE-wish');
    expect((await trajectories.list(principal(joop, Role.RESIDENT), { first: 10 })).nodes.map((t) => t.id)).toEqual([started.id]);
    expect((await trajectories.list(principal(await resident('Bram'), Role.RESIDENT), { first: 10 })).nodes).toEqual([]);
    expect((await trajectories.list(otherWorker, { first: 10 })).nodes).toEqual([]);
    expect((await trajectories.list(worker, { first: 10 })).nodes.map((t) => t.id)).toContain(started.id);
  });

  it('turns a double click into one trajectory and a CONFLICT, in either direction', async () => {
    const a = await resident('Anna');
    const b = await resident('Bert');
    const results = await Promise.allSettled([trajectories.start(worker, input(a, b)), trajectories.start(worker, input(a, b))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ publicCode: 'CONFLICT', code: 'ALREADY_ACTIVE' });
    expect(await refusal(trajectories.start(worker, input(b, a)))).toMatchObject({ publicCode: 'CONFLICT' });
    expect(await count(`SELECT count(*)::int AS n FROM buddy_trajectory WHERE $1 IN (volunteer_id, resident_id)`, [a])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'BUDDY_TRAJECTORY_STARTED' AND details->>'volunteerId' IN ($1, $2)`, [a, b])).toBe(1);
  });

  it('refuses bad input with field details and writes nothing', async () => {
    const a = await resident('Carla');
    const b = await resident('Dirk');
    const onBehalf = await resident('Els', { onBehalf: true });
    const elsewhere = await resident('Fien', { wijk: OOST });
    const before = await count(`SELECT count(*)::int AS n FROM buddy_trajectory`);
    const beforeCheckIns = await count(`SELECT count(*)::int AS n FROM buddy_check_in`);
    const cases: [Partial<StartBuddyTrajectoryInput>, string, string][] = [
      [{ plannedEndOn: addDays(today, 20) }, 'BAD_USER_INPUT', 'plannedEndOn'],
      [{ plannedEndOn: addDays(today, -1) }, 'BAD_USER_INPUT', 'plannedEndOn'],
      [{ plannedEndOn: addDays(today, 800) }, 'BAD_USER_INPUT', 'plannedEndOn'],
      [{ startsOn: '2026-02-30' }, 'BAD_USER_INPUT', 'startsOn'],
      [{ startsOn: addDays(today, 400), plannedEndOn: addDays(today, 500) }, 'BAD_USER_INPUT', 'startsOn'],
      [{ residentId: a }, 'BAD_USER_INPUT', 'volunteerId'],
      [{ volunteerId: onBehalf }, 'BAD_USER_INPUT', 'volunteerId'],
      [{ residentId: '00000000-0000-4000-8000-000000000001' }, 'NOT_FOUND', 'residentId'],
    ];
    for (const [extra, code, field] of cases) {
      const error = await refusal(trajectories.start(worker, input(a, b, extra)));
      expect({ extra, code: error.publicCode }).toEqual({ extra, code });
      expect(error.fields?.map((f) => f.field)).toContain(field);
    }
    expect(await refusal(trajectories.start(worker, input(a, elsewhere)))).toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await refusal(trajectories.start(otherWorker, input(a, b)))).toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await count(`SELECT count(*)::int AS n FROM buddy_trajectory`)).toBe(before);
    expect(await count(`SELECT count(*)::int AS n FROM buddy_check_in`)).toBe(beforeCheckIns);
  });

  it('surfaces due check-ins once a day, lists them for the social worker and both people, and takes one answer', async () => {
    const vol = await resident('Gerda');
    const res = await resident('Henk');
    // Registered a while after it began: the first check-in is due at once.
    const started = await trajectories.start(worker, input(vol, res, { startsOn: addDays(today, -30), plannedEndOn: addDays(today, 60), checkInEveryWeeks: 2 }));
    const dueNow = async (who: UserPrincipal) => (await checkIns.list(who, { first: 50, due: true })).nodes.filter((c) => c.trajectoryId === started.id);
    expect((await dueNow(worker)).map((c) => c.dueOn)).toEqual([addDays(today, -16), addDays(today, -2)]);

    // Time moves on: the job, run for a day three weeks ahead, surfaces what fell due by then, once.
    expect(await checkIns.surfaceDue(addDays(today, 21))).toBeGreaterThanOrEqual(1);
    expect(await checkIns.surfaceDue(addDays(today, 21))).toBe(0);
    const due = await dueNow(principal(res, Role.RESIDENT));
    expect(due.map((c) => c.dueOn)).toEqual([addDays(today, -16), addDays(today, -2), addDays(today, 12)]);
    expect((await dueNow(principal(vol, Role.RESIDENT))).length).toBe(3);
    expect(await dueNow(otherWorker)).toEqual([]);
    expect(await dueNow(principal(await resident('Ine'), Role.RESIDENT))).toEqual([]);

    const first = due[0];
    const answers = await Promise.allSettled([
      checkIns.record(principal(res, Role.RESIDENT), { checkInId: first.id, howItGoes: HowItGoes.GOOD, note: 'Fijn gewandeld' }),
      checkIns.record(principal(vol, Role.RESIDENT), { checkInId: first.id, howItGoes: HowItGoes.OK }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((answers.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ publicCode: 'CONFLICT' });
    expect((await dueNow(worker)).map((c) => c.id)).not.toContain(first.id);

    expect(await refusal(checkIns.record(otherWorker, { checkInId: due[1].id, howItGoes: HowItGoes.OK }))).toMatchObject({ publicCode: 'NOT_FOUND' });
    const bySocialWork = await checkIns.record(worker, { checkInId: due[1].id, howItGoes: HowItGoes.DIFFICULT, note: 'Bel Henk volgende week' });
    expect(bySocialWork).toMatchObject({ howItGoes: 'DIFFICULT', recordedBy: worker.userId });
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'BUDDY_CHECK_IN_RECORDED' AND subject_id = $1`, [started.id])).toBe(1);

    // The note is for its writer and social work; the two people see only how it goes.
    const all = await checkIns.list(principal(vol, Role.RESIDENT), { first: 50, due: false, trajectoryId: started.id });
    const view = all.nodes.find((c) => c.id === due[1].id)!;
    expect(BuddyCheckInModel.from(view, principal(vol, Role.RESIDENT))).toMatchObject({ howItGoes: 'DIFFICULT', note: null, recordedByMe: false, due: false });
    expect(BuddyCheckInModel.from(view, worker)).toMatchObject({ note: 'Bel Henk volgende week', recordedByMe: true });
  });

  it('ends ACTIVE → ENDED once: concurrent ends give one winner and a CONFLICT, future check-ins go', async () => {
    const vol = await resident('Jan');
    const res = await resident('Klaas');
    const started = await trajectories.start(worker, input(vol, res));
    expect(await refusal(trajectories.end(otherWorker, { id: started.id, outcome: BuddyOutcome.GOAL_REACHED }))).toMatchObject({ publicCode: 'NOT_FOUND' });
    expect(await refusal(trajectories.end(principal(vol, Role.RESIDENT), { id: started.id, outcome: BuddyOutcome.GOAL_REACHED }))).toMatchObject({ publicCode: 'FORBIDDEN' });

    const ends = await Promise.allSettled([
      trajectories.end(worker, { id: started.id, outcome: BuddyOutcome.CONTINUES_INFORMALLY, note: 'Ze spreken zelf af' }),
      trajectories.end(worker, { id: started.id, outcome: BuddyOutcome.STOPPED_EARLY }),
    ]);
    expect(ends.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((ends.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ publicCode: 'CONFLICT' });
    const [row] = (await db.query(`SELECT status, outcome, ended_on::text AS ended_on FROM buddy_trajectory WHERE id = $1`, [started.id])) as Record<string, string>[];
    expect(row.status).toBe(BuddyTrajectoryStatus.ENDED);
    expect(row.ended_on).toBe(today);
    expect(await count(`SELECT count(*)::int AS n FROM buddy_check_in WHERE trajectory_id = $1`, [started.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'BUDDY_TRAJECTORY_ENDED' AND subject_id = $1`, [started.id])).toBe(1);

    expect(await refusal(trajectories.end(worker, { id: started.id, outcome: BuddyOutcome.GOAL_REACHED }))).toMatchObject({ code: 'ILLEGAL_TRANSITION', publicCode: 'CONFLICT' });
    const seenByResident = BuddyTrajectoryModel.from(await trajectories.findVisible(principal(res, Role.RESIDENT), started.id), principal(res, Role.RESIDENT));
    expect(seenByResident).toMatchObject({ status: 'ENDED', outcome: 'CONTINUES_INFORMALLY', endNote: null, nextCheckInId: null });
    // The pair may start again once the first one ended.
    await expect(trajectories.start(worker, input(res, vol))).resolves.toMatchObject({ status: 'ACTIVE' });
  });

  it('puts trajectories and own check-ins in the export, and erasing either person takes them along', async () => {
    const vol = await resident('Lies');
    const res = await resident('Mo');
    const started = await trajectories.start(worker, input(vol, res, { volunteerContact: '06 12345678' }));
    const [firstCheckIn] = (await checkIns.list(principal(res, Role.RESIDENT), { first: 1, due: false, trajectoryId: started.id })).nodes;
    await checkIns.record(principal(res, Role.RESIDENT), { checkInId: firstCheckIn.id, howItGoes: HowItGoes.GOOD, note: 'Gezellig' });

    const section = moduleRef.get(PersonalDataRegistry).all().find((c) => c.section === 'buddyTrajectories')!;
    const exported = (await section.collect(res)) as Record<string, unknown>[];
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ id: started.id, my_role: 'RESIDENT', buddy_name: 'Lies', my_contact: null });
    expect(exported[0].check_ins).toEqual(expect.arrayContaining([expect.objectContaining({ howItGoes: 'GOOD', recordedByMe: true, note: 'Gezellig' })]));
    const forVolunteer = (await section.collect(vol)) as Record<string, unknown>[];
    expect(forVolunteer[0]).toMatchObject({ my_role: 'VOLUNTEER', my_contact: '06 12345678' });
    expect(JSON.stringify(forVolunteer)).not.toContain('Gezellig');

    await db.query(`DELETE FROM user_account WHERE id = $1`, [vol]);
    expect(await count(`SELECT count(*)::int AS n FROM buddy_trajectory WHERE id = $1`, [started.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM buddy_check_in WHERE trajectory_id = $1`, [started.id])).toBe(0);
  });
});
