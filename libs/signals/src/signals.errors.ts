import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum SignalsErrorCode {
  /** Also for a signal of a wijk the caller does not work for: its existence stays hidden. */
  SIGNAL_NOT_FOUND = 'SIGNAL_NOT_FOUND',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  /** Someone else changed the signal since the caller last saw it. */
  SIGNAL_CHANGED = 'SIGNAL_CHANGED',
  NOT_YOUR_WIJK = 'NOT_YOUR_WIJK',
  NOT_ALLOWED = 'NOT_ALLOWED',
  INVALID_INPUT = 'INVALID_INPUT',
  UNKNOWN_POSTCODE = 'UNKNOWN_POSTCODE',
  TOO_MANY_SIGNALS = 'TOO_MANY_SIGNALS',
}

export class SignalsError extends defineDomainError<SignalsErrorCode>('signals', {
  [SignalsErrorCode.SIGNAL_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [SignalsErrorCode.ILLEGAL_TRANSITION]: PublicErrorCode.CONFLICT,
  [SignalsErrorCode.SIGNAL_CHANGED]: PublicErrorCode.CONFLICT,
  [SignalsErrorCode.NOT_YOUR_WIJK]: PublicErrorCode.FORBIDDEN,
  [SignalsErrorCode.NOT_ALLOWED]: PublicErrorCode.FORBIDDEN,
  [SignalsErrorCode.INVALID_INPUT]: PublicErrorCode.BAD_USER_INPUT,
  [SignalsErrorCode.UNKNOWN_POSTCODE]: PublicErrorCode.BAD_USER_INPUT,
  [SignalsErrorCode.TOO_MANY_SIGNALS]: PublicErrorCode.TOO_MANY_REQUESTS,
}) {}
