import {
  ACCESS_COMPANION_WELCOME,
  accessibilityMask,
  activityOutcome,
  ageMask,
  AUDIENCE_ALL,
  audienceMask,
  DEG_TO_RAD,
  EMPTY_OUTCOME_STATS,
  hardNeedsMask,
  NEED_COMPANION,
  type OutcomeStats,
  planarDistanceSquaredKm,
  slotMask,
} from './match-features.js';
import { type MatchReason, Reasons, type TagLabels } from './match-reasons.js';
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from './match-weights.js';
import { bitCount, commonBits, intersects, popcount32, type TagBits, TagIndex } from './tag-index.js';

/** What the scorer needs of a resident (from `resident_profile`, tags already normalised to slugs). */
export interface ResidentInput {
  id: string;
  wijkCode: string;
  /** The resident's wijk centroid (or a more precise point when known). */
  lat: number;
  lon: number;
  travelRadiusKm: number;
  ageBand: string | null;
  languages: readonly string[];
  interests: readonly string[];
  wishes: readonly string[];
  talents: readonly string[];
  /** Week grid slots like `TUE_MORNING`. */
  availability: readonly string[];
  /** WHEELCHAIR_ACCESS, HEARING_LOOP, SOMEONE_TO_GO_ALONG. */
  needs: readonly string[];
  wantsNewContacts: boolean;
  /** Proposals go through a social worker (via_social_worker or on_behalf): a warm hand-over is possible. */
  curated: boolean;
  /** Activities already proposed, or declined (expired, rejected) within the cool-down: never proposed again now. */
  excludedActivityIds?: readonly string[];
}

/** What the scorer needs of a published activity. */
export interface ActivityInput {
  id: string;
  organisationId: string;
  wijkCode: string;
  /** The venue, or the wijk centroid when the activity has no coordinates. */
  lat: number;
  lon: number;
  tags: readonly string[];
  /** Week grid slots of its coming occurrences. */
  slots: readonly string[];
  /** Places left at the next occurrence; null = no limit. */
  placesLeft: number | null;
  capacity: number | null;
  costCents: number;
  walkIn: boolean;
  audience: readonly string[];
  languages: readonly string[];
  accessibility: readonly string[];
}

/** A resident prepared once per run: bitsets and masks instead of arrays and strings. */
export interface ResidentFeatures {
  id: string;
  wijkCode: string;
  lat: number;
  lon: number;
  cosLat: number;
  radiusKm: number;
  radius2: number;
  age: number;
  lang: TagBits;
  /** Interests and wishes. */
  likes: TagBits;
  /** Talents that are not also a like. */
  talents: TagBits;
  /** Likes and talents together: one AND tells whether a pair shares anything. */
  any: TagBits;
  slots: number;
  hasSlots: boolean;
  hardNeeds: number;
  needsCompanion: boolean;
  wantsNewContacts: boolean;
  curated: boolean;
  /** Sum of the part weights that apply to this resident (companion only for who needs it). */
  weightSum: number;
  excludedIds: readonly string[];
}

/** An activity prepared once per run; shared by every resident that scores it. */
export interface ActivityFeatures {
  ord: number;
  id: string;
  organisationId: string;
  orgOrd: number;
  wijkCode: string;
  lat: number;
  lon: number;
  tags: TagBits;
  tagCount: number;
  /** Bit of the first tag (providers list the main one first), or -1. */
  primaryTag: number;
  slots: number;
  slotCount: number;
  full: boolean;
  free: boolean;
  walkIn: boolean;
  group: boolean;
  audience: number;
  lang: TagBits;
  access: number;
  outcome: number;
}

/** Why a pair was ruled out before scoring; null when it passes every hard filter. */
export type FilterVerdict =
  | 'ALREADY_PROPOSED'
  | 'FULL'
  | 'NOT_ACCESSIBLE'
  | 'AUDIENCE'
  | 'OUT_OF_RANGE'
  | 'NO_SHARED_INTEREST'
  | 'LANGUAGE'
  | null;

/** The parts of a score, each in [0, 1]. */
export interface ScoreParts {
  interest: number;
  distance: number;
  availability: number;
  social: number;
  outcome: number;
  companion: number;
  distanceKm: number;
  score: number;
}

