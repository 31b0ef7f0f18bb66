import { availabilityLabel, type AvailabilitySlot } from '@buurtbrug/residents';
import { haversineKm } from '@buurtbrug/wijken';
import { planarDistanceSquaredKm, slotOf } from './match-features.js';
import { slotLabel } from './match-reasons.js';
import { type ActivityInput, MatchScorer, type ResidentInput } from './match-scorer.js';
import { DEFAULT_MATCH_WEIGHTS, matchWeightErrors, resolveMatchWeights } from './match-weights.js';
import { TagIndex } from './tag-index.js';

const LABELS = new Map([
  ['wandelen', { nl: 'Wandelen', en: 'Walking' }],
  ['natuur', { nl: 'Natuur', en: 'Nature' }],
  ['zingen', { nl: 'Zingen', en: 'Singing' }],
  ['koffie-drinken', { nl: 'Koffie drinken', en: 'Having coffee' }],
  ['schaken', { nl: 'Schaken', en: 'Chess' }],
  ['koken', { nl: 'Koken', en: 'Cooking' }],
  ['computerhulp', { nl: 'Hulp met computer en telefoon', en: 'Computer and phone help' }],
]);

// Two wijken 1 km apart (north–south), centroids in Hilversum.
const HOME = { code: 'WK040201', lat: 52.2292, lon: 5.1669 };
const NEXT = { code: 'WK040202', lat: 52.2292 + 1 / 111.195, lon: 5.1669 };

function scorer(weights = DEFAULT_MATCH_WEIGHTS): MatchScorer {
  return new MatchScorer({ tags: new TagIndex(LABELS.keys()), labels: LABELS, weights });
}

function resident(overrides: Partial<ResidentInput> = {}): ResidentInput {
  return {
    id: 'r1',
    wijkCode: HOME.code,
    lat: HOME.lat,
    lon: HOME.lon,
    travelRadiusKm: 3,
    ageBand: 'AGE_65_TO_74',
    languages: ['nl'],
    interests: ['wandelen'],
    wishes: [],
    talents: [],
    availability: ['TUE_MORNING'],
    needs: [],
    wantsNewContacts: true,
    curated: false,
    excludedActivityIds: [],
    ...overrides,
  };
}

let next = 0;
function activity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id: `a${++next}`,
    organisationId: 'org-1',
    wijkCode: HOME.code,
    lat: HOME.lat,
    lon: HOME.lon,
    tags: ['wandelen'],
    slots: ['TUE_MORNING'],
    placesLeft: 10,
    capacity: 12,
    costCents: 0,
    walkIn: true,
    audience: ['ALL'],
    languages: ['nl'],
    accessibility: [],
    ...overrides,
  };
}

/** Scores one pair on a fresh scorer; -1 when filtered out. */
function scoreOf(r: ResidentInput, a: ActivityInput, s = scorer()): number {
  const [features] = s.setActivities([a]);
  return s.score(s.prepareResident(r), features);
}

function verdict(r: ResidentInput, a: ActivityInput) {
  const s = scorer();
  const [features] = s.setActivities([a]);
  return s.filter(s.prepareResident(r), features);
}

