import { compareHits, planSearch, type RankedHit, type ResolvedSearch } from './search-query.js';
import { toSegments } from './search-highlight.js';
import { SearchSort, SearchType } from './search.enums.js';

const NOW = new Date('2026-03-02T08:00:00Z');
const ALL = [SearchType.ACTIVITY, SearchType.ORGANISATION, SearchType.POST];

function search(overrides: Partial<ResolvedSearch> = {}): ResolvedSearch {
  return { text: '', types: ALL, sort: SearchSort.RELEVANCE, postScope: [], now: NOW, ...overrides };
}

const kinds = (s: ResolvedSearch) => planSearch(s).map((q) => q.kind);
const filterOf = (s: ResolvedSearch, kind: string) => planSearch(s).find((q) => q.kind === kind)?.filter ?? [];

describe('planSearch', () => {
  it('shows the public upcoming activities and organisations, and posts only within the scope given', () => {
    expect(kinds(search())).toEqual(['activity', 'organisation']);
    expect(filterOf(search(), 'activity')).toEqual([`dates >= ${NOW.getTime()}`]);
    const resident = search({ postScope: ['WK040201', 'WK040202'] });
    expect(kinds(resident)).toEqual(['activity', 'organisation', 'post']);
    expect(filterOf(resident, 'post')).toEqual(['wijkCode IN ["WK040201", "WK040202"]', `expiresAt > ${NOW.getTime()}`]);
    expect(filterOf(search({ postScope: 'all' }), 'post')).toEqual([`expiresAt > ${NOW.getTime()}`]);
  });

  it('uses one range over the dates, so a recurring activity matches only with a date inside it', () => {
    const from = new Date('2026-03-10T00:00:00Z');
    const to = new Date('2026-03-11T00:00:00Z');
    expect(filterOf(search({ from, to }), 'activity')[0]).toBe(`dates ${from.getTime()} TO ${to.getTime() - 1}`);
    // Never before now, and a window wholly in the past finds no activities at all.
    expect(filterOf(search({ from: new Date('2026-01-01T00:00:00Z') }), 'activity')[0]).toBe(`dates >= ${NOW.getTime()}`);
    expect(kinds(search({ to: new Date('2026-02-01T00:00:00Z') }))).toEqual([]);
  });

  it('leaves out the types that lack a condition instead of ignoring it', () => {
    expect(kinds(search({ free: true, postScope: 'all' }))).toEqual(['activity']);
    expect(kinds(search({ tags: ['wandelen'], postScope: 'all' }))).toEqual(['activity', 'post']);
    expect(kinds(search({ organisationKinds: ['LIBRARY'], postScope: 'all' }))).toEqual(['organisation']);
    expect(kinds(search({ postKinds: ['OFFER'], postScope: 'all' }))).toEqual(['post']);
    expect(kinds(search({ types: [SearchType.POST] }))).toEqual([]);
  });

  it('filters on wijk, tags, audience (or everyone), every accessibility feature, free and walk-in', () => {
    const filter = filterOf(
      search({ wijkCodes: ['WK040201'], tags: ['wandelen', 'natuur'], audience: ['AGE_75_PLUS'], accessibility: ['WHEELCHAIR', 'HEARING_LOOP'], free: true, walkIn: false }),
      'activity',
    );
    expect(filter).toEqual([
      `dates >= ${NOW.getTime()}`,
      'wijkCode IN ["WK040201"]',
      'tags IN ["wandelen", "natuur"]',
      'audience IN ["ALL", "AGE_75_PLUS"]',
      'accessibility = "WHEELCHAIR"',
      'accessibility = "HEARING_LOOP"',
      'free = true',
      'walkIn = false',
    ]);
  });

  it('quotes values, so input cannot change the filter', () => {
    expect(filterOf(search({ wijkCodes: ['WK" OR type = "POST'] }), 'activity')).toContain('wijkCode IN ["WK\\" OR type = \\"POST"]');
  });

  it("finds 'near me' by distance, organisations by the wijken they serve, and sorts by distance or date", () => {
    const near = { lat: 52.2245, lon: 5.1745, radiusMeters: 3000, wijkCodes: ['WK040201', 'WK040202'] };
    const plan = planSearch(search({ near, sort: SearchSort.DISTANCE, postScope: 'all' }));
    expect(plan.find((q) => q.kind === 'activity')!.filter).toContain('_geoRadius(52.2245, 5.1745, 3000)');
    expect(plan.find((q) => q.kind === 'organisation')!.filter).toEqual(['wijkCode IN ["WK040201", "WK040202"]']);
    expect(plan.every((q) => q.sort?.[0] === '_geoPoint(52.2245, 5.1745):asc')).toBe(true);
    expect(kinds(search({ near: { ...near, wijkCodes: [] } }))).toEqual(['activity']);
    const byDate = planSearch(search({ sort: SearchSort.DATE, postScope: 'all' }));
    expect(byDate.map((q) => q.sort)).toEqual([['nextStartsAt:asc'], undefined, ['createdAt:desc']]);
  });

  it('leaves the wijk facet to the type count when activities and posts are filtered to one wijk', () => {
    const plan = planSearch(search({ wijkCodes: ['WK040201'], postScope: 'all' }));
    expect(plan.map((q) => [q.facets, q.onlyWijk])).toEqual([
      [['type', 'tags'], 'WK040201'],
      [['type', 'wijkCode'], undefined],
      [['type', 'tags'], 'WK040201'],
    ]);
  });

  it('asks each kind only for the facets it has', () => {
    expect(planSearch(search({ postScope: 'all' })).map((q) => q.facets)).toEqual([
      ['type', 'wijkCode', 'tags'],
      ['type', 'wijkCode'],
      ['type', 'wijkCode', 'tags'],
    ]);
  });
});

