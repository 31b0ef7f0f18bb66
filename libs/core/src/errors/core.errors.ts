import { defineDomainError, PublicErrorCode } from './domain-error.js';

export enum CoreErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_CURSOR = 'INVALID_CURSOR',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
}

/** Errors of the shared plumbing: input validation, pagination, unavailable services. */
export class CoreError extends defineDomainError<CoreErrorCode>('core', {
  [CoreErrorCode.VALIDATION_FAILED]: PublicErrorCode.BAD_USER_INPUT,
  [CoreErrorCode.NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [CoreErrorCode.INVALID_CURSOR]: PublicErrorCode.BAD_USER_INPUT,
  [CoreErrorCode.SERVICE_UNAVAILABLE]: PublicErrorCode.SERVICE_UNAVAILABLE,
  [CoreErrorCode.UNAUTHENTICATED]: PublicErrorCode.UNAUTHENTICATED,
  [CoreErrorCode.FORBIDDEN]: PublicErrorCode.FORBIDDEN,
}) {}
