import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum ActivitiesErrorCode {
  ACTIVITY_NOT_FOUND = 'ACTIVITY_NOT_FOUND',
  SIGN_UP_NOT_FOUND = 'SIGN_UP_NOT_FOUND',
  NOT_YOUR_ORGANISATION = 'NOT_YOUR_ORGANISATION',
  NO_ORGANISATION = 'NO_ORGANISATION',
  ORGANISATION_NOT_APPROVED = 'ORGANISATION_NOT_APPROVED',
  INVALID_ACTIVITY = 'INVALID_ACTIVITY',
  INVALID_WINDOW = 'INVALID_WINDOW',
  TOO_MANY_ITEMS = 'TOO_MANY_ITEMS',
  ACTIVITY_CANCELLED = 'ACTIVITY_CANCELLED',
  NOT_OPEN_FOR_SIGN_UP = 'NOT_OPEN_FOR_SIGN_UP',
  NO_SUCH_OCCURRENCE = 'NO_SUCH_OCCURRENCE',
  EXTERNAL_ID_TAKEN = 'EXTERNAL_ID_TAKEN',
  CALENDAR_NOT_FOUND = 'CALENDAR_NOT_FOUND',
}

export class ActivitiesError extends defineDomainError<ActivitiesErrorCode>('activities', {
  [ActivitiesErrorCode.ACTIVITY_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [ActivitiesErrorCode.SIGN_UP_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [ActivitiesErrorCode.NOT_YOUR_ORGANISATION]: PublicErrorCode.FORBIDDEN,
  [ActivitiesErrorCode.NO_ORGANISATION]: PublicErrorCode.FORBIDDEN,
  [ActivitiesErrorCode.ORGANISATION_NOT_APPROVED]: PublicErrorCode.FORBIDDEN,
  [ActivitiesErrorCode.INVALID_ACTIVITY]: PublicErrorCode.BAD_USER_INPUT,
  [ActivitiesErrorCode.INVALID_WINDOW]: PublicErrorCode.BAD_USER_INPUT,
  [ActivitiesErrorCode.TOO_MANY_ITEMS]: PublicErrorCode.BAD_USER_INPUT,
  [ActivitiesErrorCode.ACTIVITY_CANCELLED]: PublicErrorCode.CONFLICT,
  [ActivitiesErrorCode.NOT_OPEN_FOR_SIGN_UP]: PublicErrorCode.CONFLICT,
  [ActivitiesErrorCode.NO_SUCH_OCCURRENCE]: PublicErrorCode.BAD_USER_INPUT,
  [ActivitiesErrorCode.EXTERNAL_ID_TAKEN]: PublicErrorCode.CONFLICT,
  [ActivitiesErrorCode.CALENDAR_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
}) {}
