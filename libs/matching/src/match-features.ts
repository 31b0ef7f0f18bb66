/**
 * The small vocabularies the scorer encodes as bits: the week grid, age bands, accessibility and
 * needs. Kept free of framework imports so the scorer runs anywhere (workers, benchmarks).
 * The names are the same strings the residents and activities libraries store.
 */

export const WEEKDAY_CODES = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const PART_OF_DAY_CODES = ['MORNING', 'AFTERNOON', 'EVENING'] as const;

/** Slot index = day × 3 + part of day (Monday morning = 0), as in the residents' week grid. */
export const SLOT_CODES: readonly string[] = WEEKDAY_CODES.flatMap((day) => PART_OF_DAY_CODES.map((part) => `${day}_${part}`));
const SLOT_BITS = new Map(SLOT_CODES.map((code, i) => [code, i]));

/** A set of slots (`TUE_MORNING`, …) as a 21-bit mask; unknown values are ignored. */
export function slotMask(slots: readonly string[]): number {
  let mask = 0;
  for (let i = 0; i < slots.length; i++) {
    const bit = SLOT_BITS.get(slots[i]);
    if (bit !== undefined) mask |= 1 << bit;
  }
  return mask;
}

/** The slot a moment falls in on Dutch wall-clock time: morning 06–12, afternoon 12–18, evening 18–24. */
const slotFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', hourCycle: 'h23' });
export function slotOf(moment: Date): string | null {
  let weekday = '';
  let hour = 0;
  for (const part of slotFormat.formatToParts(moment)) {
    if (part.type === 'weekday') weekday = part.value.toUpperCase().slice(0, 3);
    else if (part.type === 'hour') hour = Number(part.value);
  }
  if (hour < 6) return null;
  return `${weekday}_${hour < 12 ? 'MORNING' : hour < 18 ? 'AFTERNOON' : 'EVENING'}`;
}

/** Audience bands of activities; a resident's band maps onto one of them. */
const AUDIENCE_BITS: Record<string, number> = {
  UNDER_18: 1,
  AGE_18_TO_29: 2,
  AGE_30_TO_49: 4,
  AGE_50_TO_64: 8,
  AGE_65_TO_74: 16,
  AGE_75_PLUS: 32,
};
export const AUDIENCE_ALL = 63;

export function audienceMask(audience: readonly string[]): number {
  if (audience.length === 0) return AUDIENCE_ALL;
  let mask = 0;
  for (const band of audience) mask |= band === 'ALL' ? AUDIENCE_ALL : (AUDIENCE_BITS[band] ?? 0);
  return mask;
}

/**
 * A resident's age band as an audience bit. Residents' UNDER_30 covers 18–29 (residents are
 * adults); no band at all gives 0, which only activities for everyone accept.
 */
export function ageMask(ageBand: string | null | undefined): number {
  if (!ageBand) return 0;
  if (ageBand === 'UNDER_30') return AUDIENCE_BITS.AGE_18_TO_29;
  return AUDIENCE_BITS[ageBand] ?? 0;
}

export const ACCESS_WHEELCHAIR = 1;
export const ACCESS_HEARING_LOOP = 2;
export const ACCESS_COMPANION_WELCOME = 4;
export const ACCESS_TRANSPORT = 8;

export function accessibilityMask(accessibility: readonly string[]): number {
  let mask = 0;
  for (const a of accessibility) {
    if (a === 'WHEELCHAIR') mask |= ACCESS_WHEELCHAIR;
    else if (a === 'HEARING_LOOP') mask |= ACCESS_HEARING_LOOP;
    else if (a === 'COMPANION_WELCOME') mask |= ACCESS_COMPANION_WELCOME;
    else if (a === 'TRANSPORT_AVAILABLE') mask |= ACCESS_TRANSPORT;
  }
  return mask;
}

/** The needs that rule a venue out when it lacks them, as accessibility bits. */
export function hardNeedsMask(needs: readonly string[]): number {
  let mask = 0;
  for (const need of needs) {
    if (need === 'WHEELCHAIR_ACCESS') mask |= ACCESS_WHEELCHAIR;
    else if (need === 'HEARING_LOOP') mask |= ACCESS_HEARING_LOOP;
  }
  return mask;
}

export const NEED_COMPANION = 'SOMEONE_TO_GO_ALONG';

const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
export const DEG_TO_RAD = Math.PI / 180;

/**
 * Squared distance in km² on a local flat projection around the first point. Within a
 * municipality (under 30 km) it differs from the great-circle distance by far less than 1 %,
 * and costs no trigonometry per pair: `cosLat` is computed once per resident.
 */
export function planarDistanceSquaredKm(lat1: number, lon1: number, cosLat1: number, lat2: number, lon2: number): number {
  const dy = (lat2 - lat1) * KM_PER_DEGREE;
  const dx = (lon2 - lon1) * KM_PER_DEGREE * cosLat1;
  return dx * dx + dy * dy;
}

/** How earlier proposals went, for one tag or one organisation. */
export interface OutcomeCount {
  /** Proposals that reached the resident (offered). */
  offered: number;
  accepted: number;
  /** Follow-ups recorded. */
  followedUp: number;
  /** Follow-ups where it went well. */
  wentWell: number;
}

/** Learned from follow-ups (`recordFollowUp`), keyed by tag slug and by organisation id. */
export interface OutcomeStats {
  byTag: ReadonlyMap<string, OutcomeCount>;
  byOrganisation: ReadonlyMap<string, OutcomeCount>;
}

export const EMPTY_OUTCOME_STATS: OutcomeStats = { byTag: new Map(), byOrganisation: new Map() };

/** Pseudo-counts of the prior: a handful of outcomes should move the weight, one should not. */
const PRIOR_WEIGHT = 4;
const PRIOR = 0.5;

/**
 * One count as a rate in [0, 1]: half acceptance, half "went well", each smoothed towards 0.5 so
 * little data stays near neutral.
 */
export function outcomeRate(count: OutcomeCount | undefined): number {
  if (!count) return PRIOR;
  const accept = (count.accepted + PRIOR * PRIOR_WEIGHT) / (count.offered + PRIOR_WEIGHT);
  const well = (count.wentWell + PRIOR * PRIOR_WEIGHT) / (count.followedUp + PRIOR_WEIGHT);
  return Math.min(1, Math.max(0, 0.5 * accept + 0.5 * well));
}

/** An activity's learned weight: the mean of its organisation's rate and the mean of its tags' rates. */
export function activityOutcome(stats: OutcomeStats, organisationId: string, tags: readonly string[]): number {
  let tagSum = 0;
  for (const tag of tags) tagSum += outcomeRate(stats.byTag.get(tag));
  const tagRate = tags.length > 0 ? tagSum / tags.length : PRIOR;
  return 0.5 * tagRate + 0.5 * outcomeRate(stats.byOrganisation.get(organisationId));
}
