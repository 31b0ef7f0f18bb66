import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Buurt } from './buurt.entity.js';
import { WijkImportService } from './wijk-import.service.js';
import { WijkPostcode } from './wijk-postcode.entity.js';
import { Wijk } from './wijk.entity.js';
import { WijkResolver } from './wijk.resolver.js';
import { WijkenService } from './wijken.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const WIJKEN_ENTITIES = [Wijk, Buurt, WijkPostcode];

@Module({
  imports: [TypeOrmModule.forFeature(WIJKEN_ENTITIES)],
  providers: [WijkenService, WijkImportService, WijkResolver],
  exports: [WijkenService, WijkImportService],
})
export class WijkenModule {}
