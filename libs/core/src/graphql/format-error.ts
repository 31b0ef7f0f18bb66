import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, PublicErrorCode } from '../errors/domain-error.js';

const HTTP_TO_PUBLIC: Record<number, PublicErrorCode> = {
  400: PublicErrorCode.BAD_USER_INPUT,
  401: PublicErrorCode.UNAUTHENTICATED,
  403: PublicErrorCode.FORBIDDEN,
  404: PublicErrorCode.NOT_FOUND,
  409: PublicErrorCode.CONFLICT,
  429: PublicErrorCode.TOO_MANY_REQUESTS,
  503: PublicErrorCode.SERVICE_UNAVAILABLE,
};

/** Codes that graphql-js and Apollo produce themselves for a bad request: safe to pass on. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
  ...Object.values(PublicErrorCode),
]);

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/**
 * The one place where errors become what a client sees. Domain errors keep their message,
 * public code, domain code and failing fields; anything unknown is logged with a correlation
 * id and reaches the client only as INTERNAL_SERVER_ERROR with that id — no stack, no SQL.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.publicCode,
          reason: original.code,
          ...(original.fields ? { fields: original.fields } : {}),
        },
      };
    }
    if (original instanceof HttpException) {
      const code = HTTP_TO_PUBLIC[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }
    // graphql-js parse/validation errors (graphql-ws carries them without Apollo's code).
    if (original instanceof GraphQLError && !original.originalError) {
      return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    }
    const correlationId = randomUUID();
    logger.error({ err: original, correlationId, path: formatted.path }, 'unhandled error in GraphQL request');
    return {
      message: `Internal server error (reference ${correlationId})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}
