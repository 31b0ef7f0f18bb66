import { AuthService } from '@buurtbrug/auth';
import type { DemoSeeder } from '../demo-seeder.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo-accounts.js';

/** The demo accounts, one per role (README). Runs after organisations so the provider can join one. */
export const accountsSeeder: DemoSeeder = {
  name: 'accounts',
  order: 50,
  async seed({ app, shared }) {
    const auth = app.get(AuthService);
    for (const account of DEMO_ACCOUNTS) {
      const created = await auth.createAccount({
        ...account,
        wijkCodes: 'wijkCodes' in account ? [...account.wijkCodes] : [],
        organisationId: account.role === 'PROVIDER' ? ((shared.get('demoOrganisationId') as string | undefined) ?? null) : null,
        password: DEMO_PASSWORD,
      });
      shared.set(`account:${account.email}`, created.id);
    }
  },
};