export interface ActivityProposal {
  activityId: string;
  organisationId: string;
  score: number;
  /** 1–3 reasons, most telling first. */
  reasons: MatchReason[];
  primaryTag: string | null;
}

export interface MatchScorerOptions {
  tags: TagIndex;
  labels: TagLabels;
  weights?: MatchWeights;
  outcomes?: OutcomeStats;
}

/** Activities of at least this size (or without a limit) count as a group. */
const GROUP_MIN_CAPACITY = 4;
/** Language sets get their own index; 128 languages is more than any city lists. */
const LANGUAGE_WORDS = 4;
const DEFAULT_LANGUAGES = ['nl'];
const OUTCOME_REASON_THRESHOLD = 0.65;

/**
 * The pure scorer (DESIGN.md "Matching"): hard filters, then a weighted score in [0, 1], then a
 * diverse top-k with reasons. No I/O: the matching service loads residents and activities, this
 * decides. Built for full-city runs: features are prepared once, the inner loop touches only
 * numbers and typed arrays, and reasons are written only for the few proposals that are kept.
 */
export class MatchScorer {
  readonly weights: MatchWeights;
  readonly tags: TagIndex;
  readonly labels: TagLabels;
  readonly outcomes: OutcomeStats;
  readonly languages = new TagIndex(DEFAULT_LANGUAGES);
  private readonly tagWords: number;
  private activities: ActivityFeatures[] = [];
  private readonly byId = new Map<string, ActivityFeatures>();
  private readonly byWijk = new Map<string, ActivityFeatures[]>();
  private readonly organisations = new Map<string, number>();
  private stamp = new Int32Array(0);
  private seq = 0;
  private readonly poolCap: number;
  private readonly poolScore: Float64Array;
  private readonly poolActivity: (ActivityFeatures | null)[];
  private readonly likeReasonCache = new Map<number, MatchReason>();
  private readonly talentReasonCache = new Map<number, MatchReason>();
  private readonly slotReasonCache: (MatchReason | undefined)[] = [];

  constructor(options: MatchScorerOptions) {
    this.weights = options.weights ?? DEFAULT_MATCH_WEIGHTS;
    this.tags = options.tags;
    this.labels = options.labels;
    this.outcomes = options.outcomes ?? EMPTY_OUTCOME_STATS;
    this.tagWords = options.tags.words;
    // Diversity can only choose among what was kept: keep a few times k.
    this.poolCap = Math.max(20, this.weights.topK * 4);
    this.poolScore = new Float64Array(this.poolCap);
    this.poolActivity = new Array<ActivityFeatures | null>(this.poolCap).fill(null);
  }

  /** Replaces the catalogue of candidate activities. */
  setActivities(inputs: readonly ActivityInput[]): ActivityFeatures[] {
    this.activities = [];
    this.byId.clear();
    this.byWijk.clear();
    for (let i = 0; i < inputs.length; i++) {
      const features = this.prepareActivity(inputs[i], i);
      this.activities.push(features);
      this.byId.set(features.id, features);
      const list = this.byWijk.get(features.wijkCode);
      if (list) list.push(features);
      else this.byWijk.set(features.wijkCode, [features]);
    }
    this.stamp = new Int32Array(inputs.length);
    this.seq = 0;
    return this.activities;
  }

  activity(id: string): ActivityFeatures | undefined {
    return this.byId.get(id);
  }

  /** The catalogue's activities per wijk, as groups to pass to `rank` without copying. */
  activitiesIn(wijkCodes: readonly string[]): ActivityFeatures[][] {
    const groups: ActivityFeatures[][] = [];
    for (const code of new Set(wijkCodes)) {
      const list = this.byWijk.get(code);
      if (list) groups.push(list);
    }
    return groups;
  }

