/**
 * The codes a client sees in `extensions.code`. Every domain maps its own error codes onto
 * these in its `<domain>.errors.ts`; `formatGraphQLError` is the one place they reach GraphQL.
 */
export enum PublicErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

/** One failing input field: `field` is a dotted path into the input ("items.3.title"). */
export interface FieldError {
  field: string;
  message: string;
}

export abstract class DomainError<Code extends string = string> extends Error {
  protected constructor(
    readonly domain: string,
    readonly code: Code,
    readonly publicCode: PublicErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Helper for domains: builds the error class from a code → public code table. */
export function defineDomainError<Code extends string>(domain: string, table: Record<Code, PublicErrorCode>) {
  return class extends DomainError<Code> {
    constructor(code: Code, message: string, fields?: FieldError[]) {
      super(domain, code, table[code], message, fields);
    }
  };
}
