import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum MonitoringErrorCode {
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  T0_MISSING = 'T0_MISSING',
  T1_TOO_EARLY = 'T1_TOO_EARLY',
  NO_PROFILE = 'NO_PROFILE',
  RESIDENT_NOT_FOUND = 'RESIDENT_NOT_FOUND',
  NOT_YOUR_RESIDENT = 'NOT_YOUR_RESIDENT',
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_PERIOD = 'INVALID_PERIOD',
}

export class MonitoringError extends defineDomainError<MonitoringErrorCode>('monitoring', {
  [MonitoringErrorCode.CONSENT_REQUIRED]: PublicErrorCode.BAD_USER_INPUT,
  [MonitoringErrorCode.ALREADY_RECORDED]: PublicErrorCode.CONFLICT,
  [MonitoringErrorCode.T0_MISSING]: PublicErrorCode.BAD_USER_INPUT,
  [MonitoringErrorCode.T1_TOO_EARLY]: PublicErrorCode.BAD_USER_INPUT,
  [MonitoringErrorCode.NO_PROFILE]: PublicErrorCode.BAD_USER_INPUT,
  [MonitoringErrorCode.RESIDENT_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [MonitoringErrorCode.NOT_YOUR_RESIDENT]: PublicErrorCode.FORBIDDEN,
  [MonitoringErrorCode.INVALID_INPUT]: PublicErrorCode.BAD_USER_INPUT,
  [MonitoringErrorCode.INVALID_PERIOD]: PublicErrorCode.BAD_USER_INPUT,
}) {}
