import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResidentsModule } from '@buurtbrug/residents';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { Post } from './post.entity.js';
import { PostAuthors } from './post-authors.js';
import { PostErasureListener } from './post-erasure.listener.js';
import { PostExpiryService } from './post-expiry.service.js';
import { PostPersonalDataContributor } from './post-personal-data.contributor.js';
import { PostResolver } from './post.resolver.js';
import { PostService } from './post.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const TALENTS_WANTS_ENTITIES = [Post];

@Module({
  imports: [TypeOrmModule.forFeature(TALENTS_WANTS_ENTITIES), WijkenModule, TagsModule, ResidentsModule],
  providers: [PostService, PostExpiryService, PostAuthors, PostErasureListener, PostPersonalDataContributor, PostResolver],
  exports: [PostService, PostExpiryService],
})
export class TalentsWantsModule {}
