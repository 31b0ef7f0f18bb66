import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '@buurtbrug/organisations';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { ActivityCalendarController } from './activity-calendar.controller.js';
import { ActivityCalendarService } from './activity-calendar.service.js';
import { Activity } from './activity.entity.js';
import { ActivityLoaders } from './activity.loaders.js';
import { ActivityPageReader } from './activity-page.reader.js';
import { ActivityResolver } from './activity.resolver.js';
import { ActivitiesService } from './activity.service.js';
import { ActivityUpsertService } from './activity-upsert.service.js';
import { OccurrenceResolver } from './occurrence.resolver.js';
import { PublicPageCacheMiddleware } from './public-page-cache.middleware.js';
import { PublicPageCachePlugin } from './public-page-cache.plugin.js';
import { PublicPageCache } from './public-page-cache.service.js';
import { SignUp } from './sign-up.entity.js';
import { SignUpListResolver } from './sign-up-list.resolver.js';
import { SignUpListService } from './sign-up-list.service.js';
import { SignUpResolver } from './sign-up.resolver.js';
import { SignUpService } from './sign-up.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const ACTIVITIES_ENTITIES = [Activity, SignUp];

@Module({
  imports: [TypeOrmModule.forFeature(ACTIVITIES_ENTITIES), OrganisationsModule, WijkenModule, TagsModule],
  controllers: [ActivityCalendarController],
  providers: [
    ActivitiesService,
    ActivityPageReader,
    ActivityUpsertService,
    SignUpService,
    ActivityCalendarService,
    ActivityLoaders,
    ActivityResolver,
    OccurrenceResolver,
    SignUpResolver,
    SignUpListService,
    SignUpListResolver,
    PublicPageCache,
    PublicPageCachePlugin,
  ],
  exports: [ActivitiesService, SignUpService],
})
export class ActivitiesModule implements NestModule {
  /** Anonymous public pages (the wijkagenda) are answered from the cache before GraphQL runs. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicPageCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
