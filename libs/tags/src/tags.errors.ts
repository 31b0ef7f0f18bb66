import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum TagsErrorCode {
  UNKNOWN_TAG = 'UNKNOWN_TAG',
  TAG_NOT_FOUND = 'TAG_NOT_FOUND',
  AMBIGUOUS_TAG = 'AMBIGUOUS_TAG',
  INVALID_TAG = 'INVALID_TAG',
}

export class TagsError extends defineDomainError<TagsErrorCode>('tags', {
  /** Input names a tag (by slug, label or synonym) that is not in the taxonomy. */
  [TagsErrorCode.UNKNOWN_TAG]: PublicErrorCode.BAD_USER_INPUT,
  /** A tag asked for by slug that does not exist. */
  [TagsErrorCode.TAG_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  /** A label or synonym that another tag already uses: input would no longer map to one tag. */
  [TagsErrorCode.AMBIGUOUS_TAG]: PublicErrorCode.CONFLICT,
  /** A label or synonym that has no letters or digits to match on. */
  [TagsErrorCode.INVALID_TAG]: PublicErrorCode.BAD_USER_INPUT,
}) {}
