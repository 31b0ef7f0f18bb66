import type { DemoSeeder } from '../demo-seeder.js';
import { activitiesSeeder } from './activities.seeder.js';
import { accountsSeeder } from './accounts.seeder.js';
import { buddiesSeeder } from './buddies.seeder.js';
import { matchingSeeder } from './matching.seeder.js';
import { measurementsSeeder } from './measurements.seeder.js';
import { organisationsSeeder } from './organisations.seeder.js';
import { postsSeeder } from './posts.seeder.js';
import { residentsSeeder } from './residents.seeder.js';
import { signalsSeeder } from './signals.seeder.js';
import { wijkenSeeder } from './wijken.seeder.js';

/**
 * Every domain's demo seeder; DemoSeedService runs them by `order`. Add yours here. Tags are not
 * seeded here: every database gets the standard taxonomy from a migration (StandardTags1764001200000).
 */
export const DEMO_SEEDERS: DemoSeeder[] = [accountsSeeder, residentsSeeder, wijkenSeeder, organisationsSeeder, activitiesSeeder, postsSeeder, matchingSeeder, buddiesSeeder, signalsSeeder, measurementsSeeder];
