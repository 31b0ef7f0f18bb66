import type { SearchableKind } from '@buurtbrug/core';
import { FACETS } from './search-indexes.js';
import { SearchSort, SearchType } from './search.enums.js';

const KIND_OF: Record<SearchType, SearchableKind> = {
  [SearchType.ACTIVITY]: 'activity',
  [SearchType.ORGANISATION]: 'organisation',
  [SearchType.POST]: 'post',
};

/** A search with its input resolved: tag slugs, a point for "near", who may see which posts. */
export interface ResolvedSearch {
  text: string;
  types: SearchType[];
  wijkCodes?: string[];
  tags?: string[];
  from?: Date;
  to?: Date;
  audience?: string[];
  accessibility?: string[];
  free?: boolean;
  walkIn?: boolean;
  organisationKinds?: string[];
  postKinds?: string[];
  /** The point and radius, and the wijken whose centre lies within it (for organisations, which have no single place). */
  near?: { lat: number; lon: number; radiusMeters: number; wijkCodes: string[] };
  sort: SearchSort;
  /** Posts the caller may find: every wijk, or those wijken (none: no posts at all). */
  postScope: 'all' | string[];
  now: Date;
}

/** One index's part of a search. */
export interface IndexQuery {
  kind: SearchableKind;
  /** Conditions that all apply (Meilisearch filter syntax). */
  filter: string[];
  sort?: string[];
  facets: string[];
  /**
   * Set when every hit of this kind is in this one wijk: its wijk count is then the type count,
   * and Meilisearch is spared the wijk facet (each facet costs time over every candidate).
   */
  onlyWijk?: string;
}

const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;
const has = <T>(values: readonly T[] | undefined): values is readonly T[] => values !== undefined && values.length > 0;

/**
 * Turns a search into a query per index. A condition that only some kinds have (a date, a tag,
 * an organisation kind) leaves out the kinds without it, instead of ignoring it; so does "only
 * what you may see" for posts. Activities are always upcoming; posts always still open.
 */
export function planSearch(search: ResolvedSearch): IndexQuery[] {
  const activityOnly = search.from || search.to || has(search.audience) || has(search.accessibility) || search.free != null || search.walkIn != null;
  const queries: IndexQuery[] = [];
  const near = search.near;
  const geoRadius = near ? `_geoRadius(${near.lat}, ${near.lon}, ${Math.round(near.radiusMeters)})` : undefined;
  const geoSort = near ? [`_geoPoint(${near.lat}, ${near.lon}):asc`] : undefined;
  const wijken = has(search.wijkCodes) ? `wijkCode IN ${list(search.wijkCodes)}` : undefined;
  const tags = has(search.tags) ? `tags IN ${list(search.tags)}` : undefined;
  const now = search.now.getTime();

  for (const type of search.types) {
    const kind = KIND_OF[type];
    const filter: string[] = [];
    let sort: string[] | undefined;
    if (kind === 'activity') {
      if (has(search.organisationKinds) || has(search.postKinds)) continue;
      const lower = Math.max(search.from?.getTime() ?? now, now);
      if (search.to) {
        const upper = search.to.getTime() - 1;
        if (upper < lower) continue;
        // TO is one range lookup, so it holds for arrays: some date lies in [lower, upper].
        filter.push(`dates ${lower} TO ${upper}`);
      } else {
        filter.push(`dates >= ${lower}`);
      }
      if (wijken) filter.push(wijken);
      if (tags) filter.push(tags);
      if (has(search.audience)) filter.push(`audience IN ${list(['ALL', ...search.audience.filter((a) => a !== 'ALL')])}`);
      for (const feature of search.accessibility ?? []) filter.push(`accessibility = ${quote(feature)}`);
      if (search.free != null) filter.push(`free = ${search.free}`);
      if (search.walkIn != null) filter.push(`walkIn = ${search.walkIn}`);
      if (geoRadius) filter.push(geoRadius);
      if (search.sort === SearchSort.DATE) sort = ['nextStartsAt:asc'];
    } else if (kind === 'organisation') {
      if (activityOnly || has(search.tags) || has(search.postKinds)) continue;
      if (wijken) filter.push(wijken);
      if (has(search.organisationKinds)) filter.push(`kind IN ${list(search.organisationKinds)}`);
      if (near) {
        if (near.wijkCodes.length === 0) continue;
        filter.push(`wijkCode IN ${list(near.wijkCodes)}`);
      }
    } else {
      if (activityOnly || has(search.organisationKinds)) continue;
      if (search.postScope !== 'all') {
        if (search.postScope.length === 0) continue;
        filter.push(`wijkCode IN ${list(search.postScope)}`);
      }
      // The expiry job runs hourly; until then an overdue post is already hidden here.
      filter.push(`expiresAt > ${now}`);
      if (wijken) filter.push(wijken);
      if (tags) filter.push(tags);
      if (has(search.postKinds)) filter.push(`kind IN ${list(search.postKinds)}`);
      if (geoRadius) filter.push(geoRadius);
      if (search.sort === SearchSort.DATE) sort = ['createdAt:desc'];
    }
    if (search.sort === SearchSort.DISTANCE && geoSort) sort = geoSort;
    // An activity or post is in one wijk; an organisation serves several, so it keeps the facet.
    const onlyWijk = kind !== 'organisation' && search.wijkCodes?.length === 1 ? search.wijkCodes[0] : undefined;
    queries.push({ kind, filter, sort, facets: onlyWijk ? FACETS[kind].filter((f) => f !== 'wijkCode') : FACETS[kind], ...(onlyWijk ? { onlyWijk } : {}) });
  }
  return queries;
}

/** A hit as it comes back from Meilisearch, with what the merge needs. */
export interface RankedHit {
  type: string;
  id: string;
  nextStartsAt?: number;
  _rankingScore?: number;
  _geoDistance?: number;
}

const TYPE_ORDER: Record<string, number> = { ACTIVITY: 0, ORGANISATION: 1, POST: 2 };

/**
 * Merges the hits of several indexes into one order. Relevance: by Meilisearch's ranking score
 * (comparable across indexes, as federated search uses it), ties by the sooner activity date.
 * Date: activities by their next date, then the rest by relevance. Distance: nearest first.
 */
export function compareHits(sort: SearchSort): (a: RankedHit, b: RankedHit) => number {
  const score = (a: RankedHit, b: RankedHit) => (b._rankingScore ?? 0) - (a._rankingScore ?? 0);
  const date = (a: RankedHit, b: RankedHit) => (a.nextStartsAt ?? Infinity) - (b.nextStartsAt ?? Infinity) || 0;
  const stable = (a: RankedHit, b: RankedHit) => (TYPE_ORDER[a.type] ?? 9) - (TYPE_ORDER[b.type] ?? 9) || a.id.localeCompare(b.id);
  switch (sort) {
    case SearchSort.DATE:
      return (a, b) => date(a, b) || score(a, b) || stable(a, b);
    case SearchSort.DISTANCE:
      return (a, b) => (a._geoDistance ?? Infinity) - (b._geoDistance ?? Infinity) || score(a, b) || date(a, b) || stable(a, b);
    default:
      return (a, b) => score(a, b) || date(a, b) || stable(a, b);
  }
}
