import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum WijkenErrorCode {
  UNKNOWN_WIJK = 'UNKNOWN_WIJK',
  WIJK_NOT_FOUND = 'WIJK_NOT_FOUND',
}

export class WijkenError extends defineDomainError<WijkenErrorCode>('wijken', {
  /** A wijk code given as input that does not exist. */
  [WijkenErrorCode.UNKNOWN_WIJK]: PublicErrorCode.BAD_USER_INPUT,
  /** A wijk asked for by code that does not exist. */
  [WijkenErrorCode.WIJK_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
}) {}
