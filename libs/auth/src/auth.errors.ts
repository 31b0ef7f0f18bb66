import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  NOT_ALLOWED = 'NOT_ALLOWED',
  NO_ACCESS_RULE = 'NO_ACCESS_RULE',
  NO_ORGANISATION = 'NO_ORGANISATION',
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
  INVALID_ROLE_ASSIGNMENT = 'INVALID_ROLE_ASSIGNMENT',
}

export class AuthError extends defineDomainError<AuthErrorCode>('auth', {
  [AuthErrorCode.INVALID_CREDENTIALS]: PublicErrorCode.UNAUTHENTICATED,
  [AuthErrorCode.TOO_MANY_ATTEMPTS]: PublicErrorCode.TOO_MANY_REQUESTS,
  [AuthErrorCode.EMAIL_TAKEN]: PublicErrorCode.CONFLICT,
  [AuthErrorCode.NOT_SIGNED_IN]: PublicErrorCode.UNAUTHENTICATED,
  [AuthErrorCode.SESSION_EXPIRED]: PublicErrorCode.UNAUTHENTICATED,
  [AuthErrorCode.NOT_ALLOWED]: PublicErrorCode.FORBIDDEN,
  [AuthErrorCode.NO_ACCESS_RULE]: PublicErrorCode.FORBIDDEN,
  [AuthErrorCode.NO_ORGANISATION]: PublicErrorCode.FORBIDDEN,
  [AuthErrorCode.ACCOUNT_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [AuthErrorCode.TOKEN_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [AuthErrorCode.INVALID_ROLE_ASSIGNMENT]: PublicErrorCode.BAD_USER_INPUT,
}) {}