  prepareActivity(input: ActivityInput, ord: number): ActivityFeatures {
    let orgOrd = this.organisations.get(input.organisationId);
    if (orgOrd === undefined) {
      orgOrd = this.organisations.size;
      this.organisations.set(input.organisationId, orgOrd);
    }
    const tags = this.tags.encode(input.tags, this.tagWords);
    const first = input.tags.length > 0 ? this.tags.bitOf(input.tags[0]) : undefined;
    const slots = slotMask(input.slots);
    const languages = input.languages.length > 0 ? input.languages : DEFAULT_LANGUAGES;
    for (const language of languages) this.languages.add(language);
    return {
      ord,
      id: input.id,
      organisationId: input.organisationId,
      orgOrd,
      wijkCode: input.wijkCode,
      lat: input.lat,
      lon: input.lon,
      tags,
      tagCount: bitCount(tags),
      primaryTag: first === undefined ? -1 : first,
      slots,
      slotCount: popcount32(slots),
      full: input.placesLeft !== null && input.placesLeft <= 0,
      free: input.costCents === 0,
      walkIn: input.walkIn,
      group: input.capacity === null || input.capacity >= GROUP_MIN_CAPACITY,
      audience: audienceMask(input.audience),
      lang: this.languages.encode(languages, LANGUAGE_WORDS),
      access: accessibilityMask(input.accessibility),
      outcome: activityOutcome(this.outcomes, input.organisationId, input.tags),
    };
  }

  prepareResident(input: ResidentInput): ResidentFeatures {
    const w = this.weights;
    const likes = this.tags.encode([...input.interests, ...input.wishes], this.tagWords);
    const talents = this.tags.encode(input.talents, this.tagWords);
    const any = new Uint32Array(likes.length);
    for (let i = 0; i < talents.length; i++) {
      talents[i] &= ~likes[i];
      any[i] = likes[i] | talents[i];
    }
    const slots = slotMask(input.availability);
    const languages = input.languages.length > 0 ? input.languages : DEFAULT_LANGUAGES;
    for (const language of languages) this.languages.add(language);
    const needsCompanion = input.needs.includes(NEED_COMPANION);
    return {
      id: input.id,
      wijkCode: input.wijkCode,
      lat: input.lat,
      lon: input.lon,
      cosLat: Math.cos(input.lat * DEG_TO_RAD),
      radiusKm: input.travelRadiusKm,
      radius2: input.travelRadiusKm * input.travelRadiusKm,
      age: ageMask(input.ageBand),
      lang: this.languages.encode(languages, LANGUAGE_WORDS),
      likes,
      talents,
      any,
      slots,
      hasSlots: slots !== 0,
      hardNeeds: hardNeedsMask(input.needs),
      needsCompanion,
      wantsNewContacts: input.wantsNewContacts,
      curated: input.curated,
      weightSum: w.interest + w.distance + w.availability + w.social + w.outcome + (needsCompanion ? w.companion : 0),
      excludedIds: input.excludedActivityIds ?? [],
    };
  }

  /** The first hard filter a pair fails, or null. Same rules, same order as `rank`. */
  filter(r: ResidentFeatures, a: ActivityFeatures): FilterVerdict {
    if (r.excludedIds.includes(a.id)) return 'ALREADY_PROPOSED';
    if (a.full) return 'FULL';
    if ((r.hardNeeds & ~a.access) !== 0) return 'NOT_ACCESSIBLE';
    if (a.audience !== AUDIENCE_ALL && (a.audience & r.age) === 0) return 'AUDIENCE';
    if (planarDistanceSquaredKm(r.lat, r.lon, r.cosLat, a.lat, a.lon) > r.radius2) return 'OUT_OF_RANGE';
    if (this.weights.requireTagOverlap && !intersects(r.likes, a.tags) && !intersects(r.talents, a.tags)) return 'NO_SHARED_INTEREST';
    if (!intersects(r.lang, a.lang)) return 'LANGUAGE';
    return null;
  }

  /** Every part of the score of a pair (whether or not it passes the filters). */
  parts(r: ResidentFeatures, a: ActivityFeatures): ScoreParts {
    const w = this.weights;
    const d2 = planarDistanceSquaredKm(r.lat, r.lon, r.cosLat, a.lat, a.lon);
    let likes = 0;
    let talents = 0;
    for (let i = 0; i < a.tags.length; i++) {
      likes += popcount32(r.likes[i] & a.tags[i]);
      talents += popcount32(r.talents[i] & a.tags[i]);
    }
    const interest = interestPart(likes + w.talentFactor * talents, a.tagCount, primaryHit(r, a, w.talentFactor));
    const distance = distancePart(d2, r.radiusKm);
    const availability = availabilityPart(r.slots, a.slots, a.slotCount);
    const social = socialPart(r.wantsNewContacts, a);
    const companion = r.needsCompanion ? companionPart(r.curated, a.access) : 0;
    const score =
      (w.interest * interest + w.distance * distance + w.availability * availability + w.social * social + w.outcome * a.outcome + w.companion * companion) /
      r.weightSum;
    return { interest, distance, availability, social, outcome: a.outcome, companion, distanceKm: Math.sqrt(d2), score };
  }

