import type { DemoSeeder } from '../demo-seeder.js';
import { accountsSeeder } from './accounts.seeder.js';

/** Every domain's demo seeder; DemoSeedService runs them by `order`. Add yours here. */
export const DEMO_SEEDERS: DemoSeeder[] = [accountsSeeder];
