import { Injectable, Logger, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@buurtbrug/core';
import { DataSource } from 'typeorm';
import { seededRandom } from './demo-seeder.js';
import { DEMO_SEEDERS } from './seeders/index.js';

/**
 * Seeds the demo city on the first start of a development instance (DEMO_DATA; refused in
 * production). "First" is recorded in the database, so a half-finished seed is not repeated on
 * top of itself: the marker is written only after every seeder succeeded.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    await this.dataSource.query(`CREATE TABLE IF NOT EXISTS demo_seed (seeded_at timestamptz NOT NULL DEFAULT now())`);
    const [{ count }] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM demo_seed`)) as { count: number }[];
    if (count > 0) return;
    this.logger.log('First start: seeding the demo city');
    const app = { get: <T>(type: Type<T>): T => this.moduleRef.get(type, { strict: false }) };
    const context = { app, random: seededRandom(402), shared: new Map<string, unknown>() };
    for (const seeder of [...DEMO_SEEDERS].sort((a, b) => a.order - b.order)) {
      const started = Date.now();
      await seeder.seed(context);
      this.logger.log(`demo: ${seeder.name} seeded in ${Date.now() - started} ms`);
    }
    await this.dataSource.query(`INSERT INTO demo_seed DEFAULT VALUES`);
  }
}
