import { FoundationAccounts1764000000000 } from './1764000000000-foundation-accounts.js';
import { SearchOutbox1764000010000 } from './1764000010000-search-outbox.js';

/**
 * Every migration, in timestamp order. The schema comes only from these; `synchronize` is never
 * on. Each domain adds its own file and one line here.
 */
export const MIGRATIONS = [
  FoundationAccounts1764000000000,
  SearchOutbox1764000010000,
];