describe('MatchScorer hard filters', () => {
  it('passes a plain good pair', () => {
    expect(verdict(resident(), activity())).toBeNull();
    expect(scoreOf(resident(), activity())).toBeGreaterThan(0.5);
  });

  it('leaves out activities beyond the travel radius', () => {
    const far = activity({ lat: HOME.lat + 5 / 111.195 });
    expect(verdict(resident({ travelRadiusKm: 3 }), far)).toBe('OUT_OF_RANGE');
    expect(verdict(resident({ travelRadiusKm: 6 }), far)).toBeNull();
  });

  it('leaves out activities without places left, but not those without a limit', () => {
    expect(verdict(resident(), activity({ placesLeft: 0 }))).toBe('FULL');
    expect(verdict(resident(), activity({ placesLeft: null, capacity: null }))).toBeNull();
  });

  it('needs a wheelchair-accessible venue for WHEELCHAIR_ACCESS and a hearing loop for HEARING_LOOP', () => {
    expect(verdict(resident({ needs: ['WHEELCHAIR_ACCESS'] }), activity())).toBe('NOT_ACCESSIBLE');
    expect(verdict(resident({ needs: ['WHEELCHAIR_ACCESS'] }), activity({ accessibility: ['WHEELCHAIR'] }))).toBeNull();
    expect(verdict(resident({ needs: ['HEARING_LOOP'] }), activity({ accessibility: ['WHEELCHAIR'] }))).toBe('NOT_ACCESSIBLE');
    expect(verdict(resident({ needs: ['HEARING_LOOP', 'WHEELCHAIR_ACCESS'] }), activity({ accessibility: ['WHEELCHAIR', 'HEARING_LOOP'] }))).toBeNull();
  });

  it('treats SOMEONE_TO_GO_ALONG as soft: allowed, better with companions welcome or a warm hand-over', () => {
    const needs = ['SOMEONE_TO_GO_ALONG'];
    expect(verdict(resident({ needs }), activity())).toBeNull();
    const alone = scoreOf(resident({ needs }), activity());
    const welcome = scoreOf(resident({ needs }), activity({ accessibility: ['COMPANION_WELCOME'] }));
    const curated = scoreOf(resident({ needs, curated: true }), activity());
    expect(welcome).toBeGreaterThan(alone);
    expect(curated).toBeGreaterThan(alone);
  });

  it('respects the audience: age band must be in it, unknown age only for everyone', () => {
    expect(verdict(resident({ ageBand: 'AGE_30_TO_49' }), activity({ audience: ['AGE_65_TO_74', 'AGE_75_PLUS'] }))).toBe('AUDIENCE');
    expect(verdict(resident({ ageBand: 'AGE_75_PLUS' }), activity({ audience: ['AGE_65_TO_74', 'AGE_75_PLUS'] }))).toBeNull();
    expect(verdict(resident({ ageBand: 'UNDER_30' }), activity({ audience: ['AGE_18_TO_29'] }))).toBeNull();
    expect(verdict(resident({ ageBand: null }), activity({ audience: ['AGE_75_PLUS'] }))).toBe('AUDIENCE');
    expect(verdict(resident({ ageBand: null }), activity({ audience: ['ALL'] }))).toBeNull();
  });

  it('needs a shared language (Dutch when none is given)', () => {
    expect(verdict(resident({ languages: ['nl'] }), activity({ languages: ['tr'] }))).toBe('LANGUAGE');
    expect(verdict(resident({ languages: ['nl', 'tr'] }), activity({ languages: ['tr'] }))).toBeNull();
    expect(verdict(resident({ languages: [] }), activity({ languages: [] }))).toBeNull();
  });

  it('never proposes an activity already proposed or recently declined', () => {
    const a = activity();
    expect(verdict(resident({ excludedActivityIds: [a.id] }), a)).toBe('ALREADY_PROPOSED');
    const s = scorer();
    const features = s.setActivities([a, activity({ tags: ['wandelen', 'natuur'] })]);
    const ranked = s.rank(s.prepareResident(resident({ excludedActivityIds: [a.id] })), [features]);
    expect(ranked.map((p) => p.activityId)).toEqual([features[1].id]);
  });

  it('needs a shared interest or talent unless configured otherwise', () => {
    const chess = activity({ tags: ['schaken'] });
    expect(verdict(resident(), chess)).toBe('NO_SHARED_INTEREST');
    expect(verdict(resident({ talents: ['schaken'] }), chess)).toBeNull();
    const loose = scorer(resolveMatchWeights({ requireTagOverlap: false }));
    const [features] = loose.setActivities([chess]);
    expect(loose.filter(loose.prepareResident(resident()), features)).toBeNull();
  });

  it('agrees between filter/score and rank', () => {
    const s = scorer();
    const inputs = [activity(), activity({ placesLeft: 0 }), activity({ languages: ['tr'] }), activity({ tags: ['schaken'] }), activity({ tags: ['wandelen', 'natuur'] })];
    const features = s.setActivities(inputs);
    const r = s.prepareResident(resident({ interests: ['wandelen', 'natuur'] }));
    const passing = features.filter((a) => s.filter(r, a) === null).map((a) => a.id).sort();
    expect(s.rank(r, [features]).map((p) => p.activityId).sort()).toEqual(passing);
    for (const p of s.rank(r, [features])) expect(p.score).toBeCloseTo(s.score(r, s.activity(p.activityId)!), 10);
  });
});

