import { AppConfig, ConfigError } from '@buurtbrug/core';
import type { FactoryProvider } from '@nestjs/common';
import { DEFAULT_MATCH_WEIGHTS, matchWeightErrors, type MatchWeights } from './match-weights.js';

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

/** The defaults with MATCH_WEIGHTS laid over them; a bad field stops the boot with one line naming it. */
export function matchingOptionsFrom(config: Pick<AppConfig, 'MATCH_WEIGHTS'>): MatchingOptions {
  if (!config.MATCH_WEIGHTS) return DEFAULT_MATCHING_OPTIONS;
  const given = JSON.parse(config.MATCH_WEIGHTS) as unknown;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new ConfigError('Invalid configuration: MATCH_WEIGHTS must be a JSON object such as {"distance":0.3}');
  }
  const weights = { ...DEFAULT_MATCH_WEIGHTS, ...(given as Partial<MatchWeights>) };
  const errors = matchWeightErrors(weights);
  if (errors.length > 0) throw new ConfigError(`Invalid configuration: MATCH_WEIGHTS: ${errors.join('; ')}`);
  return { ...DEFAULT_MATCHING_OPTIONS, weights };
}

export const matchingOptionsProvider: FactoryProvider<MatchingOptions> = {
  provide: MATCHING_OPTIONS,
  inject: [AppConfig],
  useFactory: matchingOptionsFrom,
};
