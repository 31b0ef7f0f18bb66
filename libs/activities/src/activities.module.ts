import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '@buurtbrug/organisations';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { ActivityCalendarController } from './activity-calendar.controller.js';
import { ActivityCalendarService } from './activity-calendar.service.js';
import { Activity } from './activity.entity.js';
import { ActivityLoaders } from './activity.loaders.js';
import { ActivityResolver } from './activity.resolver.js';
import { ActivitiesService } from './activity.service.js';
import { ActivityUpsertService } from './activity-upsert.service.js';
import { OccurrenceResolver } from './occurrence.resolver.js';
import { SignUp } from './sign-up.entity.js';
import { SignUpResolver } from './sign-up.resolver.js';
import { SignUpService } from './sign-up.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const ACTIVITIES_ENTITIES = [Activity, SignUp];

@Module({
  imports: [TypeOrmModule.forFeature(ACTIVITIES_ENTITIES), OrganisationsModule, WijkenModule, TagsModule],
  controllers: [ActivityCalendarController],
  providers: [
    ActivitiesService,
    ActivityUpsertService,
    SignUpService,
    ActivityCalendarService,
    ActivityLoaders,
    ActivityResolver,
    OccurrenceResolver,
    SignUpResolver,
  ],
  exports: [ActivitiesService, SignUpService],
})
export class ActivitiesModule {}
