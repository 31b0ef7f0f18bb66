import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum SearchErrorCode {
  /** Meilisearch cannot be reached (or answers 5xx): the app stays up, only search waits. */
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
  INVALID_SEARCH = 'INVALID_SEARCH',
  /** A Meilisearch task (settings, documents, swap) finished other than succeeded. */
  INDEX_TASK_FAILED = 'INDEX_TASK_FAILED',
  /** Another reindex holds the lock. */
  REINDEX_RUNNING = 'REINDEX_RUNNING',
}

export class SearchError extends defineDomainError<SearchErrorCode>('search', {
  [SearchErrorCode.SEARCH_UNAVAILABLE]: PublicErrorCode.SERVICE_UNAVAILABLE,
  [SearchErrorCode.INVALID_SEARCH]: PublicErrorCode.BAD_USER_INPUT,
  [SearchErrorCode.INDEX_TASK_FAILED]: PublicErrorCode.SERVICE_UNAVAILABLE,
  [SearchErrorCode.REINDEX_RUNNING]: PublicErrorCode.CONFLICT,
}) {}

/** What a resident reads when search is down (B1 Dutch first). */
export const SEARCH_UNAVAILABLE_MESSAGE =
  'Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw. / Search is not available right now; please try again in a few minutes.';