describe('MatchScorer score', () => {
  it('is in [0, 1]', () => {
    const best = scoreOf(
      resident({ interests: ['wandelen', 'natuur'], needs: ['SOMEONE_TO_GO_ALONG'] }),
      activity({ tags: ['wandelen', 'natuur'], accessibility: ['COMPANION_WELCOME'] }),
    );
    expect(best).toBeGreaterThan(0.8);
    expect(best).toBeLessThanOrEqual(1);
    const weak = scoreOf(resident({ availability: ['SUN_EVENING'], wantsNewContacts: false }), activity({ tags: ['wandelen', 'koken', 'zingen'], costCents: 500, walkIn: false, capacity: 2, lat: HOME.lat + 2.9 / 111.195 }), scorer(resolveMatchWeights({ minScore: 0 })));
    expect(weak).toBeGreaterThanOrEqual(0);
    expect(weak).toBeLessThan(best);
  });

  it('rises with more shared interests (monotone)', () => {
    const a = activity({ tags: ['wandelen', 'natuur', 'koffie-drinken'] });
    const one = scoreOf(resident({ interests: ['wandelen'] }), a);
    const two = scoreOf(resident({ interests: ['wandelen', 'natuur'] }), a);
    const three = scoreOf(resident({ interests: ['wandelen', 'natuur', 'koffie-drinken'] }), a);
    expect(two).toBeGreaterThan(one);
    expect(three).toBeGreaterThan(two);
  });

  it('counts a shared interest more than a shared talent', () => {
    const a = activity({ tags: ['koken'] });
    expect(scoreOf(resident({ interests: ['koken'] }), a)).toBeGreaterThan(scoreOf(resident({ interests: [], talents: ['koken'] }), a));
  });

  it('falls with distance and rises with availability fit', () => {
    const near = scoreOf(resident(), activity());
    const farther = scoreOf(resident(), activity({ lat: HOME.lat + 2 / 111.195 }));
    expect(near).toBeGreaterThan(farther);
    const busy = scoreOf(resident({ availability: ['MON_EVENING'] }), activity());
    expect(near).toBeGreaterThan(busy);
  });

  it('values a group for someone who wants new contacts, and walk-in and free as a first step', () => {
    const group = activity({ capacity: 20, walkIn: false, costCents: 300 });
    const pair = activity({ capacity: 2, walkIn: false, costCents: 300 });
    expect(scoreOf(resident({ wantsNewContacts: true }), group)).toBeGreaterThan(scoreOf(resident({ wantsNewContacts: true }), pair));
    expect(scoreOf(resident(), activity({ walkIn: true, costCents: 0 }))).toBeGreaterThan(scoreOf(resident(), activity({ walkIn: false, costCents: 500 })));
  });

  it('learns from outcomes per tag and organisation', () => {
    const good = { offered: 40, accepted: 35, followedUp: 30, wentWell: 28 };
    const bad = { offered: 40, accepted: 5, followedUp: 5, wentWell: 1 };
    const s = new MatchScorer({
      tags: new TagIndex(LABELS.keys()),
      labels: LABELS,
      weights: resolveMatchWeights({ outcome: 0.4 }),
      outcomes: { byTag: new Map([['wandelen', good]]), byOrganisation: new Map([['org-good', good], ['org-bad', bad]]) },
    });
    const [fromGood, fromBad] = s.setActivities([activity({ organisationId: 'org-good' }), activity({ organisationId: 'org-bad' })]);
    const r = s.prepareResident(resident());
    expect(s.score(r, fromGood)).toBeGreaterThan(s.score(r, fromBad));
    expect(s.reasons(r, fromGood).map((x) => x.nl)).toContain('Anderen vonden dit fijn');
  });
});

