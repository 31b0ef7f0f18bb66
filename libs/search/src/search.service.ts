import { Injectable } from '@nestjs/common';
import { type Principal, Role } from '@buurtbrug/auth';
import { encodeCursor, decodeCursor, CoreError, CoreErrorCode, type FieldError } from '@buurtbrug/core';
import { ResidentProfileService } from '@buurtbrug/residents';
import { resolveTags } from '@buurtbrug/tags';
import { DEFAULT_NEIGHBOUR_RADIUS_KM, haversineKm, neighboursWithin } from '@buurtbrug/wijken';
import { Meilisearch, type MultiSearchParams, type MultiSearchResult } from 'meilisearch';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, type SearchDocument } from './search-documents.js';
import { asSearchError, isIndexNotFound } from './search-client-errors.js';
import { SearchIndexManager } from './search-index.manager.js';
import { compareHits, type IndexQuery, planSearch, type ResolvedSearch } from './search-query.js';
import { type SearchReference, SearchReferenceData } from './search-reference.service.js';
import { SEARCH_TYPE_LABELS, SearchSort, SearchType } from './search.enums.js';
import { SearchError, SearchErrorCode } from './search.errors.js';
import type { SearchInput } from './dto/search.input.js';

/** Meilisearch's pagination.maxTotalHits (search-indexes.ts): no page reaches past it. */
export const MAX_SEARCH_OFFSET = 1000;
const SNIPPET_WORDS = 24;
/**
 * What a hit needs (see SearchHitModel.from). Meilisearch copies every retrieved attribute into
 * `_formatted` as well, so asking for less keeps answers small; the description comes only as
 * the cropped, highlighted snippet. `_geo` must be there for Meilisearch to give `_geoDistance`.
 */
const HIT_ATTRIBUTES = [
  'id', 'type', 'title', 'wijkCode', 'wijkName', 'tags', 'nextStartsAt', 'nextEndsAt', 'dates', 'recurring', 'free', 'walkIn',
  'accessibility', 'audience', 'locationName', 'organisationId', 'organisationName', 'kind', '_geo',
];

export type SearchHitDocument = SearchDocument & { _formatted?: Record<string, unknown>; _geoDistance?: number; _rankingScore?: number };

export interface FacetCount {
  value: string;
  label: string;
  labelEn: string;
  count: number;
}

export interface SearchOutcome {
  hits: SearchHitDocument[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
  facets: { wijken: FacetCount[]; tags: FacetCount[]; types: FacetCount[] };
}

const ALL_TYPES = [SearchType.ACTIVITY, SearchType.ORGANISATION, SearchType.POST];

/**
 * The `search` query: one text box over upcoming activities, approved organisations and open
 * posts, with filters, "near me", facet counts and highlighted snippets. Searches run here, on
 * the server, with the server's key: no Meilisearch key ever reaches a browser.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly meili: Meilisearch,
    private readonly indexes: SearchIndexManager,
    private readonly reference: SearchReferenceData,
    private readonly profiles: ResidentProfileService,
  ) {}

  async search(principal: Principal | undefined, input: SearchInput, page: { first: number; after?: string }): Promise<SearchOutcome> {
    const offset = this.offsetOf(page.after);
    const reference = await this.reference.get();
    const resolved = await this.resolve(principal, input, reference);
    const queries = planSearch(resolved);
    const empty: SearchOutcome = { hits: [], endCursor: null, hasNextPage: false, totalCount: 0, facets: { wijken: [], tags: [], types: [] } };
    if (queries.length === 0 || offset >= MAX_SEARCH_OFFSET) return empty;
    const limit = Math.min(offset + page.first + 1, MAX_SEARCH_OFFSET);
    const request: MultiSearchParams = {
      queries: queries.map((query) => ({
        indexUid: this.indexes.indexName(query.kind),
        q: resolved.text,
        filter: query.filter,
        sort: query.sort,
        facets: query.facets,
        limit,
        offset: 0,
        attributesToRetrieve: HIT_ATTRIBUTES,
        attributesToHighlight: ['title', 'description'],
        attributesToCrop: ['description'],
        cropLength: SNIPPET_WORDS,
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
        showRankingScore: true,
      })),
    };
    const { results } = await this.multiSearch(request);

    const merged = results.flatMap((result) => result.hits as unknown as SearchHitDocument[]);
    merged.sort(compareHits(resolved.sort) as (a: SearchHitDocument, b: SearchHitDocument) => number);
    const hits = merged.slice(offset, offset + page.first);
    const end = offset + hits.length;
    // The type facet counts every candidate; estimatedTotalHits stops at maxTotalHits.
    const totalCount = results.reduce((sum, result) => sum + Object.values(result.facetDistribution?.type ?? {}).reduce((a, b) => a + b, 0), 0);
    return {
      hits,
      endCursor: hits.length > 0 ? encodeCursor([end]) : null,
      hasNextPage: merged.length > end && end < MAX_SEARCH_OFFSET,
      totalCount,
      facets: this.facets(results, queries, reference),
    };
  }

  /** Runs the searches; a missing index (nothing drained yet) is created once and the search retried. */
  private async multiSearch(request: MultiSearchParams): Promise<{ results: MultiSearchResult<Record<string, unknown>>[] }> {
    try {
      return await this.meili.multiSearch(request);
    } catch (error) {
      if (!isIndexNotFound(error)) throw asSearchError(error);
    }
    try {
      await this.indexes.ensureReady(true);
      return await this.meili.multiSearch(request);
    } catch (error) {
      throw asSearchError(error);
    }
  }

