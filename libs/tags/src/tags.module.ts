import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Tag } from './tag.entity.js';
import { TagResolver } from './tag.resolver.js';
import { TagsService } from './tags.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const TAGS_ENTITIES = [Tag];

@Module({
  imports: [TypeOrmModule.forFeature(TAGS_ENTITIES)],
  providers: [TagsService, TagResolver],
  exports: [TagsService],
})
export class TagsModule {}
