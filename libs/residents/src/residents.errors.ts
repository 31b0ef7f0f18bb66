import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum ResidentsErrorCode {
  INVALID_PROFILE = 'INVALID_PROFILE',
  UNKNOWN_POSTCODE = 'UNKNOWN_POSTCODE',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  CONFIRMATION_REQUIRED = 'CONFIRMATION_REQUIRED',
  NOT_A_RESIDENT = 'NOT_A_RESIDENT',
  RESIDENT_NOT_FOUND = 'RESIDENT_NOT_FOUND',
  NOT_YOUR_WIJK = 'NOT_YOUR_WIJK',
  NOT_ON_BEHALF = 'NOT_ON_BEHALF',
  INVALID_FILTER = 'INVALID_FILTER',
}

export class ResidentsError extends defineDomainError<ResidentsErrorCode>('residents', {
  [ResidentsErrorCode.INVALID_PROFILE]: PublicErrorCode.BAD_USER_INPUT,
  [ResidentsErrorCode.UNKNOWN_POSTCODE]: PublicErrorCode.BAD_USER_INPUT,
  [ResidentsErrorCode.CONSENT_REQUIRED]: PublicErrorCode.BAD_USER_INPUT,
  [ResidentsErrorCode.CONFIRMATION_REQUIRED]: PublicErrorCode.BAD_USER_INPUT,
  [ResidentsErrorCode.NOT_A_RESIDENT]: PublicErrorCode.FORBIDDEN,
  [ResidentsErrorCode.RESIDENT_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [ResidentsErrorCode.NOT_YOUR_WIJK]: PublicErrorCode.FORBIDDEN,
  [ResidentsErrorCode.NOT_ON_BEHALF]: PublicErrorCode.FORBIDDEN,
  [ResidentsErrorCode.INVALID_FILTER]: PublicErrorCode.BAD_USER_INPUT,
}) {}
