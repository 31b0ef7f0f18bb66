import { ConfigError, loadAppConfig } from '@buurtbrug/core';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights.js';
import { DEFAULT_MATCHING_OPTIONS, matchingOptionsFrom } from './matching.options.js';

describe('matching weights from MATCH_WEIGHTS', () => {
  it('uses the defaults when nothing is set', () => {
    expect(matchingOptionsFrom(loadAppConfig({}))).toBe(DEFAULT_MATCHING_OPTIONS);
  });

  it('lays the given fields over the defaults', () => {
    const options = matchingOptionsFrom(loadAppConfig({ MATCH_WEIGHTS: '{"distance":0.3,"topK":3}' }));
    expect(options.weights).toEqual({ ...DEFAULT_MATCH_WEIGHTS, distance: 0.3, topK: 3 });
    expect(options.offerExpiryDays).toBe(DEFAULT_MATCHING_OPTIONS.offerExpiryDays);
  });

  it('stops the boot with one line naming the variable and the field', () => {
    expect(() => loadAppConfig({ MATCH_WEIGHTS: '{distance: 0.3' })).toThrow(/MATCH_WEIGHTS/);
    expect(() => matchingOptionsFrom(loadAppConfig({ MATCH_WEIGHTS: '[1,2]' }))).toThrow(ConfigError);
    expect(() => matchingOptionsFrom(loadAppConfig({ MATCH_WEIGHTS: '{"distanse":0.3}' }))).toThrow(/MATCH_WEIGHTS: distanse: unknown weight/);
    expect(() => matchingOptionsFrom(loadAppConfig({ MATCH_WEIGHTS: '{"topK":0}' }))).toThrow(/MATCH_WEIGHTS: topK/);
  });
});
