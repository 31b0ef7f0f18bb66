import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { DomainError, PublicErrorCode } from '@buurtbrug/core';

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
 * Domain errors (the guard's UNAUTHENTICATED/FORBIDDEN included) as HTTP statuses for this
 * library's plain HTTP endpoint; GraphQL maps them in core's error formatter instead.
 */
@Catch(DomainError)
export class MonitoringHttpErrorFilter implements ExceptionFilter {
  catch(error: DomainError | HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<JsonResponse>();
    const domain = error as DomainError;
    res.status(STATUS[domain.publicCode] ?? 500).json({ code: domain.publicCode, message: domain.message, fields: domain.fields ?? [] });
  }
}
