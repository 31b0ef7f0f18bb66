import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { CoreError, CoreErrorCode } from './core.errors.js';
import type { FieldError } from './domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Every input is validated by class-validator; failures become one BAD_USER_INPUT naming the fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