  /** The score of a pair, or -1 when a hard filter rules it out. */
  score(r: ResidentFeatures, a: ActivityFeatures): number {
    return this.filter(r, a) === null ? this.parts(r, a).score : -1;
  }

  /**
   * The resident's top-k proposals among the candidate groups (e.g. the activities of their own
   * and the neighbouring wijken): filtered, scored, diversified, with reasons.
   */
  rank(r: ResidentFeatures, groups: readonly (readonly ActivityFeatures[])[]): ActivityProposal[] {
    const w = this.weights;
    const seq = ++this.seq;
    const stamp = this.stamp;
    for (const id of r.excludedIds) {
      const a = this.byId.get(id);
      if (a) stamp[a.ord] = seq;
    }
    const poolScore = this.poolScore;
    const poolActivity = this.poolActivity;
    const cap = this.poolCap;
    let size = 0;
    let minAt = 0;
    let min = Infinity;
    const minScore = w.minScore;
    const requireOverlap = w.requireTagOverlap;
    const talentFactor = w.talentFactor;
    const wInterest = w.interest / r.weightSum;
    const wDistance = w.distance / r.weightSum;
    const wAvailability = w.availability / r.weightSum;
    const wSocial = w.social / r.weightSum;
    const wOutcome = w.outcome / r.weightSum;
    const wCompanion = r.needsCompanion ? w.companion / r.weightSum : 0;
    const rLikes = r.likes;
    const rTalents = r.talents;
    const rAny = r.any;
    const rLat = r.lat;
    const rLon = r.lon;
    const kmPerDegLon = 111.19507973436875 * r.cosLat;
    const radius2 = r.radius2;
    const radius = r.radiusKm;

    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      for (let j = 0; j < group.length; j++) {
        const a = group[j];
        // Cheapest and most selective first: most pairs share no tag at all.
        const tags = a.tags;
        let shared = 0;
        for (let i = 0; i < tags.length; i++) shared |= rAny[i] & tags[i];
        if (requireOverlap && shared === 0) continue;
        if (stamp[a.ord] === seq || a.full) continue;
        if ((r.hardNeeds & ~a.access) !== 0) continue;
        if (a.audience !== AUDIENCE_ALL && (a.audience & r.age) === 0) continue;
        const dy = (a.lat - rLat) * 111.19507973436875;
        const dx = (a.lon - rLon) * kmPerDegLon;
        const d2 = dx * dx + dy * dy;
        if (d2 > radius2) continue;
        if (!intersects(r.lang, a.lang)) continue;
        let likes = 0;
        let talents = 0;
        for (let i = 0; i < tags.length; i++) {
          const t = tags[i];
          likes += popcount32(rLikes[i] & t);
          talents += popcount32(rTalents[i] & t);
        }
        const score =
          wInterest * interestPart(likes + talentFactor * talents, a.tagCount, primaryHit(r, a, talentFactor)) +
          wDistance * (1 - Math.sqrt(d2) / radius) +
          wAvailability * availabilityPart(r.slots, a.slots, a.slotCount) +
          wSocial * socialPart(r.wantsNewContacts, a) +
          wOutcome * a.outcome +
          (wCompanion === 0 ? 0 : wCompanion * companionPart(r.curated, a.access));
        if (score < minScore) continue;
        if (size < cap) {
          poolScore[size] = score;
          poolActivity[size] = a;
          if (score < min) {
            min = score;
            minAt = size;
          }
          size++;
        } else if (score > min) {
          poolScore[minAt] = score;
          poolActivity[minAt] = a;
          min = Infinity;
          for (let p = 0; p < cap; p++) {
            if (poolScore[p] < min) {
              min = poolScore[p];
              minAt = p;
            }
          }
        }
      }
    }
    if (size === 0) return [];
    const picked = this.diversify(size);
    const proposals: ActivityProposal[] = [];
    for (let i = 0; i < picked.length; i++) {
      const a = picked[i].activity;
      proposals.push({
        activityId: a.id,
        organisationId: a.organisationId,
        score: picked[i].score,
        reasons: this.reasons(r, a),
        primaryTag: a.primaryTag >= 0 ? this.tags.keyOf(a.primaryTag) : null,
      });
    }
    for (let p = 0; p < size; p++) poolActivity[p] = null;
    return proposals;
  }

  /**
   * Greedy MMR over the kept pool: each pick maximises its score minus a penalty for every
   * earlier pick with the same primary tag or organisation, so five walking groups give way to
   * a walking group, a choir and a coffee morning when those score nearly as well. The reported
   * score stays the pair's own score.
   */
  private diversify(size: number): { activity: ActivityFeatures; score: number }[] {
    const w = this.weights;
    const k = Math.min(w.topK, size);
    const taken = new Uint8Array(size);
    const picked: { activity: ActivityFeatures; score: number }[] = [];
    for (let round = 0; round < k; round++) {
      let best = -1;
      let bestValue = -Infinity;
      for (let p = 0; p < size; p++) {
        if (taken[p]) continue;
        const a = this.poolActivity[p]!;
        let value = this.poolScore[p];
        for (let s = 0; s < picked.length; s++) {
          const other = picked[s].activity;
          if (a.primaryTag >= 0 && other.primaryTag === a.primaryTag) value -= w.diversityTagPenalty;
          if (other.orgOrd === a.orgOrd) value -= w.diversityOrganisationPenalty;
        }
        // Ties go to the activity listed first, so runs are reproducible.
        if (value > bestValue || (value === bestValue && best >= 0 && a.ord < this.poolActivity[best]!.ord)) {
          bestValue = value;
          best = p;
        }
      }
      taken[best] = 1;
      picked.push({ activity: this.poolActivity[best]!, score: this.poolScore[best] });
    }
    return picked;
  }

  /** 1–3 reasons for one kept proposal: the shared interest first, then what weighed most. */
  reasons(r: ResidentFeatures, a: ActivityFeatures): MatchReason[] {
    const w = this.weights;
    const result: MatchReason[] = [];
    const liked = commonBits(r.likes, a.tags);
    if (liked.length > 0) result.push(this.tagReason(liked, false));
    else {
      const talents = commonBits(r.talents, a.tags);
      if (talents.length > 0) result.push(this.tagReason(talents, true));
    }
    const km = Math.sqrt(planarDistanceSquaredKm(r.lat, r.lon, r.cosLat, a.lat, a.lon));
    const distance = r.radiusKm > 0 ? Math.max(0, 1 - km / r.radiusKm) : 0;
    const others: { weight: number; reason: MatchReason }[] = [];
    if (r.wijkCode === a.wijkCode) others.push({ weight: w.distance * Math.max(distance, 0.9), reason: SAME_WIJK });
    else others.push({ weight: w.distance * distance, reason: Reasons.nearby(km) });
    const freeSlots = r.slots & a.slots;
    if (r.hasSlots && freeSlots !== 0) {
      const slot = 31 - Math.clz32(freeSlots & -freeSlots);
      others.push({ weight: w.availability * availabilityPart(r.slots, a.slots, a.slotCount), reason: this.slotReason(slot) });
    }
    if (a.free && a.walkIn) others.push({ weight: w.social * 0.5, reason: FREE_AND_WALK_IN });
    else if (a.walkIn) others.push({ weight: w.social * 0.25, reason: WALK_IN });
    else if (a.free) others.push({ weight: w.social * 0.2, reason: FREE });
    if (r.wantsNewContacts && a.group) others.push({ weight: w.social * 0.45, reason: NEW_PEOPLE });
    if (r.needsCompanion) {
      if ((a.access & ACCESS_COMPANION_WELCOME) !== 0) others.push({ weight: w.companion + w.social, reason: COMPANION });
      else if (r.curated) others.push({ weight: w.companion + w.social, reason: WARM_HANDOVER });
    }
    if (a.outcome >= OUTCOME_REASON_THRESHOLD) others.push({ weight: w.outcome * a.outcome, reason: OTHERS_ENJOYED });
    others.sort((x, y) => y.weight - x.weight);
    for (const other of others) {
      if (result.length >= 3) break;
      // The distance reason is always there, so a proposal never goes without one.
      if (other.weight > 0 || result.length === 0) result.push(other.reason);
    }
    return result;
  }

  /** "Je houdt van wandelen": built once per tag (labels are the slow part); two shared tags are joined. */
  private tagReason(bits: readonly number[], talent: boolean): MatchReason {
    if (bits.length > 1) {
      const slugs = [this.tags.keyOf(bits[0]), this.tags.keyOf(bits[1])];
      return talent ? Reasons.talent(this.labels, slugs) : Reasons.likes(this.labels, slugs);
    }
    const cache = talent ? this.talentReasonCache : this.likeReasonCache;
    let reason = cache.get(bits[0]);
    if (!reason) {
      const slugs = [this.tags.keyOf(bits[0])];
      reason = Object.freeze(talent ? Reasons.talent(this.labels, slugs) : Reasons.likes(this.labels, slugs));
      cache.set(bits[0], reason);
    }
    return reason;
  }

  private slotReason(slot: number): MatchReason {
    let reason = this.slotReasonCache[slot];
    if (!reason) reason = this.slotReasonCache[slot] = Object.freeze(Reasons.whenFree(slot));
    return reason;
  }
}

