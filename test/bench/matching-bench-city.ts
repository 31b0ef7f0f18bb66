import { MatchScorer } from '../../libs/matching/src/match-scorer.js';
import { TagIndex } from '../../libs/matching/src/tag-index.js';
import { buildSyntheticCity, type SyntheticCity, type SyntheticCityOptions } from '../../libs/matching/src/testing/synthetic-city.js';

/** The benchmark's city: 100k residents, 5k activities, 100 wijken. Workers rebuild it from the same seed. */
export const BENCH_CITY: Partial<SyntheticCityOptions> = {
  seed: 2026,
  residents: 100_000,
  activities: 5_000,
  wijkGrid: 10,
  wijkSpacingKm: 1.15,
  tags: 60,
  organisations: 400,
};

export interface PreparedCity {
  city: SyntheticCity;
  scorer: MatchScorer;
}

export function prepareCity(options: Partial<SyntheticCityOptions> = BENCH_CITY): PreparedCity {
  const city = buildSyntheticCity(options);
  const scorer = new MatchScorer({ tags: new TagIndex(city.tagSlugs), labels: city.labels });
  scorer.setActivities(city.activities);
  return { city, scorer };
}
