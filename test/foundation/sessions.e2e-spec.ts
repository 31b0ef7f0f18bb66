import { AuthService, Role } from '@buurtbrug/auth';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { type RedisServer, startRedisServer } from '../matching/redis-server.js';
import { gql, login } from '../support/graphql-client.js';
import { startTestAppOn, type TestApp } from '../support/test-app.js';

/**
 * Verified sessions are cached for a few seconds per instance; these tests prove that ending a
 * session or changing a role takes effect at once, on the other instance too.
 */
describe('sessions across two API instances (Redis)', () => {
  let redis: RedisServer;
  let test: TestRuntime;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    redis = await startRedisServer();
    test = await createTestRuntime({ REDIS_URL: redis.url, JOBS_ENABLED: 'false' });
    one = await startTestAppOn(test);
    two = await startTestAppOn(test);
    const auth = one.app.get(AuthService);
    await auth.createAccount({ email: 'admin@example.nl', password: 'admin-password-1', displayName: 'A', role: Role.ADMIN });
    await auth.createAccount({ email: 'res@example.nl', password: 'resident-pass', displayName: 'R', role: Role.RESIDENT });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await test?.dispose();
    await redis?.stop();
  });

  const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { role } }';

  it('a logout on instance 1 ends the token on instance 2 at once, although instance 2 had it cached', async () => {
    const token = await login(one.url, 'res@example.nl', 'resident-pass');
    expect((await gql(two.url, '{ me { email } }', undefined, token)).data?.me).toEqual({ email: 'res@example.nl' });
    expect((await gql(one.url, 'mutation { logout }', undefined, token)).data).toEqual({ logout: true });
    await new Promise((r) => setTimeout(r, 100));
    const after = await gql(two.url, '{ me { email } }', undefined, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a role taken away on instance 1 is refused on instance 2 at once', async () => {
    const admin = await login(one.url, 'admin@example.nl', 'admin-password-1');
    const resident = await login(one.url, 'res@example.nl', 'resident-pass');
    const residentId = (await gql(one.url, '{ me { id } }', undefined, resident)).data!.me.id as string;
    // Make the resident an admin, let instance 2 cache that, then take it back.
    await gql(one.url, ASSIGN, { input: { userId: residentId, role: 'ADMIN' } }, admin);
    await new Promise((r) => setTimeout(r, 100));
    const asAdmin = await gql(two.url, ASSIGN, { input: { userId: residentId, role: 'ADMIN' } }, resident);
    expect(asAdmin.errors).toBeUndefined();
    await gql(one.url, ASSIGN, { input: { userId: residentId, role: 'RESIDENT' } }, admin);
    await new Promise((r) => setTimeout(r, 100));
    const denied = await gql(two.url, ASSIGN, { input: { userId: residentId, role: 'ADMIN' } }, resident);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
