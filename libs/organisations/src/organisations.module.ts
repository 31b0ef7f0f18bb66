import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@buurtbrug/auth';
import { WijkenModule } from '@buurtbrug/wijken';
import { Organisation } from './organisation.entity.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationsService } from './organisation.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const ORGANISATIONS_ENTITIES = [Organisation];

@Module({
  imports: [TypeOrmModule.forFeature(ORGANISATIONS_ENTITIES), AuthModule, WijkenModule],
  providers: [OrganisationsService, OrganisationResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
