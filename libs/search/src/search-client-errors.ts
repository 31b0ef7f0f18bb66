import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch';
import { SearchError, SearchErrorCode, SEARCH_UNAVAILABLE_MESSAGE } from './search.errors.js';

/**
 * Whether an error means "Meilisearch is not there right now" (refused, timed out, 5xx), as
 * opposed to a request we got wrong. Only the first is an outage to wait out.
 */
export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof SearchError) return error.code === SearchErrorCode.SEARCH_UNAVAILABLE;
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return true;
  if (error instanceof MeilisearchTaskTimeOutError) return true;
  return error instanceof MeilisearchApiError && error.response.status >= 500;
}

export function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}

/** The typed error a client sees for an outage; anything else is passed on as it is. */
export function asSearchError(error: unknown): unknown {
  if (error instanceof SearchError) return error;
  if (isSearchUnavailable(error)) return new SearchError(SearchErrorCode.SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_MESSAGE);
  return error;
}

/** A finished Meilisearch task that did not succeed becomes an error naming what failed. */
export function assertTaskSucceeded(task: Task, what: string): Task {
  if (task.status !== 'succeeded') {
    throw new SearchError(SearchErrorCode.INDEX_TASK_FAILED, `${what}: task ${task.uid} ${task.status}${task.error ? `: ${task.error.message}` : ''}`);
  }
  return task;
}
