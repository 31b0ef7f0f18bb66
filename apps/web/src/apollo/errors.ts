import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** One failing input field as the API names it (`extensions.fields`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** What went wrong, kept untranslated so a language switch re-renders it in the new language. */
export interface ApiProblem {
  /** The public code (`extensions.code`), or NETWORK when the API could not be reached. */
  code: string;
  /** The domain's own code (`extensions.reason`), e.g. EMAIL_TAKEN. */
  reason?: string;
  fields: FieldProblem[];
  correlationId?: string;
}

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
]);

function asFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (f): f is FieldProblem => typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.message === 'string',
  );
}

/** Every problem in an Apollo error, GraphQL or transport. */
export function toApiProblems(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
      return {
        code,
        reason: typeof ext.reason === 'string' ? ext.reason : undefined,
        fields: asFields(ext.fields),
        correlationId: typeof ext.correlationId === 'string' ? ext.correlationId : undefined,
      };
    });
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return [{ code: 'TOO_MANY_REQUESTS', fields: [] }];
    if (error.statusCode === 503 || error.statusCode === 502 || error.statusCode === 504) return [{ code: 'SERVICE_UNAVAILABLE', fields: [] }];
    return [{ code: 'INTERNAL_SERVER_ERROR', fields: [] }];
  }
  if (ServerParseError.is(error)) return [{ code: 'SERVICE_UNAVAILABLE', fields: [] }];
  return [{ code: 'NETWORK', fields: [] }];
}

/** One clear sentence for a problem that is not about one field. */
export function problemMessage(problem: ApiProblem, t: TFunction): string {
  if (problem.reason && t(`errors.reason.${problem.reason}`, { defaultValue: '' })) {
    return t(`errors.reason.${problem.reason}`);
  }
  if (problem.code === 'INTERNAL_SERVER_ERROR') {
    return problem.correlationId
      ? t('errors.code.INTERNAL_SERVER_ERROR_WITH_ID', { id: problem.correlationId })
      : t('errors.code.INTERNAL_SERVER_ERROR');
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.fields.length === 0) return t('errors.code.BAD_USER_INPUT');
  return t(`errors.code.${KNOWN_CODES.has(problem.code) ? problem.code : 'UNKNOWN'}`);
}

/**
 * The API's field messages come from its validators in English ("password must be at least 8
 * characters"). They are recognised by shape and said again, in the user's language, about the
 * field's own label; anything unrecognised gets a plain "check this" sentence.
 */
const FIELD_PATTERNS: { pattern: RegExp; key: string; param?: string }[] = [
  { pattern: /(?:at least|longer than or equal to) (\d+) characters/i, key: 'tooShort', param: 'count' },
  { pattern: /(?:at most|shorter than or equal to) (\d+) characters/i, key: 'tooLong', param: 'count' },
  { pattern: /contain at least (\d+) elements/i, key: 'tooFewItems', param: 'count' },
  { pattern: /contain no more than (\d+) elements/i, key: 'tooManyItems', param: 'count' },
  { pattern: /must not be less than (-?[\d.]+)/i, key: 'tooSmall', param: 'value' },
  { pattern: /must not be greater than (-?[\d.]+)/i, key: 'tooLarge', param: 'value' },
  { pattern: /email/i, key: 'email' },
  { pattern: /postcode|postal code/i, key: 'postcode' },
  { pattern: /should not be empty|must not be empty|is required/i, key: 'required' },
  { pattern: /date|ISO 8601/i, key: 'date' },
  { pattern: /one of the following values|must be a valid enum/i, key: 'choice' },
  { pattern: /wijk code/i, key: 'wijkCode' },
  { pattern: /must be (?:a|an) (?:number|integer)/i, key: 'number' },
  { pattern: /url/i, key: 'url' },
];

export function fieldMessage(problem: FieldProblem, label: string, t: TFunction): string {
  for (const { pattern, key, param } of FIELD_PATTERNS) {
    const match = problem.message.match(pattern);
    if (match) return t(`errors.field.${key}`, { label, ...(param ? { [param]: match[1] } : {}) });
  }
  return t('errors.field.generic', { label });
}
