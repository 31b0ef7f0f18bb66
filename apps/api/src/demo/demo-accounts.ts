import { Role } from '@buurtbrug/auth';

/** Development only: one account per role, documented in the README. */
export const DEMO_PASSWORD = 'welkom-in-de-buurt';

export const DEMO_ACCOUNTS = [
  { email: 'admin@buurtbrug.demo', displayName: 'Beheer Buurtbrug', role: Role.ADMIN },
  { email: 'sociaalwerker@buurtbrug.demo', displayName: 'Fatima (sociaal werk)', role: Role.SOCIAL_WORKER, wijkCodes: ['WK040201', 'WK040202'] },
  { email: 'aanbieder@buurtbrug.demo', displayName: 'Kees (Bibliotheek)', role: Role.PROVIDER },
  { email: 'inwoner@buurtbrug.demo', displayName: 'Anna', role: Role.RESIDENT },
] as const;
