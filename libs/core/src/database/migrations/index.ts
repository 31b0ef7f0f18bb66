import { FoundationAccounts1764000000000 } from './1764000000000-foundation-accounts.js';
import { SearchOutbox1764000010000 } from './1764000010000-search-outbox.js';
import { AuditLog1764000050000 } from './1764000050000-audit-log.js';
import { Wijken1764000100000 } from './1764000100000-wijken.js';
import { Tags1764000200000 } from './1764000200000-tags.js';
import { Organisations1764000300000 } from './1764000300000-organisations.js';
import { Residents1764000400000 } from './1764000400000-residents.js';
import { TalentsWantsPosts1764000500000 } from './1764000500000-talents-wants-posts.js';
import { Activities1764000600000 } from './1764000600000-activities.js';
import { Matching1764000700000 } from './1764000700000-matching.js';
import { SearchSync1764000800000 } from './1764000800000-search-sync.js';
import { Signals1764000900000 } from './1764000900000-signals.js';
import { HomeVisits1764000950000 } from './1764000950000-home-visits.js';
import { Measurements1764001100000 } from './1764001100000-measurements.js';
import { Buddies1764001000000 } from './1764001000000-buddies.js';
import { StandardTags1764001200000 } from './1764001200000-standard-tags.js';

/**
 * Every migration, in timestamp order. The schema comes only from these; `synchronize` is never
 * on. Each domain adds its own file and one line here.
 */
export const MIGRATIONS = [
  FoundationAccounts1764000000000,
  SearchOutbox1764000010000,
  AuditLog1764000050000,
  Wijken1764000100000,
  Tags1764000200000,
  Organisations1764000300000,
  Residents1764000400000,
  TalentsWantsPosts1764000500000,
  Activities1764000600000,
  Matching1764000700000,
  SearchSync1764000800000,
  Signals1764000900000,
  HomeVisits1764000950000,
  Buddies1764001000000,
  Measurements1764001100000,
  StandardTags1764001200000,
];
