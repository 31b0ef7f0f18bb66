import { matchOffersToRequests, pairKey, type PostInput } from './offer-request-scorer.js';
import { TagIndex } from './tag-index.js';

const LABELS = new Map([
  ['boodschappen', { nl: 'Boodschappen doen', en: 'Grocery shopping' }],
  ['computerhulp', { nl: 'Hulp met computer en telefoon', en: 'Computer and phone help' }],
  ['tuinieren', { nl: 'Tuinieren', en: 'Gardening' }],
]);
const TAGS = new TagIndex(LABELS.keys());
const LAT = 52.2292;
const LON = 5.1669;

function post(overrides: Partial<PostInput>): PostInput {
  return {
    id: 'p',
    authorId: 'someone',
    kind: 'OFFER',
    wijkCode: 'WK040201',
    lat: LAT,
    lon: LON,
    tags: ['boodschappen'],
    authorTravelRadiusKm: 3,
    authorAvailability: ['TUE_MORNING'],
    authorLanguages: ['nl'],
    ...overrides,
  };
}

describe('offer ↔ request matching', () => {
  const request = post({ id: 'req', authorId: 'anna', kind: 'REQUEST', tags: ['boodschappen'] });

  it('pairs an offer with a request on a shared tag, with reasons for both sides', () => {
    const offer = post({ id: 'off', authorId: 'bert' });
    const [proposal, ...rest] = matchOffersToRequests([request], [offer], { tags: TAGS, labels: LABELS });
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({ offerPostId: 'off', requestPostId: 'req', offerAuthorId: 'bert', requestAuthorId: 'anna' });
    expect(proposal.score).toBeGreaterThan(0.5);
    expect(proposal.score).toBeLessThanOrEqual(1);
    expect(proposal.reasons).toEqual([
      { nl: 'De vraag en het aanbod gaan allebei over boodschappen doen', en: 'The request and the offer are both about grocery shopping' },
      { nl: 'Jullie wonen in dezelfde wijk', en: 'You live in the same neighbourhood' },
      { nl: 'Jullie kunnen allebei op dinsdagochtend', en: 'You are both free on Tuesday morning' },
    ]);
  });

  it('applies the hard filters: own posts, other topics, languages, distance, earlier proposals', () => {
    const options = { tags: TAGS, labels: LABELS };
    expect(matchOffersToRequests([request], [post({ id: 'own', authorId: 'anna' })], options)).toEqual([]);
    expect(matchOffersToRequests([request], [post({ id: 'garden', authorId: 'bert', tags: ['tuinieren'] })], options)).toEqual([]);
    expect(matchOffersToRequests([request], [post({ id: 'tr', authorId: 'bert', authorLanguages: ['tr'] })], options)).toEqual([]);
    const far = post({ id: 'far', authorId: 'bert', lat: LAT + 10 / 111.195, authorTravelRadiusKm: 5 });
    expect(matchOffersToRequests([request], [far], options)).toEqual([]);
    // Either side may make the trip: a long radius on one side is enough.
    expect(matchOffersToRequests([request], [{ ...far, authorTravelRadiusKm: 12 }], options)).toHaveLength(1);
    const offer = post({ id: 'off', authorId: 'bert' });
    expect(matchOffersToRequests([request], [offer], { ...options, excludedPairs: new Set([pairKey('off', 'req')]) })).toEqual([]);
  });

  it('prefers the offer that covers more of the request, nearer, at a time both are free', () => {
    const wide = post({ id: 'req2', authorId: 'anna', kind: 'REQUEST', tags: ['boodschappen', 'computerhulp'] });
    const both = post({ id: 'both', authorId: 'c1', tags: ['boodschappen', 'computerhulp'] });
    const one = post({ id: 'one', authorId: 'c2', tags: ['boodschappen'] });
    const busy = post({ id: 'busy', authorId: 'c3', tags: ['boodschappen'], authorAvailability: ['SUN_EVENING'] });
    const farther = post({ id: 'farther', authorId: 'c4', tags: ['boodschappen'], lat: LAT + 2 / 111.195 });
    const ranked = matchOffersToRequests([wide], [farther, busy, one, both], { tags: TAGS, labels: LABELS });
    expect(ranked.map((p) => p.offerPostId)).toEqual(['both', 'one', 'farther', 'busy']);
  });

  it('proposes one offer per author to a request', () => {
    const offers = [post({ id: 'o1', authorId: 'bert' }), post({ id: 'o2', authorId: 'bert', tags: ['boodschappen', 'tuinieren'] })];
    expect(matchOffersToRequests([request], offers, { tags: TAGS, labels: LABELS })).toHaveLength(1);
  });
});
