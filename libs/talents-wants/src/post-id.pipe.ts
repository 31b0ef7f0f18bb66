import { ParseUUIDPipe } from '@nestjs/common';
import { CoreError, CoreErrorCode } from '@buurtbrug/core';

/** An id argument that is not a UUID is bad input, not a database error. */
export const uuidArg = (field: string) =>
  new ParseUUIDPipe({
    optional: true,
    exceptionFactory: () => new CoreError(CoreErrorCode.VALIDATION_FAILED, `Invalid input: ${field}`, [{ field, message: `${field} must be a UUID` }]),
  });
