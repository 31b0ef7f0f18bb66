import { MatchingService } from '@buurtbrug/matching';
import type { DemoSeeder } from '../demo-seeder.js';

/**
 * Runs the nightly matching once over the demo city, so the demo resident finds proposals (and
 * the demo social worker a curation queue) on the first start instead of the next night.
 */
export const matchingSeeder: DemoSeeder = {
  name: 'matching',
  order: 90,
  async seed({ app }) {
    const matching = app.get(MatchingService);
    for (const wijkCode of await matching.wijkenToMatch()) await matching.rematchWijk(wijkCode);
  },
};
