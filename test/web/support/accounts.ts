import { AuthService, Role } from '@buurtbrug/auth';
import type { TestApp } from '../../support/test-app.js';

export type Audience = 'anonymous' | 'resident' | 'socialWorker' | 'provider' | 'admin';

export interface TestAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  wijkCodes?: string[];
}

export const PASSWORD = 'een-goed-wachtwoord';

export const ACCOUNTS: Record<Exclude<Audience, 'anonymous'>, TestAccount> = {
  resident: { email: 'inwoner@web.test', password: PASSWORD, displayName: 'Fatima', role: Role.RESIDENT },
  socialWorker: { email: 'sociaalwerk@web.test', password: PASSWORD, displayName: 'Sanne', role: Role.SOCIAL_WORKER, wijkCodes: ['WK040201'] },
  provider: { email: 'aanbieder@web.test', password: PASSWORD, displayName: 'Pieter', role: Role.PROVIDER },
  admin: { email: 'beheer@web.test', password: PASSWORD, displayName: 'Ada', role: Role.ADMIN },
};

/** One account per role, created directly (registering through the UI is its own test). */
export async function createAccounts(t: TestApp, accounts: Partial<typeof ACCOUNTS> = ACCOUNTS): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const auth = t.app.get(AuthService);
  for (const [key, account] of Object.entries(accounts)) {
    const created = await auth.createAccount(account);
    ids[key] = created.id;
  }
  return ids;
}