  private offsetOf(after: string | undefined): number {
    if (!after) return 0;
    const [offset] = decodeCursor(after);
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
      throw new CoreError(CoreErrorCode.INVALID_CURSOR, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
    }
    return offset;
  }

  /** Reads the input against the reference data and the caller: tag slugs, a point, the posts they may see. */
  private async resolve(principal: Principal | undefined, input: SearchInput, reference: SearchReference): Promise<ResolvedSearch> {
    const errors: FieldError[] = [];
    let tags: string[] | undefined;
    if (input.tags?.length) {
      const { slugs, unknown } = resolveTags(reference.tagLookup, input.tags);
      if (unknown.length > 0) errors.push({ field: 'tags', message: `unknown tag ${unknown.map((t) => `"${t}"`).join(', ')}` });
      tags = slugs;
    }
    if (input.from && input.to && input.to.getTime() <= input.from.getTime()) errors.push({ field: 'to', message: 'to must be after from' });
    if (input.wijkCodes?.length) {
      const unknown = input.wijkCodes.filter((code) => !reference.wijken.has(code));
      if (unknown.length > 0) errors.push({ field: 'wijkCodes', message: `unknown wijk ${unknown.join(', ')}` });
    }
    const types = input.types?.length ? [...new Set(input.types)] : ALL_TYPES;
    const ownWijk = input.near || types.includes(SearchType.POST) ? await this.ownWijk(principal) : null;
    let near: ResolvedSearch['near'];
    if (input.near) {
      const resolvedNear = this.resolveNear(input.near, ownWijk, reference, errors);
      if (resolvedNear) near = resolvedNear;
    } else if (input.sort === SearchSort.DISTANCE) {
      errors.push({ field: 'near', message: 'sorting by distance needs near (a wijk, a point, or {} for your own wijk)' });
    }
    if (errors.length > 0) {
      throw new SearchError(SearchErrorCode.INVALID_SEARCH, `Invalid search: ${[...new Set(errors.map((e) => e.field))].join(', ')}`, errors);
    }
    return {
      text: input.text?.trim() ?? '',
      types,
      wijkCodes: input.wijkCodes,
      tags,
      from: input.from,
      to: input.to,
      audience: input.audience,
      accessibility: input.accessibility,
      free: input.free,
      walkIn: input.walkIn,
      organisationKinds: input.organisationKinds,
      postKinds: input.postKinds,
      near,
      sort: input.sort ?? SearchSort.RELEVANCE,
      postScope: types.includes(SearchType.POST) ? this.postScope(principal, ownWijk, reference) : [],
      now: new Date(),
    };
  }

