import { Module } from '@nestjs/common';
import { ResidentsModule } from '@buurtbrug/residents';
import { TagsModule } from '@buurtbrug/tags';
import { WijkenModule } from '@buurtbrug/wijken';
import { SearchDocumentSource } from './search-source.service.js';
import { SearchIndexManager } from './search-index.manager.js';
import { SearchReferenceData } from './search-reference.service.js';
import { SearchReindexService } from './search-reindex.service.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';
import { SearchSyncService } from './search-sync.service.js';
import { SearchSyncTriggers } from './search-sync.triggers.js';

/** Search owns no tables: its documents are read models of activities, organisations and posts. */
export const SEARCH_ENTITIES = [];

@Module({
  imports: [TagsModule, WijkenModule, ResidentsModule],
  providers: [
    SearchReferenceData,
    SearchDocumentSource,
    SearchIndexManager,
    SearchSyncService,
    SearchSyncTriggers,
    SearchReindexService,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchService, SearchReindexService, SearchSyncService, SearchIndexManager],
})
export class SearchModule {}
