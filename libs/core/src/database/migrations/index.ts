import { FoundationAccounts1764000000000 } from './1764000000000-foundation-accounts.js';

/** Every migration, in order. The schema comes only from these; `synchronize` is never on. */
export const MIGRATIONS = [FoundationAccounts1764000000000];
