import { Test, type TestingModule } from '@nestjs/testing';
import { AccountService, AuthModule, AuthService, type Principal, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreModule } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { WijkenModule } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { OrganisationKind, OrganisationStatus } from './organisation-kind.enum.js';
import { OrganisationsService } from './organisation.service.js';
import { OrganisationsModule } from './organisations.module.js';

const CENTRUM = 'WK040201';
const OOST = 'WK040202';

function user(userId: string, role: Role, organisationId: string | null = null): UserPrincipal {
  return { kind: 'user', userId, sessionId: '00000000-0000-4000-8000-000000000000', role, wijkCodes: [], organisationId };
}

describe('organisations (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let auth: AuthService;
  let accounts: AccountService;
  let service: OrganisationsService;
  let admin: UserPrincipal;
  let counter = 0;

  const count = async (sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as { n: number }[])[0].n;

  async function account(role: Role) {
    counter += 1;
    return auth.createAccount({ email: `persoon${counter}@example.nl`, password: 'een-goed-wachtwoord', displayName: `Persoon ${counter}`, role });
  }

  async function propose(name: string, wijkCodes = [CENTRUM]) {
    const creator = await account(Role.RESIDENT);
    const organisation = await service.create(user(creator.id, Role.RESIDENT), {
      name,
      kind: OrganisationKind.CLUB,
      wijkCodes,
      description: `Over ${name}`,
      email: ' Info@Example.NL ',
      phone: '',
    });
    return { organisation, member: user(creator.id, Role.PROVIDER, organisation.id) };
  }

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(test.runtime), AuthModule, WijkenModule, OrganisationsModule],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    auth = moduleRef.get(AuthService);
    accounts = moduleRef.get(AccountService);
    service = moduleRef.get(OrganisationsService);
    await dataSource.query(`
      INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
        ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
        ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950)`);
    admin = user((await account(Role.ADMIN)).id, Role.ADMIN);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  it('makes the creator its provider in the same transaction and stores contact fields cleanly', async () => {
    const { organisation, member } = await propose('Schaakclub Zuid');
    expect(organisation.status).toBe(OrganisationStatus.PENDING);
    expect(organisation.email).toBe('info@example.nl');
    expect(organisation.phone).toBeNull();
    const stored = await accounts.get(member.userId);
    expect(stored).toMatchObject({ role: Role.PROVIDER, organisationId: organisation.id });
  });

  it('refuses an unknown wijk and writes nothing', async () => {
    const creator = await account(Role.RESIDENT);
    await expect(
      service.create(user(creator.id, Role.RESIDENT), { name: 'Nergens', kind: OrganisationKind.OTHER, wijkCodes: ['WK049999'], description: '' }),
    ).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT' });
    expect(await count(`SELECT count(*)::int AS n FROM organisation WHERE name = 'Nergens'`)).toBe(0);
  });

  it('refuses social workers (no downgrade) and rolls the organisation back; admins create without joining', async () => {
    const worker = await auth.createAccount({
      email: 'werker@example.nl',
      password: 'een-goed-wachtwoord',
      displayName: 'Werker',
      role: Role.SOCIAL_WORKER,
      wijkCodes: [CENTRUM],
    });
    await expect(
      service.create(user(worker.id, Role.SOCIAL_WORKER), { name: 'Van de werker', kind: OrganisationKind.CLUB, wijkCodes: [], description: '' }),
    ).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await count(`SELECT count(*)::int AS n FROM organisation WHERE name = 'Van de werker'`)).toBe(0);
    expect((await accounts.get(worker.id)).role).toBe(Role.SOCIAL_WORKER);

    const byAdmin = await service.create(admin, { name: 'Van beheer', kind: OrganisationKind.MUNICIPALITY, wijkCodes: [], description: '' });
    expect((await accounts.get(admin.userId)).role).toBe(Role.ADMIN);
    expect(byAdmin.status).toBe(OrganisationStatus.PENDING);
  });

  it('keeps a provider in the organisation they belong to', async () => {
    const { member } = await propose('Eerste club');
    await expect(
      service.create(member, { name: 'Tweede club', kind: OrganisationKind.CLUB, wijkCodes: [], description: '' }),
    ).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    expect(await count(`SELECT count(*)::int AS n FROM organisation WHERE name = 'Tweede club'`)).toBe(0);
  });

  it('approves once: a second approval changes nothing and writes no second outbox row', async () => {
    const { organisation } = await propose('Koor Oost', [OOST]);
    expect(await count(`SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = $1`, [organisation.id])).toBe(0);
    const first = await service.approve(admin, organisation.id);
    const second = await service.approve(admin, organisation.id);
    expect(first.status).toBe(OrganisationStatus.APPROVED);
    expect(second.approvedAt).toEqual(first.approvedAt);
    expect(await count(`SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = $1 AND op = 'upsert'`, [organisation.id])).toBe(1);
  });

  it('shows approved ones to everyone, a pending one to its members, and all to admins', async () => {
    const { organisation: pending, member } = await propose('Wachtende club', [OOST]);
    const { organisation: approved } = await propose('Goedgekeurde club', [OOST]);
    await service.approve(admin, approved.id);
    const names = async (principal: Principal | undefined) =>
      (await service.list(principal, { wijkCode: OOST }, { first: 50 })).nodes.map((o) => o.name);

    expect(await names(undefined)).toContain('Goedgekeurde club');
    expect(await names(undefined)).not.toContain('Wachtende club');
    expect(await names(member)).toEqual(expect.arrayContaining(['Goedgekeurde club', 'Wachtende club']));
    expect(await names(admin)).toEqual(expect.arrayContaining(['Goedgekeurde club', 'Wachtende club']));
    await expect(service.get(undefined, pending.id)).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
    expect((await service.get(member, pending.id)).id).toBe(pending.id);
    await expect(service.get(undefined, 'not-a-uuid')).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
  });

  it('filters by text (wildcards are literal), kind and wijk, and pages by name', async () => {
    for (const name of ['Club 100% Gezellig', 'Club 1000 Stappen', 'Club Aan Tafel']) {
      const { organisation } = await propose(name);
      await service.approve(admin, organisation.id);
    }
    const literal = await service.list(undefined, { text: '100%' }, { first: 10 });
    expect(literal.nodes.map((o) => o.name)).toEqual(['Club 100% Gezellig']);

    const first = await service.list(undefined, { text: 'club', kind: OrganisationKind.CLUB, wijkCode: CENTRUM }, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await service.list(undefined, { text: 'club', kind: OrganisationKind.CLUB, wijkCode: CENTRUM }, { first: 50, after: first.pageInfo.endCursor! });
    const all = [...first.nodes, ...rest.nodes].map((o) => o.name);
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(all).size).toBe(all.length);
  });

  it('lets members and admins update; others get FORBIDDEN; an approved one feeds search', async () => {
    const { organisation, member } = await propose('Buurthuis Noord');
    const { member: stranger } = await propose('Ander buurthuis');
    await expect(service.update(stranger, { id: organisation.id, name: 'Gekaapt' })).rejects.toMatchObject({ publicCode: 'FORBIDDEN' });
    const token: Principal = { kind: 'token', tokenId: '00000000-0000-4000-8000-000000000009', organisationId: organisation.id };
    expect((await service.update(token, { id: organisation.id, phone: '035 555 00 11' })).phone).toBe('035 555 00 11');
    expect(await count(`SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = $1`, [organisation.id])).toBe(0);
    await service.approve(admin, organisation.id);
    const updated = await service.update(member, { id: organisation.id, website: null, description: '  Nieuw  ' });
    expect(updated).toMatchObject({ website: null, description: 'Nieuw' });
    expect(await count(`SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = $1`, [organisation.id])).toBe(2);
    expect((await service.update(admin, { id: organisation.id, kind: OrganisationKind.COMMUNITY_CENTRE })).kind).toBe(
      OrganisationKind.COMMUNITY_CENTRE,
    );
  });
});