describe('compareHits', () => {
  const hit = (id: string, type: string, extra: Partial<RankedHit>): RankedHit => ({ id, type, ...extra });
  const hits = [
    hit('a', 'ACTIVITY', { _rankingScore: 0.8, nextStartsAt: 300, _geoDistance: 900 }),
    hit('b', 'ACTIVITY', { _rankingScore: 0.8, nextStartsAt: 100, _geoDistance: 50 }),
    hit('o', 'ORGANISATION', { _rankingScore: 0.95, _geoDistance: 400 }),
    hit('p', 'POST', { _rankingScore: 0.5 }),
  ];
  const order = (sort: SearchSort) => [...hits].sort(compareHits(sort)).map((h) => h.id);

  it('merges indexes by relevance, ties by the sooner date', () => expect(order(SearchSort.RELEVANCE)).toEqual(['o', 'b', 'a', 'p']));
  it('puts the soonest activities first when sorting by date', () => expect(order(SearchSort.DATE)).toEqual(['b', 'a', 'o', 'p']));
  it('puts the nearest first when sorting by distance, unplaced last', () => expect(order(SearchSort.DISTANCE)).toEqual(['b', 'o', 'a', 'p']));
});

describe('toSegments', () => {
  it('splits highlighted text into plain pieces', () => {
    expect(toSegments('Elke dinsdag \uE000wandelen\uE001 in het \uE000park\uE001')).toEqual([
      { text: 'Elke dinsdag ', match: false },
      { text: 'wandelen', match: true },
      { text: ' in het ', match: false },
      { text: 'park', match: true },
    ]);
    expect(toSegments('')).toEqual([]);
    expect(toSegments('Elke dinsdag \uE000wandele\uE001n, en \uE000k\uE001offie')).toEqual([
      { text: 'Elke dinsdag ', match: false },
      { text: 'wandelen', match: true },
      { text: ', en ', match: false },
      { text: 'koffie', match: true },
    ]);
    expect(toSegments('<b>geen html</b>')).toEqual([{ text: '<b>geen html</b>', match: false }]);
  });
});
