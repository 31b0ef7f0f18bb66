import { defineDomainError, PublicErrorCode } from '@buurtbrug/core';

export enum OrganisationsErrorCode {
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

export class OrganisationsError extends defineDomainError<OrganisationsErrorCode>('organisations', {
  [OrganisationsErrorCode.ORGANISATION_NOT_FOUND]: PublicErrorCode.NOT_FOUND,
  [OrganisationsErrorCode.NOT_A_MEMBER]: PublicErrorCode.FORBIDDEN,
}) {}
