import { AuthService, Role } from '@buurtbrug/auth';
import { createClient, type Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

function wsClient(url: string, connectionParams: Record<string, unknown>): Client {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
}

/** Resolves with the first value of a subscription, or the error/close that ended it. */
function firstEvent(client: Client, query: string): { result: Promise<unknown>; ready: Promise<void> } {
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  const result = new Promise((resolve, reject) => {
    const stop = client.subscribe({ query }, {
      next: (value) => {
        resolve(value);
        stop();
      },
      error: reject,
      complete: () => undefined,
    });
    client.on('connected', () => setTimeout(readyResolve, 200));
  });
  return { result, ready };
}

describe('GraphQL subscriptions over graphql-ws', () => {
  let t: TestApp;
  let adminToken: string;
  let residentToken: string;
  let residentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    // A social worker's wijk must exist (assignRole checks it).
    await t.app.get(DataSource).query(
      `INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES ('WK040201', 'Centrum', 'GM0402', 'Hilversum', 52.22, 5.17)`,
    );
    const auth = t.app.get(AuthService);
    await auth.createAccount({ email: 'admin@example.nl', password: 'admin-password-1', displayName: 'A', role: Role.ADMIN });
    residentId = (await auth.createAccount({ email: 'res@example.nl', password: 'resident-pass', displayName: 'R', role: Role.RESIDENT })).id;
    adminToken = await login(t.url, 'admin@example.nl', 'admin-password-1');
    residentToken = await login(t.url, 'res@example.nl', 'resident-pass');
  });
  afterAll(() => t.close());

  it('delivers an event to a client authenticated with a valid token, and only to that account', async () => {
    const client = wsClient(t.wsUrl, { authorization: `Bearer ${residentToken}` });
    const other = wsClient(t.wsUrl, { authorization: `Bearer ${adminToken}` });
    try {
      const mine = firstEvent(client, 'subscription { accountUpdated { id role wijkCodes } }');
      let otherReceived = false;
      other.subscribe({ query: 'subscription { accountUpdated { id } }' }, { next: () => (otherReceived = true), error: () => undefined, complete: () => undefined });
      await mine.ready;
      const res = await gql(
        t.url,
        'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }',
        { input: { userId: residentId, role: 'SOCIAL_WORKER', wijkCodes: ['WK040201'] } },
        adminToken,
      );
      expect(res.errors).toBeUndefined();
      await expect(mine.result).resolves.toEqual({ data: { accountUpdated: { id: residentId, role: 'SOCIAL_WORKER', wijkCodes: ['WK040201'] } } });
      await new Promise((r) => setTimeout(r, 200));
      expect(otherReceived).toBe(false);
    } finally {
      await client.dispose();
      await other.dispose();
    }
  });

  it('refuses a connection with a bad token (close code 4403)', async () => {
    const client = wsClient(t.wsUrl, { authorization: 'Bearer not-a-token' });
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    client.subscribe({ query: 'subscription { accountUpdated { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await expect(closed).resolves.toBe(4403);
    await client.dispose();
  });

  it('refuses a subscription without sign-in', async () => {
    const client = wsClient(t.wsUrl, {});
    try {
      const { result } = firstEvent(client, 'subscription { accountUpdated { id } }');
      const outcome = await result.then((v) => v, (e) => e);
      expect(JSON.stringify(outcome)).toContain('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });

  it('applies the depth and alias limits to subscriptions too', async () => {
    const client = wsClient(t.wsUrl, { authorization: `Bearer ${residentToken}` });
    try {
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ');
      const { result } = firstEvent(client, `subscription { accountUpdated { ${aliases} } }`);
      const outcome = await result.then((v) => v, (e) => e);
      expect(JSON.stringify(outcome)).toMatch(/alias/i);
    } finally {
      await client.dispose();
    }
  });
});

describe('WebSocket message size', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('closes a connection that sends a message over 1 MB (code 1009) and keeps serving others', async () => {
    const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(2_000_000) } }));
    await expect(closed).resolves.toBe(1009);
    const res = await gql(t.url, '{ __typename }');
    expect(res.data).toEqual({ __typename: 'Query' });
  });
});
