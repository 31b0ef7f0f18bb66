import type { TagLabels } from '../match-reasons.js';
import type { ActivityInput, ResidentInput } from '../match-scorer.js';
import { SLOT_CODES } from '../match-features.js';

/**
 * A synthetic city with planted preferences, for the quality test and the benchmark. Every
 * resident has hidden true interests and every activity a true topic; the profile and the
 * activity's tags are noisy observations of them (interests forgotten, tags added at random).
 * Deterministic for a seed: workers rebuild the same city instead of receiving it.
 */
export interface SyntheticCityOptions {
  seed: number;
  residents: number;
  activities: number;
  /** Wijken on a square grid. */
  wijkGrid: number;
  /** Distance between neighbouring wijk centroids. */
  wijkSpacingKm: number;
  tags: number;
  organisations: number;
  /** Chance that a true interest is left out of the profile. */
  forgetInterest: number;
  /** Chance of one interest in the profile that is not a true one. */
  falseInterest: number;
  /** Chance that an activity carries an extra tag unrelated to its topic (twice tried). */
  extraTag: number;
}

export const DEFAULT_CITY: SyntheticCityOptions = {
  seed: 42,
  residents: 2_000,
  activities: 1_000,
  wijkGrid: 6,
  wijkSpacingKm: 1.15,
  tags: 60,
  organisations: 120,
  forgetInterest: 0.25,
  falseInterest: 0.35,
  extraTag: 0.3,
};

export interface SyntheticWijk {
  code: string;
  lat: number;
  lon: number;
}

export interface SyntheticCity {
  tagSlugs: string[];
  labels: TagLabels;
  wijken: SyntheticWijk[];
  /** Own wijk first, then neighbours within `neighbourKm`. */
  nearby: Map<string, string[]>;
  residents: ResidentInput[];
  activities: ActivityInput[];
  /** Hidden truth, by resident id. */
  trueInterests: Map<string, Set<string>>;
  /** Hidden truth, by activity id. */
  trueTopic: Map<string, string>;
}

