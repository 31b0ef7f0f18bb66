import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@buurtbrug/auth';
import { PersonalDataRegistry, ResidentsModule } from '@buurtbrug/residents';
import { WijkenModule } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import { Signal } from './signal.entity.js';
import { SignalJobs } from './signal-jobs.service.js';
import { SignalNotifier } from './signal-notifier.js';
import { SignalResolver } from './signal.resolver.js';
import { SignalService } from './signal.service.js';
import { SignalThrottle } from './signal-throttle.js';

/** The tables this library owns (for the migration CLI's data source). */
export const SIGNALS_ENTITIES = [Signal];

@Module({
  imports: [TypeOrmModule.forFeature(SIGNALS_ENTITIES), AuthModule, WijkenModule, ResidentsModule],
  providers: [SignalThrottle, SignalNotifier, SignalService, SignalJobs, SignalResolver],
  exports: [SignalService],
})
export class SignalsModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * A resident's export lists the signals they filed: when and for which wijk. Not what they
   * wrote: that is about someone else, who has rights of their own.
   */
  onModuleInit(): void {
    this.personalData.register({
      section: 'signalsFiled',
      collect: async (userId: string) =>
        this.dataSource.query(`SELECT id, wijk_code, source, created_at FROM signal WHERE filed_by = $1 ORDER BY created_at`, [userId]),
    });
  }
}
