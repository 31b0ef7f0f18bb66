import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum BuddiesErrorCode {
  TRAJECTORY_NOT_FOUND = 'TRAJECTORY_NOT_FOUND',
  CHECK_IN_NOT_FOUND = 'CHECK_IN_NOT_FOUND',
  RESIDENT_NOT_FOUND = 'RESIDENT_NOT_FOUND',
  NOT_YOUR_WIJK = 'NOT_YOUR_WIJK',
  INVALID_INPUT = 'INVALID_INPUT',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  ALREADY_ACTIVE = 'ALREADY_ACTIVE',
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  TRAJECTORY_ENDED = 'TRAJECTORY_ENDED',
}

export class BuddiesError extends defineDomainError<BuddiesErrorCode>('buddies', {
  [BuddiesErrorCode.TRAJECTORY_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [BuddiesErrorCode.CHECK_IN_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [BuddiesErrorCode.RESIDENT_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [BuddiesErrorCode.NOT_YOUR_WIJK]: PublicErrorCode.FORBIDDEN,
  [BuddiesErrorCode.INVALID_INPUT]: PublicErrorCode.BAD_USER_INPUT,
  [BuddiesErrorCode.ILLEGAL_TRANSITION]: PublicErrorCode.CONFLICT,
  [BuddiesErrorCode.ALREADY_ACTIVE]: PublicErrorCode.CONFLICT,
  [BuddiesErrorCode.ALREADY_RECORDED]: PublicErrorCode.CONFLICT,
  [BuddiesErrorCode.TRAJECTORY_ENDED]: PublicErrorCode.CONFLICT,
}) {}