  private resolveNear(near: NonNullable<SearchInput['near']>, ownWijk: string | null, reference: SearchReference, errors: FieldError[]) {
    let point: { lat: number; lon: number } | undefined;
    let centre: string | undefined;
    if (near.wijkCode) {
      const wijk = reference.wijken.get(near.wijkCode);
      if (!wijk) errors.push({ field: 'near.wijkCode', message: `unknown wijk ${near.wijkCode}` });
      else {
        point = { lat: wijk.lat, lon: wijk.lon };
        centre = near.wijkCode;
      }
    } else if (near.latitude != null || near.longitude != null) {
      if (near.latitude == null || near.longitude == null) errors.push({ field: 'near', message: 'give both latitude and longitude' });
      else point = { lat: near.latitude, lon: near.longitude };
    } else if (ownWijk && reference.wijken.has(ownWijk)) {
      const wijk = reference.wijken.get(ownWijk)!;
      point = { lat: wijk.lat, lon: wijk.lon };
      centre = ownWijk;
    } else {
      errors.push({ field: 'near', message: 'give a wijkCode or a point (only residents with a profile can leave both out)' });
    }
    if (!point) return undefined;
    const radiusKm = near.radiusKm ?? 3;
    const within = [...reference.wijken.entries()]
      .filter(([code, w]) => code === centre || haversineKm(point.lat, point.lon, w.lat, w.lon) <= radiusKm)
      .map(([code]) => code);
    return { lat: point.lat, lon: point.lon, radiusMeters: radiusKm * 1000, wijkCodes: within };
  }

  /** The wijk in a resident's profile (null for anyone else). */
  private async ownWijk(principal: Principal | undefined): Promise<string | null> {
    if (principal?.kind !== 'user' || principal.role !== Role.RESIDENT) return null;
    return (await this.profiles.find(principal.userId))?.wijkCode ?? null;
  }

  /**
   * Offers and requests are for the neighbourhood: residents find open posts of their own and the
   * neighbouring wijken, social workers those of their wijken and neighbours (the posts board's
   * rule). Search gives no one more: the public, providers, tokens and admins (who see
   * aggregates, not residents' posts) find none.
   */
  private postScope(principal: Principal | undefined, ownWijk: string | null, reference: SearchReference): 'all' | string[] {
    if (principal?.kind !== 'user') return [];
    const homes = principal.role === Role.RESIDENT ? (ownWijk ? [ownWijk] : []) : principal.role === Role.SOCIAL_WORKER ? principal.wijkCodes : [];
    const all = [...reference.wijken.entries()].map(([code, w]) => ({ code, lat: w.lat, lon: w.lon }));
    const scope = new Set<string>();
    for (const home of homes) {
      const origin = all.find((w) => w.code === home);
      if (!origin) continue;
      scope.add(home);
      for (const code of neighboursWithin(origin, all, DEFAULT_NEIGHBOUR_RADIUS_KM)) scope.add(code);
    }
    return [...scope];
  }

  private facets(results: MultiSearchResult<Record<string, unknown>>[], queries: IndexQuery[], reference: SearchReference): SearchOutcome['facets'] {
    const sum = (attribute: string) => {
      const counts = new Map<string, number>();
      results.forEach((result, i) => {
        let distribution = result.facetDistribution?.[attribute] ?? {};
        // Not asked for: all of this kind's hits are in that one wijk.
        const onlyWijk = queries[i].onlyWijk;
        if (attribute === 'wijkCode' && onlyWijk) {
          const hits = Object.values(result.facetDistribution?.type ?? {}).reduce((a, b) => a + b, 0);
          distribution = hits > 0 ? { [onlyWijk]: hits } : {};
        }
        for (const [value, count] of Object.entries(distribution)) counts.set(value, (counts.get(value) ?? 0) + count);
      });
      return counts;
    };
    const toList = (counts: Map<string, number>, label: (value: string) => { nl: string; en: string }): FacetCount[] =>
      [...counts.entries()]
        .map(([value, count]) => ({ value, count, label: label(value).nl, labelEn: label(value).en }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
    return {
      wijken: toList(sum('wijkCode'), (code) => {
        const name = reference.wijken.get(code)?.name ?? code;
        return { nl: name, en: name };
      }),
      tags: toList(sum('tags'), (slug) => reference.tagLabels.get(slug) ?? { nl: slug, en: slug }),
      types: toList(sum('type'), (type) => SEARCH_TYPE_LABELS[type as SearchType] ?? { nl: type, en: type }),
    };
  }
}


