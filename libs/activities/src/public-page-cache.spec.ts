import { parse } from 'graphql';
import { canonicalJson, isPublicPageOperation, PublicPageStore } from './public-page-cache.js';

const AGENDA = 'query Agenda($w: String) { occurrences(wijkCode: $w) { activityId placesLeft } }';

describe('PublicPageStore', () => {
  let now = 1_000;
  const sut = () => new PublicPageStore({ ttlMs: 10_000, maxEntries: 3, maxBytes: 100 }, () => now);

  beforeEach(() => {
    now = 1_000;
  });

  it('gives one key to the same query written differently and to variables in another order', () => {
    const store = sut();
    const a = store.keyOf({ query: AGENDA, variables: { w: 'WK040201', from: '2026-01-05' } });
    const b = store.keyOf({ query: `query Agenda($w: String) {\n  occurrences(wijkCode: $w) {\n    activityId\n    placesLeft\n  }\n}`, variables: { from: '2026-01-05', w: 'WK040201' } });
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(store.keyOf({ query: AGENDA, variables: { w: 'WK040202' } })).not.toBe(a);
    expect(store.keyOf({ query: AGENDA, variables: { w: 'WK040201', from: '2026-01-05' }, accept: 'application/graphql-response+json' })).not.toBe(a);
  });

  it('gives no key to what it may never cache: other fields, mutations, fragments at the root, text that does not parse', () => {
    const store = sut();
    expect(store.keyOf({ query: '{ me { id } }' })).toBeNull();
    expect(store.keyOf({ query: '{ occurrences { activityId } myProfile { userId } }' })).toBeNull();
    expect(store.keyOf({ query: 'mutation { signUp(activityId: "x") { id } }' })).toBeNull();
    expect(store.keyOf({ query: 'query { ...F } fragment F on Query { occurrences { activityId } }' })).toBeNull();
    expect(store.keyOf({ query: '{ occurrences {' })).toBeNull();
    expect(store.keyOf({ query: 'query A { activities { nodes { id } } } query B { me { id } }', operationName: 'B' })).toBeNull();
    expect(store.keyOf({ query: 'query A { activities { nodes { id } } } query B { me { id } }', operationName: 'A' })).not.toBeNull();
    expect(store.keyOf({ query: `{ occurrences { activityId } } ${' '.repeat(20_000)}` })).toBeNull();
  });

  it('serves a page until its TTL passes', () => {
    const store = sut();
    expect(store.set('k', Buffer.from('{"data":{}}'), 'application/json', store.generation)).toBe(true);
    now += 9_999;
    expect(store.get('k')?.body.toString()).toBe('{"data":{}}');
    now += 1;
    expect(store.get('k')).toBeUndefined();
  });

  it('drops everything on invalidation, and refuses a page computed before it', () => {
    const store = sut();
    const before = store.generation;
    store.set('k', Buffer.from('old'), 'application/json', before);
    store.invalidate();
    expect(store.get('k')).toBeUndefined();
    expect(store.set('k', Buffer.from('old'), 'application/json', before)).toBe(false);
    expect(store.get('k')).toBeUndefined();
    expect(store.set('k', Buffer.from('new'), 'application/json', store.generation)).toBe(true);
  });

  it('keeps at most maxEntries pages (the oldest go first) and no page over maxBytes', () => {
    const store = sut();
    for (const key of ['a', 'b', 'c', 'd']) store.set(key, Buffer.from(key), 'application/json', store.generation);
    expect(store.size).toBe(3);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('d')).toBeDefined();
    expect(store.set('big', Buffer.alloc(101), 'application/json', store.generation)).toBe(false);
  });
});

describe('canonicalJson and isPublicPageOperation', () => {
  it('sorts object keys at every depth and leaves arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('accepts queries of activities, activity and occurrences only', () => {
    expect(isPublicPageOperation(parse('{ activities { nodes { id } } __typename }'))).toBe(true);
    expect(isPublicPageOperation(parse('{ __typename }'))).toBe(false);
    expect(isPublicPageOperation(parse('subscription { accountUpdated { id } }'))).toBe(false);
  });
});

describe('PublicPageStore.encoded', () => {
  it('gzips a page once for clients that accept gzip, and sends small pages and other clients the plain bytes', async () => {
    const { gunzipSync } = await import('node:zlib');
    const store = new PublicPageStore();
    const json = Buffer.from(JSON.stringify({ data: { occurrences: Array.from({ length: 200 }, (_, i) => ({ activityId: `a${i}`, title: 'Koffieochtend' })) } }));
    store.set('k', json, 'application/json', store.generation);
    const page = store.get('k')!;
    const zipped = store.encoded(page, 'gzip, deflate, br');
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(json.length / 5);
    expect(gunzipSync(zipped.body).equals(json)).toBe(true);
    expect(store.encoded(page, 'gzip').body).toBe(zipped.body);
    expect(store.encoded(page, undefined)).toEqual({ body: json });
    expect(store.encoded(page, 'br')).toEqual({ body: json });
    store.set('small', Buffer.from('{"data":{}}'), 'application/json', store.generation);
    expect(store.encoded(store.get('small')!, 'gzip').encoding).toBeUndefined();
  });
});