describe('MatchScorer reasons', () => {
  it('gives 1–3 reasons in Dutch and English, the shared interest first', () => {
    const s = scorer();
    const features = s.setActivities([activity()]);
    const [proposal] = s.rank(s.prepareResident(resident()), [features]);
    expect(proposal.reasons.length).toBeGreaterThanOrEqual(1);
    expect(proposal.reasons.length).toBeLessThanOrEqual(3);
    expect(proposal.reasons[0]).toEqual({ nl: 'Je houdt van wandelen', en: 'You like walking' });
    expect(proposal.reasons).toContainEqual({ nl: 'Bij jou in de wijk', en: 'In your neighbourhood' });
    expect(proposal.reasons).toContainEqual({ nl: 'Op dinsdagochtend, dan kun je', en: 'On Tuesday morning, when you are free' });
  });

  it('says free and walk-in when that weighs most', () => {
    const s = scorer(resolveMatchWeights({ social: 0.5 }));
    const features = s.setActivities([activity({ slots: [] })]);
    const [proposal] = s.rank(s.prepareResident(resident({ availability: [] })), [features]);
    expect(proposal.reasons).toContainEqual({ nl: 'Gratis en je kunt zo binnenlopen', en: 'Free, and you can just walk in' });
  });

  it('names the distance for another wijk and a talent when no interest is shared', () => {
    const s = scorer();
    const features = s.setActivities([activity({ wijkCode: NEXT.code, lat: NEXT.lat, lon: NEXT.lon, tags: ['computerhulp'] })]);
    const [proposal] = s.rank(s.prepareResident(resident({ interests: [], talents: ['computerhulp'] })), [features]);
    expect(proposal.reasons[0]).toEqual({ nl: 'Past bij wat je goed kunt: hulp met computer en telefoon', en: 'Fits what you are good at: computer and phone help' });
    expect(proposal.reasons.map((r) => r.nl)).toContain('Dichtbij: 1 km van je wijk');
  });

  it('never uses the words residents should not read', () => {
    const s = scorer();
    const features = s.setActivities([activity(), activity({ tags: ['wandelen', 'koffie-drinken'], accessibility: ['COMPANION_WELCOME'] })]);
    const text = JSON.stringify(s.rank(s.prepareResident(resident({ needs: ['SOMEONE_TO_GO_ALONG'], interests: ['wandelen', 'koffie-drinken'] })), [features]));
    expect(text).not.toMatch(/eenzaam|lonely|loneliness/i);
  });

  it('labels slots as the residents library does', () => {
    ['MON_MORNING', 'TUE_MORNING', 'WED_AFTERNOON', 'SUN_EVENING'].forEach((slot) => {
      const index = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].indexOf(slot.slice(0, 3)) * 3 + ['MORNING', 'AFTERNOON', 'EVENING'].indexOf(slot.slice(4));
      expect(slotLabel(index)).toEqual({ nl: availabilityLabel(slot as AvailabilitySlot, 'nl'), en: availabilityLabel(slot as AvailabilitySlot, 'en') });
    });
    expect(slotOf(new Date('2026-12-01T09:30:00Z'))).toBe('TUE_MORNING');
    expect(slotOf(new Date('2026-12-01T02:00:00Z'))).toBeNull();
  });
});