// Reasons without variables are shared, frozen objects: reasons are only ever serialised.
const SAME_WIJK = Object.freeze(Reasons.sameWijk());
const FREE_AND_WALK_IN = Object.freeze(Reasons.freeAndWalkIn());
const WALK_IN = Object.freeze(Reasons.walkIn());
const FREE = Object.freeze(Reasons.free());
const NEW_PEOPLE = Object.freeze(Reasons.newPeople());
const COMPANION = Object.freeze(Reasons.companion());
const WARM_HANDOVER = Object.freeze(Reasons.warmHandover());
const OTHERS_ENJOYED = Object.freeze(Reasons.othersEnjoyed());

/**
 * Shared tags, saturating at two, blended with how much of the activity is about them and with
 * whether its main (first) tag is shared: a walking group that also lists "coffee" is about
 * walking, and someone who only likes coffee is a weaker fit for it.
 */
export function interestPart(matched: number, tagCount: number, primary: number): number {
  if (matched <= 0) return 0;
  const saturation = matched >= 2 ? 1 : matched / 2;
  const coverage = tagCount > 0 ? Math.min(1, matched / tagCount) : 0;
  return 0.35 * saturation + 0.3 * coverage + 0.35 * primary;
}

/** 1 when the activity's main tag is a like, the talent factor when it is a talent, else 0. */
function primaryHit(r: ResidentFeatures, a: ActivityFeatures, talentFactor: number): number {
  const bit = a.primaryTag;
  if (bit < 0) return 0;
  const word = bit >>> 5;
  const mask = 1 << (bit & 31);
  return (r.likes[word] & mask) !== 0 ? 1 : (r.talents[word] & mask) !== 0 ? talentFactor : 0;
}

export function distancePart(distanceSquaredKm: number, radiusKm: number): number {
  if (radiusKm <= 0) return 0;
  return Math.max(0, 1 - Math.sqrt(distanceSquaredKm) / radiusKm);
}

/** Share of the activity's slots the resident is free; neutral when either side gave none. */
export function availabilityPart(residentSlots: number, activitySlots: number, activitySlotCount: number): number {
  if (residentSlots === 0 || activitySlotCount === 0) return 0.5;
  return popcount32(residentSlots & activitySlots) / activitySlotCount;
}

export function socialPart(wantsNewContacts: boolean, a: { group: boolean; walkIn: boolean; free: boolean }): number {
  return (a.group ? (wantsNewContacts ? 0.5 : 0.2) : 0) + (a.walkIn ? 0.25 : 0) + (a.free ? 0.25 : 0);
}

/** Someone who needs company to go along: fine when companions are welcome or a social worker hands over. */
export function companionPart(curated: boolean, access: number): number {
  return (access & ACCESS_COMPANION_WELCOME) !== 0 ? 1 : curated ? 0.8 : 0;
}
