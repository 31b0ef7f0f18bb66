import { AudienceAgeBand } from '@buurtbrug/activities';
import { AgeBand } from '@buurtbrug/residents';
import { ageMask, AUDIENCE_ALL, audienceMask } from './match-features.js';

/**
 * Residents' AgeBand and activities' AudienceAgeBand are two GraphQL enums on purpose (an activity
 * can be for under-18s or for everyone; a resident is an adult with one band). The scorer bridges
 * them by name, so a band added to either enum must be known here, or it would silently never match.
 */
describe('age bands as the scorer sees them', () => {
  const audienceBands = Object.values(AudienceAgeBand).filter((band) => band !== AudienceAgeBand.ALL);

  it('gives every audience band of an activity its own bit, and ALL every bit', () => {
    const bits = audienceBands.map((band) => audienceMask([band]));
    expect(bits.every((bit) => bit > 0 && (bit & (bit - 1)) === 0)).toBe(true);
    expect(new Set(bits).size).toBe(audienceBands.length);
    expect(bits.reduce((all, bit) => all | bit, 0)).toBe(AUDIENCE_ALL);
    expect(audienceMask([AudienceAgeBand.ALL])).toBe(AUDIENCE_ALL);
  });

  it('maps every resident band onto exactly one audience band', () => {
    for (const band of Object.values(AgeBand)) {
      const bit = ageMask(band);
      expect(audienceBands.filter((audience) => audienceMask([audience]) === bit)).toHaveLength(1);
    }
    // The bands both enums have carry the same name.
    const shared = Object.values(AgeBand).filter((band) => band !== AgeBand.UNDER_30);
    expect(shared.every((band) => ageMask(band) === audienceMask([band]))).toBe(true);
    expect(ageMask(AgeBand.UNDER_30)).toBe(audienceMask([AudienceAgeBand.AGE_18_TO_29]));
  });
});