/** mulberry32: small, fast and deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KM_PER_DEGREE_LAT = 111.19507973436875;
const BASE_LAT = 52.22;
const BASE_LON = 5.17;
const AGE_BANDS = ['UNDER_30', 'AGE_30_TO_49', 'AGE_50_TO_64', 'AGE_65_TO_74', 'AGE_75_PLUS'];

export function buildSyntheticCity(overrides: Partial<SyntheticCityOptions> = {}, neighbourKm = 2.5): SyntheticCity {
  const o: SyntheticCityOptions = Object.assign({}, DEFAULT_CITY, overrides);
  const random = seededRandom(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const tagSlugs = Array.from({ length: o.tags }, (_, i) => `onderwerp-${i}`);
  const labels = new Map(tagSlugs.map((slug, i) => [slug, { nl: `Onderwerp ${i}`, en: `Topic ${i}` }]));
  // Some topics are far more popular than others, as in real life (walking beats chess).
  const popularity = tagSlugs.map((_, i) => 1 / (1 + i * 0.08));
  const total = popularity.reduce((s, p) => s + p, 0);
  const popularTag = () => {
    let x = random() * total;
    for (let i = 0; i < tagSlugs.length; i++) {
      x -= popularity[i];
      if (x <= 0) return tagSlugs[i];
    }
    return tagSlugs[tagSlugs.length - 1];
  };

  const cosLat = Math.cos((BASE_LAT * Math.PI) / 180);
  const wijken: SyntheticWijk[] = [];
  for (let row = 0; row < o.wijkGrid; row++) {
    for (let col = 0; col < o.wijkGrid; col++) {
      wijken.push({
        code: `WK${String(400000 + row * 100 + col).padStart(6, '0')}`,
        lat: BASE_LAT + (row * o.wijkSpacingKm) / KM_PER_DEGREE_LAT,
        lon: BASE_LON + (col * o.wijkSpacingKm) / (KM_PER_DEGREE_LAT * cosLat),
      });
    }
  }
  const nearby = new Map<string, string[]>();
  for (const wijk of wijken) {
    const near = wijken
      .filter((other) => other !== wijk)
      .filter((other) => Math.hypot((other.lat - wijk.lat) * KM_PER_DEGREE_LAT, (other.lon - wijk.lon) * KM_PER_DEGREE_LAT * cosLat) <= neighbourKm)
      .map((other) => other.code);
    nearby.set(wijk.code, [wijk.code, ...near]);
  }

  const trueTopic = new Map<string, string>();
  const activities: ActivityInput[] = [];
  for (let i = 0; i < o.activities; i++) {
    const wijk = pick(wijken);
    const topic = popularTag();
    const tags = [topic];
    for (let extra = 0; extra < 2; extra++) {
      if (random() < o.extraTag) {
        const tag = pick(tagSlugs);
        if (!tags.includes(tag)) tags.push(tag);
      }
    }
    const slotCount = 1 + Math.floor(random() * 2);
    const slots = Array.from({ length: slotCount }, () => pick(SLOT_CODES));
    const capacity = random() < 0.3 ? null : 2 + Math.floor(random() * 20);
    const id = `activity-${i}`;
    trueTopic.set(id, topic);
    activities.push({
      id,
      organisationId: `organisation-${Math.floor(random() * o.organisations)}`,
      wijkCode: wijk.code,
      lat: wijk.lat + ((random() - 0.5) * 0.6 * o.wijkSpacingKm) / KM_PER_DEGREE_LAT,
      lon: wijk.lon + ((random() - 0.5) * 0.6 * o.wijkSpacingKm) / (KM_PER_DEGREE_LAT * cosLat),
      tags,
      slots,
      placesLeft: capacity === null ? null : random() < 0.05 ? 0 : Math.max(1, capacity - Math.floor(random() * capacity)),
      capacity,
      costCents: random() < 0.6 ? 0 : 250 + Math.floor(random() * 1000),
      walkIn: random() < 0.35,
      audience: random() < 0.85 ? ['ALL'] : [pick(['AGE_65_TO_74', 'AGE_75_PLUS', 'AGE_18_TO_29', 'AGE_50_TO_64'])],
      languages: random() < 0.9 ? ['nl'] : random() < 0.5 ? ['nl', 'en'] : ['tr'],
      accessibility: random() < 0.5 ? ['WHEELCHAIR', 'ACCESSIBLE_TOILET'] : random() < 0.3 ? ['HEARING_LOOP', 'COMPANION_WELCOME'] : [],
    });
  }

  const trueInterests = new Map<string, Set<string>>();
  const residents: ResidentInput[] = [];
  for (let i = 0; i < o.residents; i++) {
    const wijk = pick(wijken);
    const truth = new Set<string>();
    const wanted = 2 + Math.floor(random() * 3);
    while (truth.size < wanted) truth.add(popularTag());
    const interests = [...truth].filter(() => random() >= o.forgetInterest);
    if (interests.length === 0) interests.push([...truth][0]);
    if (random() < o.falseInterest) {
      const noise = pick(tagSlugs);
      if (!interests.includes(noise)) interests.push(noise);
    }
    // A talent is mostly something one also likes doing, sometimes not.
    const talents = random() < 0.4 ? [random() < 0.7 ? pick([...truth]) : pick(tagSlugs)] : [];
    const availability = SLOT_CODES.filter(() => random() < 0.4);
    const id = `resident-${i}`;
    trueInterests.set(id, truth);
    const needs: string[] = [];
    if (random() < 0.05) needs.push('WHEELCHAIR_ACCESS');
    if (random() < 0.03) needs.push('HEARING_LOOP');
    if (random() < 0.05) needs.push('SOMEONE_TO_GO_ALONG');
    residents.push({
      id,
      wijkCode: wijk.code,
      lat: wijk.lat,
      lon: wijk.lon,
      travelRadiusKm: 1 + Math.floor(random() * 5),
      ageBand: random() < 0.1 ? null : pick(AGE_BANDS),
      languages: random() < 0.9 ? ['nl'] : ['nl', 'tr'],
      interests,
      wishes: [],
      talents,
      availability,
      needs,
      wantsNewContacts: random() < 0.6,
      curated: random() < 0.1,
      excludedActivityIds: [],
    });
  }
  return { tagSlugs, labels, wijken, nearby, residents, activities, trueInterests, trueTopic };
}
