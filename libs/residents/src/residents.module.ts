import { AuthModule } from '@buurtbrug/auth';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { AuditLogResolver } from './audit-log.resolver.js';
import { OnBehalfIntakeResolver } from './on-behalf-intake.resolver.js';
import { OnBehalfIntakeService } from './on-behalf-intake.service.js';
import { PersonalDataRegistry } from './personal-data.registry.js';
import { PersonalDataResolver } from './personal-data.resolver.js';
import { PersonalDataService } from './personal-data.service.js';
import { ResidentConsent } from './resident-consent.entity.js';
import { ResidentDirectoryResolver } from './resident-directory.resolver.js';
import { ResidentDirectoryService } from './resident-directory.service.js';
import { ResidentProfile } from './resident-profile.entity.js';
import { ResidentProfileResolver } from './resident-profile.resolver.js';
import { ResidentProfileService } from './resident-profile.service.js';
import { HomeVisit } from './home-visit.entity.js';
import { HomeVisitResolver } from './home-visit.resolver.js';
import { HomeVisitService } from './home-visit.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const RESIDENTS_ENTITIES = [ResidentProfile, ResidentConsent, HomeVisit];

@Module({
  imports: [TypeOrmModule.forFeature(RESIDENTS_ENTITIES), AuthModule, WijkenModule, TagsModule],
  providers: [
    ResidentProfileService,
    OnBehalfIntakeService,
    ResidentDirectoryService,
    PersonalDataService,
    PersonalDataRegistry,
    ResidentProfileResolver,
    OnBehalfIntakeResolver,
    ResidentDirectoryResolver,
    PersonalDataResolver,
    AuditLogResolver,
    HomeVisitService,
    HomeVisitResolver,
  ],
  exports: [ResidentProfileService, PersonalDataRegistry],
})
export class ResidentsModule {}
