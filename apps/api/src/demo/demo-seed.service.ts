import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuthService, UserAccount } from '@buurtbrug/auth';
import { AppConfig } from '@buurtbrug/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/** Seeds the demo on the first start of a development instance (DEMO_DATA, refused in production). */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const seeded = await this.dataSource.getRepository(UserAccount).existsBy({ email: DEMO_ACCOUNTS[0].email });
    if (seeded) return;
    this.logger.log('First start: seeding demo data');
    for (const account of DEMO_ACCOUNTS) {
      await this.auth.createAccount({
        ...account,
        wijkCodes: 'wijkCodes' in account ? [...account.wijkCodes] : [],
        password: DEMO_PASSWORD,
      });
    }
  }
}
