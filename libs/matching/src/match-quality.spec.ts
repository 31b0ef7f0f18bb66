import { MatchScorer } from './match-scorer.js';
import { resolveMatchWeights } from './match-weights.js';
import { TagIndex } from './tag-index.js';
import { buildSyntheticCity, seededRandom } from './testing/synthetic-city.js';

/**
 * Does the scorer find what people really like? A synthetic city with planted preferences:
 * residents' profiles and activities' tags are noisy observations of hidden truths. A proposal
 * is right when the activity's true topic is one of the resident's true interests.
 */
describe('match quality on a synthetic city', () => {
  it('reaches precision@5 of at least 0.8, far above random', () => {
    const city = buildSyntheticCity({ seed: 7, residents: 3_000, activities: 1_500, wijkGrid: 6 });
    const scorer = new MatchScorer({ tags: new TagIndex(city.tagSlugs), labels: city.labels });
    scorer.setActivities(city.activities);
    // The random baseline picks among everything the hard filters allow, interest aside.
    const open = new MatchScorer({ tags: new TagIndex(city.tagSlugs), labels: city.labels, weights: resolveMatchWeights({ requireTagOverlap: false }) });
    open.setActivities(city.activities);
    const random = seededRandom(99);

    let proposed = 0;
    let right = 0;
    let randomProposed = 0;
    let randomRight = 0;
    let residentsServed = 0;
    for (const input of city.residents) {
      const truth = city.trueInterests.get(input.id)!;
      const groups = scorer.activitiesIn(city.nearby.get(input.wijkCode)!);
      const top = scorer.rank(scorer.prepareResident(input), groups);
      if (top.length > 0) residentsServed++;
      for (const proposal of top) {
        proposed++;
        if (truth.has(city.trueTopic.get(proposal.activityId)!)) right++;
      }
      const r = open.prepareResident(input);
      const allowed = open.activitiesIn(city.nearby.get(input.wijkCode)!).flat().filter((a) => open.filter(r, a) === null);
      for (let i = 0; i < Math.min(5, allowed.length); i++) {
        const pick = allowed.splice(Math.floor(random() * allowed.length), 1)[0];
        randomProposed++;
        if (truth.has(city.trueTopic.get(pick.id)!)) randomRight++;
      }
    }
    const precision = right / proposed;
    const baseline = randomRight / randomProposed;
    console.log(
      `precision@5 = ${precision.toFixed(3)} over ${proposed} proposals to ${residentsServed}/${city.residents.length} residents; ` +
        `random baseline = ${baseline.toFixed(3)} over ${randomProposed}`,
    );
    expect(residentsServed / city.residents.length).toBeGreaterThan(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(baseline).toBeLessThan(0.5);
  });
});
