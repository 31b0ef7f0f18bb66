/**
 * Signals over HTTP: the public form is rate-limited per address and answers the same whoever the
 * signal is about; the wijk's social workers read (audited) and triage, one at a time, and hear
 * live over graphql-ws that a signal came in (without its content).
 */
import { AuthService, Role } from '@buurtbrug/auth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PASSWORD, WIJK_A, WIJK_OTHER, WIJKEN_CSV } from '../authorisation/authorisation-fixture.js';
import { record, sleep } from '../matching/matching-city.js';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FILE = 'mutation($input: FileSignalInput!) { fileSignal(input: $input) { reference wijkCode wijkName } }';

let t: TestApp;
let admin: string;
let socialWorker: string;
let otherSocialWorker: string;
let provider: string;
let resident: string;
let dataSource: DataSource;

/** An anonymous call from an address of our choosing (the app trusts X-Forwarded-For from loopback, as behind a proxy). */
async function anonymous(ip: string, query: string, variables: Record<string, unknown>) {
  const res = await request(t.url).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', ip).send({ query, variables });
  return { status: res.status, body: res.body as { data?: any; errors?: { message: string; extensions?: { code?: string; fields?: { field: string }[] } }[] } };
}

const signalCount = async () => Number(((await dataSource.query(`SELECT count(*) n FROM signal`)) as { n: string }[])[0].n);
const about = (howToReach: string, concern = 'De gordijnen blijven dicht.') => ({ input: { postcode: '1211 AB', howToReach, concern, personAware: 'NO' } });

beforeAll(async () => {
  t = await startTestApp();
  dataSource = t.app.get(DataSource);
  const auth = t.app.get(AuthService);
  const account = async (name: string, role: Role, wijkCodes: string[] = []) => {
    const email = `${name}-${Date.now()}@example.nl`;
    await auth.createAccount({ email, password: PASSWORD, displayName: name, role, wijkCodes });
    return login(t.url, email, PASSWORD);
  };
  admin = await account('beheer', Role.ADMIN);
  const report = await gql(t.url, 'mutation($csv: String!) { importWijken(csv: $csv) { imported errors { message } } }', { csv: WIJKEN_CSV }, admin);
  expect(report.data?.importWijken.errors).toEqual([]);
  socialWorker = await account('fatima', Role.SOCIAL_WORKER, [WIJK_A]);
  otherSocialWorker = await account('sven', Role.SOCIAL_WORKER, [WIJK_OTHER]);
  provider = await account('kees', Role.PROVIDER);
  resident = await account('rosa', Role.RESIDENT);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('public filing', () => {
  it('gives the identical answer whether or not the person is known to us', async () => {
    const known = await gql(
      t.url,
      'mutation($input: CreateResidentOnBehalfInput!) { createResidentOnBehalf(input: $input) { userId } }',
      { input: { displayName: 'Joop Vermeulen', postcode: '1211', consent: { profileProcessing: true, method: 'SPOKEN' } } },
      socialWorker,
    );
    expect(known.errors).toBeUndefined();

    const answerAboutKnown = await anonymous('198.51.100.1', FILE, about('Joop Vermeulen, 1211'));
    const answerAboutUnknown = await anonymous('198.51.100.1', FILE, about('Iemand die we niet kennen, 1211'));
    for (const answer of [answerAboutKnown, answerAboutUnknown]) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    const shape = (answer: typeof answerAboutKnown) => ({ ...answer.body.data.fileSignal, reference: '(reference)' });
    expect(shape(answerAboutKnown)).toEqual(shape(answerAboutUnknown));
    expect(shape(answerAboutKnown)).toEqual({ reference: '(reference)', wijkCode: WIJK_A, wijkName: 'Centrum' });
    // Nothing of what was filed comes back.
    expect(JSON.stringify(answerAboutKnown.body)).not.toMatch(/Joop|gordijnen/);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await signalCount();
    const noPlace = await anonymous('198.51.100.2', FILE, { input: { howToReach: 'x', concern: 'y', personAware: 'NO' } });
    expect(noPlace.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'wijkCode' })] });
    const tooLong = await anonymous('198.51.100.2', FILE, { input: { wijkCode: WIJK_A, howToReach: 'x'.repeat(201), concern: 'y', personAware: 'NO' } });
    expect(tooLong.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'howToReach' })] });
    const unknownPostcode = await anonymous('198.51.100.2', FILE, { input: { postcode: '9999', howToReach: 'x', concern: 'y', personAware: 'NO' } });
    expect(unknownPostcode.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'postcode' })] });
    expect(await signalCount()).toBe(before);
  });

  it('rate-limits the public form per address with TOO_MANY_REQUESTS, storing nothing past the limit', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 5; i++) {
      const ok = await anonymous(ip, FILE, about(`Buur ${i}`));
      expect(ok.body.errors).toBeUndefined();
    }
    const before = await signalCount();
    const refused = await anonymous(ip, FILE, about('Nog een'));
    expect(refused.body.data?.fileSignal ?? null).toBeNull();
    expect(refused.body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(await signalCount()).toBe(before);
    // Another address, and a partner signed in, are not held back by this one.
    expect((await anonymous('203.0.113.8', FILE, about('Andere buur'))).body.errors).toBeUndefined();
    expect((await gql(t.url, FILE, about('Via de bibliotheek'), provider)).errors).toBeUndefined();
  });
});

