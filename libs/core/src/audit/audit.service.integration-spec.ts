import { Test, type TestingModule } from '@nestjs/testing';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { DataSource } from 'typeorm';
import { CoreModule } from '../core.module.js';
import { AuditService } from './audit.service.js';

describe('AuditService (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let sut: AuditService;
  let dataSource: DataSource;
  const actor = '11111111-1111-4111-8111-111111111111';
  const other = '22222222-2222-4222-8222-222222222222';

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(test.runtime)] }).compile();
    sut = moduleRef.get(AuditService);
    dataSource = moduleRef.get(DataSource);
  });
  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  it('records an entry and reads it back', async () => {
    const entry = await sut.record({
      actorId: actor,
      action: 'RESIDENT_PROFILE_OPENED',
      subjectType: 'resident',
      subjectId: other,
      wijkCode: 'WK040201',
      details: { role: 'SOCIAL_WORKER' },
    });
    expect(entry).toMatchObject({ actorId: actor, action: 'RESIDENT_PROFILE_OPENED', subjectId: other, wijkCode: 'WK040201', details: { role: 'SOCIAL_WORKER' } });
    expect(entry.occurredAt).toBeInstanceOf(Date);
  });

  it('writes with the caller’s transaction: a rolled-back action leaves no entry', async () => {
    const before = await sut.involving(actor);
    await expect(
      dataSource.transaction(async (manager) => {
        await sut.record({ actorId: actor, action: 'RESIDENT_ERASED', subjectType: 'resident', subjectId: other }, manager);
        throw new Error('the action itself failed');
      }),
    ).rejects.toThrow('the action itself failed');
    expect(await sut.involving(actor)).toEqual(before);
  });

  it('refuses an action name that would make the log hard to filter', async () => {
    await expect(sut.record({ actorId: actor, action: 'opened profile', subjectType: 'resident', subjectId: other })).rejects.toThrow(/SCREAMING_SNAKE_CASE/);
  });

  it('pages newest first and filters by action, actor, subject and time', async () => {
    for (let i = 0; i < 5; i++) {
      await sut.record({ actorId: other, action: 'RESIDENT_UPDATED_ON_BEHALF', subjectType: 'resident', subjectId: `subject-${i}` });
    }
    const first = await sut.page({ actorId: other }, 2);
    expect(first.nodes.map((e) => e.subjectId)).toEqual(['subject-4', 'subject-3']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await sut.page({ actorId: other }, 2, first.pageInfo.endCursor!);
    expect(second.nodes.map((e) => e.subjectId)).toEqual(['subject-2', 'subject-1']);
    const last = await sut.page({ actorId: other }, 2, second.pageInfo.endCursor!);
    expect(last.nodes.map((e) => e.subjectId)).toEqual(['subject-0']);
    expect(last.pageInfo.hasNextPage).toBe(false);

    expect((await sut.page({ action: 'RESIDENT_PROFILE_OPENED' }, 10)).nodes.map((e) => e.actorId)).toEqual([actor]);
    expect((await sut.page({ subjectId: 'subject-3' }, 10)).nodes).toHaveLength(1);
    expect((await sut.page({ from: new Date(Date.now() + 60_000) }, 10)).nodes).toEqual([]);
    expect((await sut.page({ to: new Date(Date.now() + 60_000), actorId: other }, 10)).nodes).toHaveLength(5);
  });

  it('refuses a cursor it did not make', async () => {
    const forged = Buffer.from(JSON.stringify(['1; DROP TABLE audit_log'])).toString('base64url');
    await expect(sut.page({}, 10, forged)).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT' });
  });
});
