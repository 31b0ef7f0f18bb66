import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataRegistry, ResidentsModule } from '@buurtbrug/residents';
import { WijkenModule } from '@buurtbrug/wijken';
import { Measurement } from './measurement.entity.js';
import { MeasurementResolver } from './measurement.resolver.js';
import { MeasurementService } from './measurement.service.js';
import { WijkStatsController } from './wijk-stats.controller.js';
import { WijkStatsResolver } from './wijk-stats.resolver.js';
import { WijkStatsService } from './wijk-stats.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const MONITORING_ENTITIES = [Measurement];

@Module({
  imports: [TypeOrmModule.forFeature(MONITORING_ENTITIES), ResidentsModule, WijkenModule],
  controllers: [WijkStatsController],
  providers: [MeasurementService, WijkStatsService, MeasurementResolver, WijkStatsResolver],
  exports: [MeasurementService, WijkStatsService],
})
export class MonitoringModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    private readonly measurements: MeasurementService,
  ) {}

  /**
   * A resident's export includes their questionnaires (AVG right of access). Erasure needs no
   * listener: the rows reference the account ON DELETE CASCADE, so they go in the residents
   * library's erasure transaction.
   */
  onModuleInit(): void {
    this.personalData.register({ section: 'measurements', collect: (userId: string) => this.measurements.exportFor(userId) });
  }
}
