import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum MatchingErrorCode {
  MATCH_NOT_FOUND = 'MATCH_NOT_FOUND',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  NOT_YOUR_MATCH = 'NOT_YOUR_MATCH',
  NOT_YOUR_WIJK = 'NOT_YOUR_WIJK',
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_WEIGHTS = 'INVALID_WEIGHTS',
  ACTIVITY_UNAVAILABLE = 'ACTIVITY_UNAVAILABLE',
}

export class MatchingError extends defineDomainError<MatchingErrorCode>('matching', {
  [MatchingErrorCode.MATCH_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [MatchingErrorCode.ILLEGAL_TRANSITION]: PublicErrorCode.CONFLICT,
  [MatchingErrorCode.ALREADY_DECIDED]: PublicErrorCode.CONFLICT,
  [MatchingErrorCode.NOT_YOUR_MATCH]: PublicErrorCode.FORBIDDEN,
  [MatchingErrorCode.NOT_YOUR_WIJK]: PublicErrorCode.FORBIDDEN,
  [MatchingErrorCode.INVALID_INPUT]: PublicErrorCode.BAD_USER_INPUT,
  [MatchingErrorCode.INVALID_WEIGHTS]: PublicErrorCode.BAD_USER_INPUT,
  [MatchingErrorCode.ACTIVITY_UNAVAILABLE]: PublicErrorCode.CONFLICT,
}) {}
