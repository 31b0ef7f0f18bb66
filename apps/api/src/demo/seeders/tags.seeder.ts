import { STANDARD_TAGS, TagsService } from '@buurtbrug/tags';
import type { DemoSeeder } from '../demo-seeder.js';

/** The standard taxonomy of interests and talents that profiles, posts and activities use. */
export const tagsSeeder: DemoSeeder = {
  name: 'tags',
  order: 20,
  async seed({ app }) {
    await app.get(TagsService).upsertMany(STANDARD_TAGS);
  },
};
