import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { buildTagLookup, TAGS_CHANGED, TagsService } from '@buurtbrug/tags';
import { WIJKEN_IMPORTED, WijkenService } from '@buurtbrug/wijken';
import type { ReferenceData } from './search-documents.js';

/** Reference data changes rarely; another instance's change reaches this one within this time. */
const TTL_MS = 30_000;

/** Reference data plus what a search needs to read its input: tag names to slugs. */
export interface SearchReference extends ReferenceData {
  tagLookup: ReadonlyMap<string, string>;
}

/**
 * Tag labels and wijk names and centroids, kept in memory: documents carry them, every search
 * labels its facets with them and resolves "near me" from them. Read through the tags and wijken
 * libraries' services; dropped when they announce a change.
 */
@Injectable()
export class SearchReferenceData {
  private cached?: { data: Promise<SearchReference>; at: number };

  constructor(
    private readonly tags: TagsService,
    private readonly wijken: WijkenService,
  ) {}

  get(): Promise<SearchReference> {
    if (!this.cached || Date.now() - this.cached.at > TTL_MS) {
      const data = this.load();
      this.cached = { data, at: Date.now() };
      data.catch(() => (this.cached = undefined));
    }
    return this.cached.data;
  }

  @OnEvent(TAGS_CHANGED)
  @OnEvent(WIJKEN_IMPORTED)
  invalidate(): void {
    this.cached = undefined;
  }

  private async load(): Promise<SearchReference> {
    const [tags, wijken] = await Promise.all([this.tags.all(), this.wijken.all()]);
    return {
      tagLabels: new Map(tags.map((tag) => [tag.slug, { nl: tag.labelNl, en: tag.labelEn }])),
      tagLookup: buildTagLookup(tags),
      wijken: new Map(wijken.map((wijk) => [wijk.code, { name: wijk.name, lat: wijk.lat, lon: wijk.lon }])),
    };
  }
}
