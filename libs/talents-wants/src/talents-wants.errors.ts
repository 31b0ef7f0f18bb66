import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum TalentsWantsErrorCode {
  POST_NOT_FOUND = 'POST_NOT_FOUND',
  NO_PROFILE = 'NO_PROFILE',
  WIJK_OUT_OF_REACH = 'WIJK_OUT_OF_REACH',
  NOT_YOUR_POST = 'NOT_YOUR_POST',
  NOT_ON_BEHALF = 'NOT_ON_BEHALF',
  ON_BEHALF_REQUIRED = 'ON_BEHALF_REQUIRED',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  NOT_EDITABLE = 'NOT_EDITABLE',
}

export class TalentsWantsError extends defineDomainError<TalentsWantsErrorCode>('talents-wants', {
  [TalentsWantsErrorCode.POST_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [TalentsWantsErrorCode.NO_PROFILE]: PublicErrorCode.BAD_USER_INPUT,
  [TalentsWantsErrorCode.WIJK_OUT_OF_REACH]: PublicErrorCode.BAD_USER_INPUT,
  [TalentsWantsErrorCode.NOT_YOUR_POST]: PublicErrorCode.FORBIDDEN,
  [TalentsWantsErrorCode.NOT_ON_BEHALF]: PublicErrorCode.FORBIDDEN,
  [TalentsWantsErrorCode.ON_BEHALF_REQUIRED]: PublicErrorCode.BAD_USER_INPUT,
  [TalentsWantsErrorCode.ILLEGAL_TRANSITION]: PublicErrorCode.CONFLICT,
  [TalentsWantsErrorCode.NOT_EDITABLE]: PublicErrorCode.CONFLICT,
}) {}
