import { AuthService, Role, type UserPrincipal } from '@buurtbrug/auth';
import { JobsService } from '@buurtbrug/core';
import { ResidentProfileService } from '@buurtbrug/residents';
import { EXPIRE_POSTS_JOB, PostKind, PostService, REMIND_EXPIRING_POSTS_JOB } from '@buurtbrug/talents-wants';
import { WijkImportService } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The expiry and reminder jobs as the running app has them: registered with pg-boss and worked by it. */
describe('post jobs in the running app', () => {
  let t: TestApp;
  let db: DataSource;
  let anna: UserPrincipal;

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() - started > timeoutMs) return value;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'true' });
    db = t.app.get(DataSource);
    await t.app.get(WijkImportService).importCsv(
      ['wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon', 'WK090101,Dorp,GM0901,Proefstad,,,,52.1,5.1'].join('\n'),
    );
    const account = await t.app.get(AuthService).createAccount({ email: 'anna@example.nl', password: 'een-goed-wachtwoord', displayName: 'Anna', role: Role.RESIDENT });
    anna = { kind: 'user', userId: account.id, sessionId: 'test', role: Role.RESIDENT, wijkCodes: [], organisationId: null };
    await t.app.get(ResidentProfileService).updateMyProfile(anna, { wijkCode: 'WK090101', consents: { profileProcessing: true } });
  });
  afterAll(() => t.close());

  it('are scheduled hourly', async () => {
    const rows = (await db.query(`SELECT name, cron FROM pgboss.schedule WHERE name = ANY($1) ORDER BY name`, [[EXPIRE_POSTS_JOB, REMIND_EXPIRING_POSTS_JOB]])) as {
      name: string;
      cron: string;
    }[];
    expect(rows.map((r) => r.name)).toEqual([EXPIRE_POSTS_JOB, REMIND_EXPIRING_POSTS_JOB]);
    for (const row of rows) expect(row.cron).toMatch(/^\d+ \* \* \* \*$/);
  });

  it('expire a post past its date and remind the author of one a week from it, when the queue runs them', async () => {
    const posts = t.app.get(PostService);
    const old = (await posts.create(anna, { kind: PostKind.OFFER, title: 'Ik help met de computer' })).post.id;
    const soon = (await posts.create(anna, { kind: PostKind.REQUEST, title: 'Wie wil er samen koken?' })).post.id;
    await db.query(`UPDATE post SET expires_at = now() - interval '1 hour' WHERE id = $1`, [old]);
    await db.query(`UPDATE post SET expires_at = now() + interval '2 days' WHERE id = $1`, [soon]);

    const jobs = t.app.get(JobsService);
    await jobs.send(EXPIRE_POSTS_JOB, {});
    await jobs.send(REMIND_EXPIRING_POSTS_JOB, {});

    const state = () =>
      db.query(`SELECT id, status, reminder_sent_at FROM post WHERE id = ANY($1)`, [[old, soon]]) as Promise<
        { id: string; status: string; reminder_sent_at: Date | null }[]
      >;
    const rows = await until(state, (r) => r.find((p) => p.id === old)?.status === 'EXPIRED' && r.find((p) => p.id === soon)?.reminder_sent_at != null);
    expect(rows.find((p) => p.id === old)).toMatchObject({ status: 'EXPIRED' });
    expect(rows.find((p) => p.id === soon)).toMatchObject({ status: 'OPEN', reminder_sent_at: expect.any(Date) });
  });
});
