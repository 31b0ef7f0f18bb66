import type { SearchableKind } from '@buurtbrug/core';
import type { Settings } from 'meilisearch';

/** Every kind the outbox carries, in the order indexes are built. */
export const SEARCH_KINDS: readonly SearchableKind[] = ['activity', 'organisation', 'post'];

const INDEX_SUFFIX: Record<SearchableKind, string> = {
  activity: 'activities',
  organisation: 'organisations',
  post: 'posts',
};

/** The live index a kind is searched in: `<prefix>_activities`, … (the prefix keeps instances apart). */
export function liveIndexName(prefix: string, kind: SearchableKind): string {
  return `${prefix}_${INDEX_SUFFIX[kind]}`;
}

/** A fresh index a reindex builds before it is swapped in; it starts with the prefix, so tests clean it up. */
export function buildIndexName(prefix: string, kind: SearchableKind, stamp: string): string {
  return `${prefix}_${INDEX_SUFFIX[kind]}_reindex_${stamp}`;
}

/**
 * Words too common in Dutch to tell documents apart (after the Snowball list), left out of
 * queries so "koffie in de buurt" ranks on "koffie" and "buurt". Words that carry meaning in
 * this domain (samen, buurt, wijk, helpen, …) are deliberately not here.
 */
export const DUTCH_STOP_WORDS: readonly string[] = [
  'aan', 'al', 'als', 'ben', 'bij', 'dan', 'dat', 'de', 'der', 'deze', 'die', 'dit', 'doch', 'door', 'dus',
  'een', 'eens', 'en', 'er', 'ge', 'had', 'heb', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'ik',
  'in', 'is', 'je', 'maar', 'me', 'men', 'met', 'mij', 'mijn', 'na', 'naar', 'niet', 'nog', 'nu', 'of',
  'om', 'omdat', 'ons', 'ook', 'op', 'over', 'reeds', 'te', 'tot', 'u', 'uit', 'uw', 'van', 'voor', 'was',
  'wat', 'werd', 'wezen', 'wie', 'wij', 'wordt', 'ze', 'zich', 'zij', 'zijn', 'zo', 'zou',
];

/**
 * Meilisearch synonyms from the tag taxonomy: every name of a tag (slug, Dutch and English label,
 * synonyms) finds the others, so "lopen" finds "wandelen" and "walking" finds "Wandelen". A word
 * that names two tags gets the names of both.
 */
export function synonymsFromTagGroups(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.replace(/-/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean))];
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  const result: Record<string, string[]> = {};
  for (const [term, others] of [...synonyms.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (others.size > 0) result[term] = [...others].sort();
  }
  return result;
}

/**
 * Filterable attributes, each with only the filter operations search uses: values are matched by
 * equality (=, IN), dates and expiry by range (>=, TO). Leaving out what is never asked (ranges
 * over strings, facet search) makes indexing cheaper; every filterable attribute can be faceted.
 */
function filterable(equality: string[], range: string[] = []): Settings['filterableAttributes'] {
  return [
    { attributePatterns: ['type', 'wijkCode', ...equality], features: { facetSearch: false, filter: { equality: true, comparison: false } } },
    ...(range.length > 0 ? [{ attributePatterns: range, features: { facetSearch: false, filter: { equality: false, comparison: true } } }] : []),
    '_geo',
  ];
}

/** The names of the filterable attributes of a settings object, whatever their form. */
export function filterableNames(settings: Settings): string[] {
  return (settings.filterableAttributes ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.attributePatterns));
}

/**
 * The settings of each index. Searchable attributes go from most to least telling: the tags
 * first (the shared taxonomy says best what something is about, in Dutch and English, so
 * "walking" finds the walking group before "Walking football"), then the title; `sort` comes
 * first among the ranking rules so that an explicit "soonest" or "nearest" order is what the
 * resident gets, while without a sort the relevance rules decide; the last rule breaks ties by
 * date (sooner activities, newer posts first).
 */
export function indexSettings(kind: SearchableKind, synonyms: Record<string, string[]>): Settings {
  const shared: Settings = {
    stopWords: [...DUTCH_STOP_WORDS],
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnNumbers: true },
    pagination: { maxTotalHits: 1000 },
    faceting: { maxValuesPerFacet: 200 },
    // Word pairs are only told apart per attribute: indexing is much faster, ranking barely differs.
    proximityPrecision: 'byAttribute',
    // Nobody searches inside facet values here; leaving it out makes indexing cheaper.
    facetSearch: false,
  };
  const relevance = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'];
  switch (kind) {
    case 'activity':
      return {
        ...shared,
        searchableAttributes: ['tagLabels', 'title', 'organisationName', 'description', 'locationName', 'wijkName'],
        filterableAttributes: filterable(['tags', 'audience', 'accessibility', 'free', 'walkIn'], ['dates']),
        sortableAttributes: ['nextStartsAt', '_geo'],
        rankingRules: [...relevance, 'nextStartsAt:asc'],
      };
    case 'organisation':
      return {
        ...shared,
        searchableAttributes: ['title', 'kindLabel', 'description', 'wijkName'],
        filterableAttributes: filterable(['kind']),
        sortableAttributes: ['_geo'],
        rankingRules: relevance,
      };
    case 'post':
      return {
        ...shared,
        searchableAttributes: ['tagLabels', 'title', 'description', 'wijkName'],
        filterableAttributes: filterable(['tags', 'kind'], ['expiresAt']),
        sortableAttributes: ['createdAt', '_geo'],
        rankingRules: [...relevance, 'createdAt:desc'],
      };
  }
}

/** Facets each kind can answer (only filterable attributes can be faceted). */
export const FACETS: Record<SearchableKind, string[]> = {
  activity: ['type', 'wijkCode', 'tags'],
  organisation: ['type', 'wijkCode'],
  post: ['type', 'wijkCode', 'tags'],
};

const SET_LIKE = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords']);

function normalise(key: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise('', item));
    return SET_LIKE.has(key) ? [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, key === 'synonyms' && Array.isArray(v) ? [...v].sort() : normalise(k, v)]);
    return Object.fromEntries(entries.sort(([a], [b]) => String(a).localeCompare(String(b))));
  }
  return value;
}

function covers(current: unknown, desired: unknown): boolean {
  if (Array.isArray(desired)) return Array.isArray(current) && JSON.stringify(current) === JSON.stringify(desired);
  if (desired && typeof desired === 'object') {
    if (!current || typeof current !== 'object') return false;
    return Object.entries(desired as Record<string, unknown>).every(([k, v]) => covers((current as Record<string, unknown>)[k], v));
  }
  return current === desired;
}

/**
 * Whether an index already has these settings. Meilisearch answers with every setting (defaults
 * included) and may order sets differently, so only what we set is compared, sets as sets.
 * Sending unchanged settings would make Meilisearch reprocess the whole index.
 */
export function settingsMatch(current: Settings, desired: Settings): boolean {
  return Object.entries(desired).every(([key, value]) => {
    const have = normalise(key, (current as Record<string, unknown>)[key]);
    const want = normalise(key, value);
    // Synonyms must match exactly: an extra stale synonym is as wrong as a missing one.
    if (key === 'synonyms') return JSON.stringify(have ?? {}) === JSON.stringify(want);
    return covers(have, want);
  });
}
