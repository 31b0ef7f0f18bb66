import { gzipSync } from 'node:zlib';
import { GRAPHQL_LIMITS } from '@buurtbrug/core';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql';

/** Root fields whose anonymous answer is the same for every anonymous caller and is invalidated by this library's events. */
export const PUBLIC_PAGE_FIELDS: ReadonlySet<string> = new Set(['activities', 'activity', 'occurrences']);

export interface PublicPageCacheOptions {
  /** How long an answer may be served, at most: bounds what no event announces (an organisation's new name, time passing). */
  ttlMs: number;
  maxEntries: number;
  /** Larger answers are not kept. */
  maxBytes: number;
}

export const DEFAULT_PUBLIC_PAGE_CACHE_OPTIONS: PublicPageCacheOptions = { ttlMs: 15_000, maxEntries: 500, maxBytes: 1024 * 1024 };

/** Public page queries are short; longer texts are not even parsed here (Apollo still answers them). */
const MAX_QUERY_LENGTH = 10_000;

export interface CachedPage {
  body: Buffer;
  /** The body gzipped, made once on the first request that accepts it. */
  gzipped?: Buffer;
  contentType: string;
  expiresAt: number;
}

/** Below this size gzip saves too little to bother. */
const GZIP_FROM_BYTES = 1024;

/** What a GraphQL-over-HTTP request asks, as far as the cache key goes. */
export interface PageRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  accept?: string;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` make one key. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The operation a request runs: the named one, or the only one. */
function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * Whether a document may be answered from the public page cache: a query whose root selects
 * only PUBLIC_PAGE_FIELDS (and `__typename`), without fragments at the root, so what is cached
 * is exactly what this library's events invalidate.
 */
export function isPublicPageOperation(document: DocumentNode, operationName?: string | null): boolean {
  const operation = operationOf(document, operationName);
  if (!operation || operation.operation !== 'query') return false;
  const fields = operation.selectionSet.selections;
  return (
    fields.length > 0 &&
    fields.every((s) => s.kind === Kind.FIELD && (PUBLIC_PAGE_FIELDS.has(s.name.value) || s.name.value === '__typename')) &&
    fields.some((s) => s.kind === Kind.FIELD && PUBLIC_PAGE_FIELDS.has(s.name.value))
  );
}

/**
 * The anonymous answers to public activity pages (the wijkagenda, the activity list), as the
 * bytes that were sent. Kept until an event invalidates them or the TTL passes, whichever comes
 * first. `generation` moves on every invalidation: an answer computed before one is not stored.
 */
export class PublicPageStore {
  private readonly pages = new Map<string, CachedPage>();
  /** Normalised query text per raw query text (or null: not a cacheable document). */
  private readonly documents = new Map<string, string | null>();
  private current = 0;

  constructor(
    readonly options: PublicPageCacheOptions = DEFAULT_PUBLIC_PAGE_CACHE_OPTIONS,
    private readonly now: () => number = Date.now,
  ) {}

  get generation(): number {
    return this.current;
  }

  get size(): number {
    return this.pages.size;
  }

  /** The cache key of a request, or null when its document can never be served from the cache. */
  keyOf(request: PageRequest): string | null {
    const normalised = this.normalise(request.query, request.operationName);
    if (normalised === null) return null;
    return `${request.accept ?? ''}\n${request.operationName ?? ''}\n${normalised}\n${canonicalJson(request.variables ?? {})}`;
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.expiresAt <= this.now()) {
      this.pages.delete(key);
      return undefined;
    }
    return page;
  }

  /** Keeps an answer computed in `generation`, unless something was invalidated since. */
  set(key: string, body: Buffer, contentType: string, generation: number): boolean {
    if (generation !== this.current || body.length > this.options.maxBytes) return false;
    this.pages.delete(key);
    // A Map keeps insertion order: the first key is the oldest, dropped when the cache is full.
    while (this.pages.size >= this.options.maxEntries) this.pages.delete(this.pages.keys().next().value!);
    this.pages.set(key, { body, contentType, expiresAt: this.now() + this.options.ttlMs });
    return true;
  }

  /**
   * The bytes to send for an `accept-encoding` header: gzip when the client takes it (every
   * browser does); a wijkagenda page shrinks to about a tenth, and is compressed only once.
   */
  encoded(page: CachedPage, acceptEncoding: string | undefined): { body: Buffer; encoding?: 'gzip' } {
    if (page.body.length < GZIP_FROM_BYTES || !acceptEncoding || !/\bgzip\b/i.test(acceptEncoding)) return { body: page.body };
    page.gzipped ??= gzipSync(page.body);
    return { body: page.gzipped, encoding: 'gzip' };
  }

  invalidate(): void {
    this.current++;
    this.pages.clear();
  }

  private normalise(query: string, operationName?: string | null): string | null {
    if (query.length > MAX_QUERY_LENGTH) return null;
    const memoKey = `${operationName ?? ''}\n${query}`;
    let normalised = this.documents.get(memoKey);
    if (normalised === undefined) {
      try {
        const document = parse(query, { noLocation: true, maxTokens: GRAPHQL_LIMITS.tokens });
        normalised = isPublicPageOperation(document, operationName) ? print(document) : null;
      } catch {
        normalised = null;
      }
      // Bounded: anyone can send new query texts.
      if (this.documents.size >= this.options.maxEntries) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(memoKey, normalised);
    }
    return normalised;
  }
}
