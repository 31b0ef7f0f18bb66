import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { DomainError, PublicErrorCode } from './domain-error.js';

const STATUS: Record<PublicErrorCode, number> = {
  [PublicErrorCode.BAD_USER_INPUT]: 400,
  [PublicErrorCode.UNAUTHENTICATED]: 401,
  [PublicErrorCode.FORBIDDEN]: 403,
  [PublicErrorCode.NOT_FOUND]: 404,
  [PublicErrorCode.CONFLICT]: 409,
  [PublicErrorCode.SERVICE_UNAVAILABLE]: 503,
  [PublicErrorCode.TOO_MANY_REQUESTS]: 429,
};

interface JsonResponse {
  status(code: number): JsonResponse;
  json(body: unknown): void;
}

/**
 * Domain errors (the guard's UNAUTHENTICATED/FORBIDDEN included) as HTTP statuses and a small
 * JSON body, for plain HTTP endpoints (calendar feeds, CSV downloads) — put it on a controller
 * with @UseFilters. GraphQL maps the same errors in the error formatter instead.
 */
@Catch(DomainError)
export class DomainHttpErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<JsonResponse>();
    res.status(STATUS[error.publicCode] ?? 500).json({ code: error.publicCode, message: error.message, fields: error.fields ?? [] });
  }
}
