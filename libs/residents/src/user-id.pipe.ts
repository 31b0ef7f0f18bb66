import { ParseUUIDPipe } from '@nestjs/common';
import { CoreError, CoreErrorCode } from '@buurtbrug/core';

/** A `userId` argument must be a UUID; anything else is bad input, not a database error. */
export function userIdPipe(): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new CoreError(CoreErrorCode.VALIDATION_FAILED, 'Invalid input: userId', [{ field: 'userId', message: 'userId must be an account id (UUID)' }]),
  });
}
