import { DEG_TO_RAD, outcomeRate, type OutcomeStats, EMPTY_OUTCOME_STATS, planarDistanceSquaredKm, slotMask } from './match-features.js';
import { type MatchReason, Reasons, type TagLabels } from './match-reasons.js';
import { availabilityPart, distancePart } from './match-scorer.js';
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from './match-weights.js';
import { bitCount, commonBits, intersects, popcount32, type TagBits, TagIndex } from './tag-index.js';

/** An open offer or request, with what matching needs of its author's profile. */
export interface PostInput {
  id: string;
  authorId: string;
  kind: 'OFFER' | 'REQUEST';
  wijkCode: string;
  /** The author's wijk centroid. */
  lat: number;
  lon: number;
  tags: readonly string[];
  authorTravelRadiusKm: number;
  authorAvailability: readonly string[];
  authorLanguages: readonly string[];
}

export interface OfferRequestProposal {
  offerPostId: string;
  requestPostId: string;
  offerAuthorId: string;
  requestAuthorId: string;
  score: number;
  reasons: MatchReason[];
}

interface PostFeatures {
  input: PostInput;
  tags: TagBits;
  tagCount: number;
  cosLat: number;
  slots: number;
  lang: TagBits;
  outcome: number;
}

export interface OfferRequestOptions {
  tags: TagIndex;
  labels: TagLabels;
  weights?: MatchWeights;
  outcomes?: OutcomeStats;
  /** `offerId|requestId` pairs already proposed, or declined within the cool-down. */
  excludedPairs?: ReadonlySet<string>;
}

export function pairKey(offerPostId: string, requestPostId: string): string {
  return `${offerPostId}|${requestPostId}`;
}

/**
 * Offer ↔ request matching with the same machinery as activities: tag bitsets, wijk distance
 * and the week grid. Hard filters: different authors, at least one shared tag, a shared language,
 * within the travel radius of at least one of the two (either can make the trip). For each
 * request the best `topK` offers are proposed (diversified by author, so one helpful neighbour
 * does not take every slot).
 */
export function matchOffersToRequests(requests: readonly PostInput[], offers: readonly PostInput[], options: OfferRequestOptions): OfferRequestProposal[] {
  const w = options.weights ?? DEFAULT_MATCH_WEIGHTS;
  const outcomes = options.outcomes ?? EMPTY_OUTCOME_STATS;
  const languages = new TagIndex(['nl']);
  for (const post of [...requests, ...offers]) for (const l of post.authorLanguages) languages.add(l);
  const prepare = (input: PostInput): PostFeatures => {
    const tags = options.tags.encode(input.tags);
    let outcome = 0;
    for (const tag of input.tags) outcome += outcomeRate(outcomes.byTag.get(tag));
    return {
      input,
      tags,
      tagCount: bitCount(tags),
      cosLat: Math.cos(input.lat * DEG_TO_RAD),
      slots: slotMask(input.authorAvailability),
      lang: languages.encode(input.authorLanguages.length > 0 ? input.authorLanguages : ['nl']),
      outcome: input.tags.length > 0 ? outcome / input.tags.length : 0.5,
    };
  };
  const offerFeatures = offers.filter((o) => o.kind === 'OFFER').map(prepare);
  const excluded = options.excludedPairs ?? new Set<string>();
  const weightSum = w.interest + w.distance + w.availability + w.outcome;
  const result: OfferRequestProposal[] = [];
  for (const requestInput of requests) {
    if (requestInput.kind !== 'REQUEST') continue;
    const request = prepare(requestInput);
    const scored: { offer: PostFeatures; score: number; distanceKm: number; availability: number }[] = [];
    for (const offer of offerFeatures) {
      if (offer.input.authorId === requestInput.authorId) continue;
      if (excluded.has(pairKey(offer.input.id, requestInput.id))) continue;
      let shared = 0;
      for (let i = 0; i < request.tags.length; i++) shared += popcount32(request.tags[i] & offer.tags[i]);
      if (shared === 0) continue;
      if (!intersects(request.lang, offer.lang)) continue;
      const d2 = planarDistanceSquaredKm(requestInput.lat, requestInput.lon, request.cosLat, offer.input.lat, offer.input.lon);
      const reach = Math.max(requestInput.authorTravelRadiusKm, offer.input.authorTravelRadiusKm);
      if (d2 > reach * reach) continue;
      // How much of what is asked the offer covers counts most.
      const interest = 0.7 * Math.min(1, shared / Math.max(1, request.tagCount)) + 0.3 * Math.min(1, shared / Math.max(1, offer.tagCount));
      const availability = request.slots !== 0 && offer.slots !== 0 ? (popcount32(request.slots & offer.slots) > 0 ? 1 : 0) : 0.5;
      const score =
        (w.interest * interest + w.distance * distancePart(d2, reach) + w.availability * availabilityPart(request.slots, offer.slots, popcount32(offer.slots)) * 0.5 + w.availability * availability * 0.5 + w.outcome * 0.5 * (request.outcome + offer.outcome)) /
        weightSum;
      if (score < w.minScore) continue;
      scored.push({ offer, score, distanceKm: Math.sqrt(d2), availability });
    }
    scored.sort((a, b) => b.score - a.score || a.offer.input.id.localeCompare(b.offer.input.id));
    const authors = new Set<string>();
    let kept = 0;
    for (const candidate of scored) {
      if (kept >= w.topK) break;
      if (authors.has(candidate.offer.input.authorId)) continue;
      authors.add(candidate.offer.input.authorId);
      kept++;
      const reasons: MatchReason[] = [Reasons.sharedTopic(options.labels, commonBits(request.tags, candidate.offer.tags).map((b) => options.tags.keyOf(b)))];
      reasons.push(requestInput.wijkCode === candidate.offer.input.wijkCode ? Reasons.bothInWijk() : Reasons.bothNearby(candidate.distanceKm));
      const both = request.slots & candidate.offer.slots;
      if (both !== 0) reasons.push(Reasons.bothFree(31 - Math.clz32(both & -both)));
      result.push({
        offerPostId: candidate.offer.input.id,
        requestPostId: requestInput.id,
        offerAuthorId: candidate.offer.input.authorId,
        requestAuthorId: requestInput.authorId,
        score: candidate.score,
        reasons,
      });
    }
  }
  return result;
}
