import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from './match-weights.js';

/** Matching's configuration: the scorer's weights and the lifecycle's clocks. */
export interface MatchingOptions {
  weights: MatchWeights;
  /** An offer nobody answered expires after this many days. */
  offerExpiryDays: number;
  /** A follow-up task ("Is het goed gegaan?") comes this many days after acceptance. */
  followUpDelayDays: number;
  /** Wijken whose centroids are this close count as neighbours for matching. */
  neighbourRadiusKm: number;
}

export const MATCHING_OPTIONS = Symbol('MATCHING_OPTIONS');

export const DEFAULT_MATCHING_OPTIONS: MatchingOptions = {
  weights: DEFAULT_MATCH_WEIGHTS,
  offerExpiryDays: 14,
  followUpDelayDays: 7,
  neighbourRadiusKm: 2.5,
};