describe("the wijk's social workers", () => {
  let id: string;

  beforeAll(async () => {
    const receipt = await gql(t.url, FILE, { input: { wijkCode: WIJK_A, howToReach: 'Bel de balie', concern: 'Mist de leesclub.', personAware: 'YES' } }, provider);
    const [row] = (await dataSource.query(`SELECT id FROM signal WHERE upper(left(id::text, 8)) = $1`, [receipt.data!.fileSignal.reference])) as { id: string }[];
    id = row.id;
  });

  it('read it (every signal shown is audited); another wijk’s social worker and a provider do not', async () => {
    const list = await gql(t.url, 'query { signals(first: 100, filter: { status: NEW }) { nodes { id concern } } }', undefined, socialWorker);
    const listed = list.data!.signals.nodes.map((n: { id: string }) => n.id);
    expect(listed).toContain(id);
    const detail = await gql(t.url, 'query($id: ID!) { signal(id: $id) { id concern source personAware deleteAfter } }', { id }, socialWorker);
    expect(detail.data!.signal).toMatchObject({ id, concern: 'Mist de leesclub.', source: 'PROVIDER', personAware: 'YES' });

    const audit = await gql(t.url, 'query($id: ID) { auditLog(first: 100, filter: { subjectId: $id }) { nodes { action details } } }', { id }, admin);
    const reads = audit.data!.auditLog.nodes.filter((n: { action: string }) => n.action === 'SIGNAL_READ');
    expect(reads.map((n: { details: string }) => JSON.parse(n.details).via).sort()).toEqual(['DETAIL', 'LIST']);
    const listAudits = Number(
      ((await dataSource.query(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_READ' AND details->>'via' = 'LIST' AND subject_id = ANY($1)`, [listed])) as { n: string }[])[0].n,
    );
    expect(listAudits).toBe(listed.length);

    const other = await gql(t.url, 'query($id: ID!) { signal(id: $id) { id } }', { id }, otherSocialWorker);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const otherList = await gql(t.url, 'query { signals(first: 100) { nodes { id } } }', undefined, otherSocialWorker);
    expect(otherList.data!.signals.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
    expect((await gql(t.url, 'query { signals { nodes { id } } }', undefined, provider)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('triage it one at a time: the second of two at once gets CONFLICT', async () => {
    const triage = (status: string, note: string) =>
      gql(t.url, 'mutation($input: TriageSignalInput!) { triageSignal(input: $input) { id status triageNote history { toStatus } } }', { input: { id, status, note, expectedStatus: 'NEW' } }, socialWorker);
    const [a, b] = await Promise.all([triage('CONTACTED', 'Eerste'), triage('NO_ACTION', 'Tweede')]);
    const winners = [a, b].filter((r) => !r.errors);
    const losers = [a, b].filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(winners[0].data!.triageSignal.history).toHaveLength(1);

    const illegal = await gql(t.url, 'mutation($input: TriageSignalInput!) { triageSignal(input: $input) { id } }', { input: { id, status: 'NEW' } }, socialWorker);
    expect(illegal.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('live: signalFiled', () => {
  const FILED = 'subscription { signalFiled { signalId wijkCode wijkName status createdAt } }';

  it('pushes to the social workers of the wijk and admins when anyone files; nothing to another wijk or a resident, and nothing of the content', async () => {
    const fatima = await record(t.wsUrl, socialWorker, FILED);
    const beheer = await record(t.wsUrl, admin, FILED);
    const sven = await record(t.wsUrl, otherSocialWorker, FILED);
    const rosa = await record(t.wsUrl, resident, FILED);
    try {
      const filedAt = Date.now();
      const answer = await anonymous('192.0.2.50', FILE, { input: { wijkCode: WIJK_A, howToReach: 'Mevrouw Jansen, nummer 4', concern: 'De post stapelt zich op.', personAware: 'NO' } });
      expect(answer.body.errors).toBeUndefined();
      const [row] = (await dataSource.query(`SELECT id FROM signal WHERE upper(left(id::text, 8)) = $1`, [answer.body.data.fileSignal.reference])) as { id: string }[];

      const pushed = (await fatima.next()).data.signalFiled;
      expect(pushed).toEqual({ signalId: row.id, wijkCode: WIJK_A, wijkName: 'Centrum', status: 'NEW', createdAt: expect.any(String) });
      expect(Math.abs(Date.parse(pushed.createdAt) - filedAt)).toBeLessThan(60_000);
      expect((await beheer.next()).data.signalFiled).toEqual(pushed);
      // Nothing of what was filed travels in the push.
      expect(JSON.stringify([...fatima.events, ...beheer.events])).not.toMatch(/Jansen|nummer 4|post stapelt/);

      await sleep(1_500);
      expect(fatima.events).toHaveLength(1);
      expect(sven.events).toEqual([]);
      expect(sven.errors).toEqual([]);
      // A resident is refused when subscribing (one error result, no data) and hears nothing after.
      expect(rosa.events).toHaveLength(1);
      expect(rosa.events[0].data ?? null).toBeNull();
      expect(rosa.events[0].errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // A push is not a read: only the list asked for afterwards is audited.
      const reads = async () => Number(((await dataSource.query(`SELECT count(*) n FROM audit_log WHERE action = 'SIGNAL_READ' AND subject_id = $1`, [row.id])) as { n: string }[])[0].n);
      expect(await reads()).toBe(0);
      const list = await gql(t.url, 'query { signals(first: 100, filter: { status: NEW }) { nodes { id } } }', undefined, socialWorker);
      expect(list.data!.signals.nodes.map((n: { id: string }) => n.id)).toContain(row.id);
      expect(await reads()).toBe(1);

      // A signal for another wijk reaches that wijk's social worker, not Fatima.
      const elsewhere = await gql(t.url, FILE, { input: { wijkCode: WIJK_OTHER, howToReach: 'Via de balie', concern: 'Komt niet meer.', personAware: 'YES' } }, provider);
      expect(elsewhere.errors).toBeUndefined();
      expect((await sven.next()).data.signalFiled).toMatchObject({ wijkCode: WIJK_OTHER, wijkName: 'Hilversumse Meent', status: 'NEW' });
      await sleep(1_000);
      expect(fatima.events).toHaveLength(1);
    } finally {
      await Promise.all([fatima, beheer, sven, rosa].map((r) => r.dispose()));
    }
  });

  it('has no field that could carry the person or the concern', async () => {
    const type = await gql(t.url, '{ __type(name: "SignalFiled") { fields { name } } }');
    expect(type.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['createdAt', 'signalId', 'status', 'wijkCode', 'wijkName']);
  });
});