describe('MatchScorer diversity', () => {
  it('does not fill the top 5 with one kind of activity when alternatives exist', () => {
    const s = scorer();
    const walks = Array.from({ length: 6 }, (_, i) => activity({ organisationId: `walk-org-${i % 2}`, tags: ['wandelen', 'natuur'] }));
    const others = [
      activity({ organisationId: 'choir', tags: ['zingen', 'wandelen'] }),
      activity({ organisationId: 'cafe', tags: ['koffie-drinken'] }),
      activity({ organisationId: 'kitchen', tags: ['koken'] }),
    ];
    const features = s.setActivities([...walks, ...others]);
    const r = s.prepareResident(resident({ interests: ['wandelen', 'natuur', 'zingen', 'koffie-drinken', 'koken'] }));
    const top = s.rank(r, [features]);
    expect(top).toHaveLength(5);
    const primaries = new Set(top.map((p) => p.primaryTag));
    expect(primaries.size).toBeGreaterThanOrEqual(3);
    expect(top.filter((p) => p.primaryTag === 'wandelen').length).toBeLessThan(5);
    // Without the penalties the walks would take every place.
    const plain = scorer(resolveMatchWeights({ diversityTagPenalty: 0, diversityOrganisationPenalty: 0 }));
    const plainTop = plain.rank(plain.prepareResident(resident({ interests: ['wandelen', 'natuur', 'zingen', 'koffie-drinken', 'koken'] })), [plain.setActivities([...walks, ...others])]);
    expect(plainTop.every((p) => p.primaryTag === 'wandelen')).toBe(true);
  });

  it('returns the best first and at most topK', () => {
    const s = scorer(resolveMatchWeights({ topK: 2 }));
    const features = s.setActivities([activity({ tags: ['wandelen', 'koken', 'zingen'] }), activity({ tags: ['wandelen', 'natuur'] }), activity()]);
    const top = s.rank(s.prepareResident(resident({ interests: ['wandelen', 'natuur'] })), [features]);
    expect(top).toHaveLength(2);
    expect(top[0].score).toBeGreaterThanOrEqual(top[1].score);
  });
});

describe('distance', () => {
  it('is within 0.5 % of the great-circle distance at municipal scale', () => {
    for (const [dLat, dLon] of [[0.01, 0], [0, 0.05], [0.1, 0.1], [-0.2, 0.15]]) {
      const exact = haversineKm(HOME.lat, HOME.lon, HOME.lat + dLat, HOME.lon + dLon);
      const planar = Math.sqrt(planarDistanceSquaredKm(HOME.lat, HOME.lon, Math.cos((HOME.lat * Math.PI) / 180), HOME.lat + dLat, HOME.lon + dLon));
      expect(Math.abs(planar - exact) / exact).toBeLessThan(0.005);
    }
  });
});

describe('MatchWeights', () => {
  it('accepts the defaults and partial overrides', () => {
    expect(matchWeightErrors({})).toEqual([]);
    expect(resolveMatchWeights({ distance: 0.3 }).distance).toBe(0.3);
    expect(resolveMatchWeights().topK).toBe(DEFAULT_MATCH_WEIGHTS.topK);
  });

  it('refuses bad values, naming each field', () => {
    const errors = matchWeightErrors({ interest: -1, minScore: 2, topK: 0.5, talentFactor: Number.NaN, declineCooldownDays: -3, requireTagOverlap: 'yes' as unknown as boolean });
    expect(errors.map((e) => e.split(':')[0]).sort()).toEqual(['declineCooldownDays', 'interest', 'minScore', 'requireTagOverlap', 'talentFactor', 'topK']);
    expect(matchWeightErrors({ bogus: 1 } as never)).toEqual(['bogus: unknown weight']);
    expect(matchWeightErrors({ interest: 0, distance: 0, availability: 0, social: 0, outcome: 0 })).toHaveLength(1);
    expect(() => resolveMatchWeights({ topK: 50 })).toThrow(/topK/);
  });
});
