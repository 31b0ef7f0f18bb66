import { AuthService, Role } from '@buurtbrug/auth';
import { serverAudits } from 'graphql-http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GraphQL over HTTP: accounts, errors and limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(AuthService).createAccount({
      email: 'admin@example.nl',
      password: 'admin-password-1',
      displayName: 'Admin',
      role: Role.ADMIN,
    });
  });
  afterAll(() => t.close());

  describe('graphql-http conformance audit', () => {
    // Built inside the test so the URL is known; every MUST must pass.
    it('passes every MUST audit', async () => {
      const audits = serverAudits({ url: t.graphqlUrl, fetchFn: fetch });
      const failures: string[] = [];
      for (const audit of audits) {
        const result = await audit.fn();
        if (audit.name.startsWith('MUST') && result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
      }
      expect(failures).toEqual([]);
    });
  });

  it('answers { __typename }', async () => {
    const res = await gql(t.url, '{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('registers, logs in and answers me with the bearer token and with the cookie', async () => {
    const registered = await gql(
      t.url,
      'mutation($input: RegisterInput!) { register(input: $input) { token account { email role displayName } } }',
      { input: { email: 'Anna@Example.nl', password: 'een-goed-wachtwoord', displayName: 'Anna' } },
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.register.account).toEqual({ email: 'anna@example.nl', role: 'RESIDENT', displayName: 'Anna' });

    const token = await login(t.url, 'anna@example.nl', 'een-goed-wachtwoord');
    const me = await gql(t.url, '{ me { email role } }', undefined, token);
    expect(me.data?.me).toEqual({ email: 'anna@example.nl', role: 'RESIDENT' });

    const agent = request.agent(t.url);
    const viaCookie = await agent
      .post('/graphql')
      .send({ query: 'mutation { login(input: { email: "anna@example.nl", password: "een-goed-wachtwoord" }) { token } }' });
    const cookie = String(viaCookie.headers['set-cookie']);
    expect(cookie).toMatch(/bb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const meByCookie = await agent.post('/graphql').send({ query: '{ me { email } }' });
    expect(meByCookie.body.data.me).toEqual({ email: 'anna@example.nl' });
  });

  it('refuses a second account with the same email, in any case', async () => {
    const input = { email: 'dup@example.nl', password: 'een-goed-wachtwoord', displayName: 'Dup' };
    await gql(t.url, 'mutation($input: RegisterInput!) { register(input: $input) { token } }', { input });
    const again = await gql(t.url, 'mutation($input: RegisterInput!) { register(input: $input) { token } }', {
      input: { ...input, email: 'DUP@example.nl' },
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    const unknown = await gql(t.url, 'mutation { login(input: { email: "nobody@example.nl", password: "whatever1" }) { token } }');
    const wrong = await gql(t.url, 'mutation { login(input: { email: "anna@example.nl", password: "whatever1" }) { token } }');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('throttles repeated failed logins for an account, even with the right password after', async () => {
    await gql(t.url, 'mutation { register(input: { email: "target@example.nl", password: "right-password", displayName: "T" }) { token } }');
    for (let i = 0; i < 10; i++) {
      await gql(t.url, 'mutation { login(input: { email: "target@example.nl", password: "wrong-password" }) { token } }');
    }
    const blocked = await gql(t.url, 'mutation { login(input: { email: "target@example.nl", password: "right-password" }) { token } }');
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('ends the session on logout', async () => {
    const token = await login(t.url, 'anna@example.nl', 'een-goed-wachtwoord');
    const out = await gql(t.url, 'mutation { logout }', undefined, token);
    expect(out.data).toEqual({ logout: true });
    const after = await gql(t.url, '{ me { email } }', undefined, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names every failing field of bad input', async () => {
    const res = await gql(t.url, 'mutation { register(input: { email: "nope", password: "x", displayName: "" }) { token } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['displayName', 'email', 'password']);
  });

  it('denies by role: a resident may not assign roles, anonymous may not log out', async () => {
    const token = await login(t.url, 'anna@example.nl', 'een-goed-wachtwoord');
    const res = await gql(
      t.url,
      'mutation { assignRole(input: { userId: "00000000-0000-4000-8000-000000000000", role: ADMIN }) { id } }',
      undefined,
      token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await gql(t.url, 'mutation { logout }');
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a provider create, use and revoke an organisation API token', async () => {
    const admin = await login(t.url, 'admin@example.nl', 'admin-password-1');
    await t.app.get(DataSource).query(
      `INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES ('WK040201', 'Centrum', 'GM0402', 'Hilversum', 52.22, 5.17)`,
    );
    const kees = await gql(t.url, 'mutation { register(input: { email: "kees@example.nl", password: "provider-pass", displayName: "Kees" }) { token } }');
    const createdOrg = await gql(
      t.url,
      'mutation { createOrganisation(input: { name: "Bibliotheek", kind: LIBRARY, wijkCodes: ["WK040201"] }) { id } }',
      undefined,
      kees.data!.register.token,
    );
    const organisationId = createdOrg.data!.createOrganisation.id as string;
    const accountId = (await t.app.get(AuthService).login('kees@example.nl', 'provider-pass', 'test')).account.id;

    // An organisation that does not exist is a clear input error, not a 500.
    const unknownOrg = await gql(
      t.url,
      'mutation($input: AssignRoleInput!) { assignRole(input: $input) { role } }',
      { input: { userId: accountId, role: 'PROVIDER', organisationId: '11111111-1111-4111-8111-111111111111' } },
      admin,
    );
    expect(unknownOrg.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownOrg.errors?.[0].extensions?.fields?.[0].field).toBe('organisationId');

    const provider = await login(t.url, 'kees@example.nl', 'provider-pass');
    const created = await gql(
      t.url,
      'mutation { createApiToken(input: { name: "Agenda" }) { secret apiToken { id prefix organisationId } } }',
      undefined,
      provider,
    );
    const { secret, apiToken } = created.data!.createApiToken;
    expect(secret).toMatch(/^bbt_/);
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken.organisationId).toBe(organisationId);

    const listed = await gql(t.url, '{ apiTokens { id prefix } }', undefined, provider);
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    // A token may do only what is marked for tokens: not read account things.
    const tokenCall = await gql(t.url, '{ apiTokens { id } }', undefined, secret);
    expect(tokenCall.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const revoked = await gql(t.url, 'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id }, provider);
    expect(revoked.data?.revokeApiToken.revokedAt).toBeTruthy();
    const afterRevoke = await gql(t.url, '{ __typename me { id } }', undefined, secret);
    expect(afterRevoke.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // Another resident cannot create tokens.
    const resident = await login(t.url, 'anna@example.nl', 'een-goed-wachtwoord');
    const denied = await gql(t.url, 'mutation { createApiToken(input: { name: "x" }) { secret } }', undefined, resident);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a social worker wijk code that is no known wijk, naming the field and the codes, and writes nothing', async () => {
    const admin = await login(t.url, 'admin@example.nl', 'admin-password-1');
    const db = t.app.get(DataSource);
    await db.query(
      `INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES ('WK040203', 'Oost', 'GM0402', 'Hilversum', 52.23, 5.19)`,
    );
    const userId = (await t.app.get(AuthService).createAccount({ email: 'els@example.nl', password: 'een-goed-wachtwoord', displayName: 'Els', role: Role.RESIDENT })).id;
    const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { role wijkCodes } }';

    const refused = await gql(t.url, ASSIGN, { input: { userId, role: 'SOCIAL_WORKER', wijkCodes: ['WK040203', 'WK999901', 'WK999902', 'WK999901'] } }, admin);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].message).toBe('wijkCodes: unknown wijk WK999901, WK999902');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'wijkCodes', message: 'unknown wijk WK999901, WK999902' }] });
    expect(await db.query(`SELECT role, wijk_codes FROM user_account WHERE id = $1`, [userId])).toEqual([{ role: 'RESIDENT', wijk_codes: [] }]);

    const assigned = await gql(t.url, ASSIGN, { input: { userId, role: 'SOCIAL_WORKER', wijkCodes: ['WK040203'] } }, admin);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.assignRole).toEqual({ role: 'SOCIAL_WORKER', wijkCodes: ['WK040203'] });
  });

  describe('hostile requests get a clear 4xx and the server keeps answering', () => {
    const post = (body: string | object, contentType = 'application/json') =>
      request(t.url).post('/graphql').set('content-type', contentType).send(typeof body === 'string' ? body : JSON.stringify(body));

    afterEach(async () => {
      const res = await gql(t.url, '{ __typename }');
      expect(res.data).toEqual({ __typename: 'Query' });
    });

    it('malformed JSON', async () => {
      const res = await post('{"query": "{ __typename }"');
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/at .*\.js:\d+/);
    });

    it('an unknown field', async () => {
      const res = await post({ query: '{ doesNotExist }' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('a 200-deep query', async () => {
      const res = await post({ query: `{ me ${'{ __typename '.repeat(200)}${'}'.repeat(200)} }` });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(JSON.stringify(res.body)).not.toContain('INTERNAL_SERVER_ERROR');
    });

    it('an introspection query nested past the depth limit', async () => {
      const deep = await post({ query: `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }` });
      expect(deep.status).toBe(400);
    });

    it('5,000 aliases', async () => {
      const aliases = Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ');
      const res = await post({ query: `{ ${aliases} }` });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toContain('INTERNAL_SERVER_ERROR');
    });

    it('50 aliases of __typename (armor counts them too)', async () => {
      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(' ');
      const res = await post({ query: `{ ${aliases} }` });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/alias/i);
    });

    it('a 2 MB variable', async () => {
      const res = await post({ query: 'query($x: String) { __typename }', variables: { x: 'a'.repeat(2_000_000) } });
      expect(res.status).toBe(413);
      expect(res.text).not.toMatch(/at .*\.js:\d+/);
    });

    it('a batched request', async () => {
      const res = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(res.status).toBe(400);
    });

    it('a GET without a preflight header (CSRF prevention)', async () => {
      const res = await request(t.url).get('/graphql').query({ query: '{ __typename }' });
      expect(res.status).toBe(400);
    });
  });
});

describe('GraphQL in production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) });
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const res = await gql(t.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no field suggestions', async () => {
    const res = await gql(t.url, '{ mee { id } }');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('shows no landing page or sandbox', async () => {
    const res = await request(t.url).get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toMatch(/graphiql|sandbox|<html/i);
  });

  it('still answers plain queries', async () => {
    const res = await gql(t.url, '{ __typename }');
    expect(res.data).toEqual({ __typename: 'Query' });
  });
});
