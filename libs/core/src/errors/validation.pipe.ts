import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { CoreError, CoreErrorCode } from './core.errors.js';
import type { FieldError } from './domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * An optional argument that was left out stays undefined. The stock pipe validates `{}` in its
 * place (and hands the resolver an empty instance): a class-validator run per request for
 * nothing on the busiest pages, whose filters are mostly absent. GraphQL itself refuses a
 * missing required argument before any pipe runs.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value === undefined) return value;
    return super.transform(value, metadata);
  }
}

/** Every input is validated by class-validator; failures become one BAD_USER_INPUT naming the fields. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const names = [...new Set(fields.map((f) => f.field))].join(', ');
      return new CoreError(CoreErrorCode.VALIDATION_FAILED, `Invalid input: ${names}`, fields);
    },
  });
}
